package dev.esmscan.input.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JCL statement fields and continuation as the z/OS MVS JCL Reference defines them ("JCL statement
 * fields", "Continuing JCL statements", "SET statement", "EXPORT statement").
 */
class JclStatementTest {

    private static JclStatement.Read read(String... lines) {
        return JclStatement.read(lines, 0);
    }

    @Test
    void nameOperationParametersAndCommentAreFields() {
        JclStatement st = read("//SYSTSIN  DD DDNAME=RACF            the commands").statement();
        assertEquals("SYSTSIN", st.name());
        assertEquals("DD", st.operation());
        assertEquals("DDNAME=RACF", st.parameters());
    }

    @Test
    void aSetWithABlankValueEndsAtTheBlankBeforeItsComment() {
        // "//  SET ZOWEUID=   * UID for ..." nullifies ZOWEUID: the comment is not its value
        JclStatement st = read("//         SET  ZOWEUID=             * UID for ZOWE started task User").statement();
        assertEquals("", st.name());
        assertEquals("SET", st.operation());
        assertEquals("ZOWEUID=", st.parameters());
    }

    @Test
    void aParameterFieldEndingInACommaContinuesOnTheNextRecord() {
        JclStatement.Read r = read(
                "//RACF     DD DATA,           first part",
                "//*        a comment statement between the records",
                "//            DLM=$$,SYMBOLS=JCLONLY",
                "next");
        assertEquals("DATA,DLM=$$,SYMBOLS=JCLONLY", r.statement().parameters());
        assertEquals(1, r.statement().line());
        assertEquals(3, r.statement().lastLine());
        assertEquals(3, r.next());
    }

    @Test
    void aQuotedValueReachingColumn71GoesOnInColumn16() {
        String first = "//         SET TEXT='ABCDEFGHIJ" + "K".repeat(71 - 31);
        assertEquals(71, first.length());
        JclStatement st = read(first, "//             LMNO'").statement();
        assertEquals("TEXT='ABCDEFGHIJ" + "K".repeat(40) + "LMNO'", st.parameters());
    }

    @Test
    void columns72To80AreNotPartOfTheStatementAndAMarkInColumn72ContinuesOnlyTheComment() {
        String first = String.format("%-71sX%s", "//STEP1    EXEC PGM=IEFBR14     a comment that goes on", "00000100");
        JclStatement.Read r = read(first, "//             on this record, which is no statement", "//NEXT     DD DUMMY");
        assertEquals("PGM=IEFBR14", r.statement().parameters());
        assertEquals(2, r.next());
    }

    @Test
    void theNullStatementHasNoNameAndNoOperation() {
        assertTrue(read("//").statement().isNull());
        assertTrue(read("//     ").statement().isNull());
    }

    @Test
    void parametersSplitAtCommasOutsideParenthesesAndApostrophes() {
        JclParameters p = JclParameters.parse("DATA,DLM='$$',SYMBOLS=(JCLONLY,LOGDD),DSN='A,B'");
        assertEquals(List.of("DATA"), List.of(p.positional(0).orElseThrow()));
        assertEquals("$$", JclParameters.unquote(p.get("DLM").orElseThrow()));
        assertEquals("JCLONLY", JclParameters.first(p.get("SYMBOLS").orElseThrow()));
        assertEquals("'A,B'", p.get("DSN").orElseThrow());
        assertEquals("O'DAY", JclParameters.unquote("'O''DAY'"));
    }
}
