package dev.esmscan.tss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.Reach;
import dev.esmscan.tss.command.TssCommand;
import dev.esmscan.tss.command.TssCommandParser;
import dev.esmscan.tss.command.TssObservation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TSO's line rules for a SYSTSIN of TSS commands (z/OS TSO/E Command Reference, "Continuation lines", "Comments"). */
class TssCommandParserTest {

    private static List<String> texts(TssCommandParser.Parsed p) {
        return p.commands().stream().map(TssCommand::text).toList();
    }

    @Test
    void anUnclosedCommentEndsWithItsLine() {
        // Zowe's ZWEITSS: "/* service" is not closed; the commands after it still run
        TssCommandParser.Parsed p = TssCommandParser.parse("""
                /* permit the server to use the mapping service                */
                /* service
                  TSS WHOHAS IBMFAC(IRR.IDIDMAP.QUERY)
                  TSS PER(ZWESVUSR) +
                    IBMFAC(IRR.IDIDMAP.QUERY) ACCESS(READ)
                """);
        assertEquals(List.of("TSS WHOHAS IBMFAC(IRR.IDIDMAP.QUERY)", "TSS PER(ZWESVUSR) IBMFAC(IRR.IDIDMAP.QUERY) ACCESS(READ)"), texts(p));
        assertEquals(4, p.commands().get(1).line());
        assertEquals(List.of(TssObservation.notice(2, TssObservation.COMMENT,
                "the comment is not closed with */: TSO ends it at the end of the line")), p.observations());
    }

    @Test
    void anUnclosedCommentOnALineEndingInAContinuationTakesInTheNextLine() {
        TssCommandParser.Parsed p = TssCommandParser.parse("""
                /* keep the mapping service +
                TSS REVOKE(ZWESVUSR) IBMFAC(IRR.RUSERMAP)
                TSS REVOKE(ZWESVUSR) IBMFAC(IRR.RAUDITX)
                """);
        assertEquals(List.of("TSS REVOKE(ZWESVUSR) IBMFAC(IRR.RAUDITX)"), texts(p));
        assertEquals(1, p.observations().size());
        TssObservation o = p.observations().get(0);
        assertEquals(1, o.line());
        assertEquals(TssObservation.COMMENT, o.kind());
        assertTrue(o.message().startsWith("a comment runs from line 1 to line 2"), o.message());
        assertTrue(o.message().endsWith("line 2: TSS REVOKE(ZWESVUSR) IBMFAC(IRR.RUSERMAP)"), o.message());
    }

    @Test
    void aClosedCommentOverSeveralLinesIsNamedWithItsFirstAndLastLine() {
        TssCommandParser.Parsed p = TssCommandParser.parse("TSS ADD(ZWESVUSR) /* the STC facility +\n  and nothing else */ FAC(STC)\n");
        assertEquals(List.of("TSS ADD(ZWESVUSR) FAC(STC)"), texts(p));
        assertEquals("a comment runs from line 1 to line 2", p.observations().get(0).message());
    }

    @Test
    void continuationsJoinLinesAndACommentMayFollowTheContinuationCharacter() {
        TssCommandParser.Parsed p = TssCommandParser.parse("""
                  TSS CREATE(ZWEADMIN) TYPE(GROUP) + /* the admin group */
                   NAME('ZOWE ADMINISTRATORS') -
                   DEPT(ZOWEDEPT)
                TSS ADD(ZWESVUSR) NAME('ZOWE+
                   SERVER') FAC(STC)
                TSS ADD(ZWESVUSR) NAME('ZOWE-
                   SERVER')
                """);
        assertEquals(List.of("TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('ZOWE ADMINISTRATORS') DEPT(ZOWEDEPT)",
                "TSS ADD(ZWESVUSR) NAME('ZOWESERVER') FAC(STC)", "TSS ADD(ZWESVUSR) NAME('ZOWE   SERVER')"), texts(p));
        assertEquals(List.of(1, 4, 6), p.commands().stream().map(TssCommand::line).toList());
        assertEquals("ZOWE   SERVER", p.commands().get(2).operand("NAME").orElseThrow().value());
    }

    @Test
    void sequenceNumbersOfFixedRecordsAreDropped() {
        String numbered = pad("  TSS ADD(ZWESVUSR) FAC(STC)", 72) + "00010000\n" + pad("  TSS WHOHAS IBMFAC(ZWES.IS)", 72) + "00020000\n";
        TssCommandParser.Parsed p = TssCommandParser.parse(numbered);
        assertEquals(List.of("TSS ADD(ZWESVUSR) FAC(STC)", "TSS WHOHAS IBMFAC(ZWES.IS)"), texts(p));
        assertEquals(List.of(), p.observations());
        // a line longer than a record: the file is not fixed 80-column records, so nothing is cut
        String free = pad("TSS ADD(ZWESVUSR) NAME('X", 72) + "00010000')\n" + "TSS WHOHAS IBMFAC(ZWES.IS)\n";
        assertEquals("TSS ADD(ZWESVUSR) NAME('X" + " ".repeat(72 - 25) + "00010000')", texts(TssCommandParser.parse(free)).get(0));
    }

    @Test
    void aBlankBetweenAFunctionAndItsParenthesisIsAllowed() {
        TssCommand c = TssCommandParser.parse("TSS REMOVE (ZWESVUSR) GROUP (ZWEADMIN)").commands().get(0);
        assertEquals("REMOVE", c.function());
        assertEquals("ZWESVUSR", c.target());
        assertEquals("ZWEADMIN", c.operand("GROUP").orElseThrow().value());
    }

    @Test
    void profileChangesNothingAndAnyOtherTsoCommandCouldChangeAnything() {
        TssCommandParser.Parsed p = TssCommandParser.parse("TSS LIST(ZWEADMIN)\nPROFILE\nALLOC DD(X) DA('A.B') SHR\nTSS ADD(X) (Y)\n");
        assertEquals(List.of("TSS LIST(ZWEADMIN)"), texts(p));
        assertEquals(3, p.observations().size());
        assertEquals(TssObservation.NO_EFFECT, p.observations().get(0).kind());
        assertFalse(p.observations().get(0).isProblem());
        TssObservation other = p.observations().get(1);
        assertEquals(TssObservation.NOT_MODELLED, other.kind());
        assertEquals(Reach.everything(), other.reach());
        assertEquals(TssObservation.UNREADABLE, p.observations().get(2).kind());
    }

    @Test
    void aStreamIsACommandFileWhenItsFirstStatementAfterCommentsIsATssCommand() {
        assertTrue(TssCommandParser.startsWithTssCommand("""
                /* DEFINE ADMINISTRATORS ..................................... */

                /* group for administrators +
                   (a comment over two lines)
                  TSS LIST(ZWEADMIN) SEGMENT(OMVS)
                """));
        assertFalse(TssCommandParser.startsWithTssCommand("PROFILE\nTSS LIST(ZWEADMIN)\n"));
        assertFalse(TssCommandParser.startsWithTssCommand("/* nothing but a comment */\n"));
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
