package dev.esmscan.racf.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RacfCommandParserTest {

    /** A parsed command as "line VERB positionals | keywords". */
    private static String render(RacfCommand c) {
        String positionals = c.positionals().stream().map(Operand::toString).collect(Collectors.joining(" "));
        String keywords = c.keywords().stream().map(Operand::toString).collect(Collectors.joining(" "));
        return c.line() + " " + c.verb() + " " + positionals + " | " + keywords;
    }

    private static List<String> parse(String text) {
        RacfCommandParser.Parsed parsed = RacfCommandParser.parse(text);
        assertEquals(List.of(), parsed.problems(), "parse problems");
        return parsed.commands().stream().map(RacfCommandParserTest::render).toList();
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("plain command", "ADDUSER A NOPASSWORD", List.of("1 ADDUSER A | NOPASSWORD")),
                Arguments.of("minus continues between operands", "ADDUSER A -\n  NOPASSWORD -\nDFLTGRP(G)",
                        List.of("1 ADDUSER A | NOPASSWORD DFLTGRP(G)")),
                Arguments.of("minus keeps the next line's leading blanks inside quotes", "ADDUSER A DATA('ABC-\n   DEF')",
                        List.of("1 ADDUSER A | DATA('ABC   DEF')")),
                Arguments.of("plus drops the next line's leading blanks inside quotes", "ADDUSER A DATA('ABC+\n   DEF')",
                        List.of("1 ADDUSER A | DATA('ABCDEF')")),
                Arguments.of("plus joins a word", "PERMIT BPX.SER+\n    VER CLASS(FACILITY)",
                        List.of("1 PERMIT BPX.SERVER | CLASS(FACILITY)")),
                Arguments.of("plus drops leading commas too", "PERMIT X +\n ,,ID(A)", List.of("1 PERMIT X | ID(A)")),
                Arguments.of("trailing blanks after the continuation character", "SETROPTS CLASSACT(FACILITY) -   \nRACLIST(FACILITY)   ",
                        List.of("1 SETROPTS  | CLASSACT(FACILITY) RACLIST(FACILITY)")),
                Arguments.of("minus inside a word ends the line only at the end", "RDEFINE FACILITY A-B UACC(NONE)",
                        List.of("1 RDEFINE FACILITY A-B | UACC(NONE)")),
                Arguments.of("inline comment", "ADDUSER A /* the user */ NOPASSWORD", List.of("1 ADDUSER A | NOPASSWORD")),
                Arguments.of("whole-line comments and blank lines", "/* Activate these changes */\n\n  \nSETROPTS RACLIST(FACILITY) REFRESH",
                        List.of("4 SETROPTS  | RACLIST(FACILITY) REFRESH")),
                // TSO/E: a comment without its closing */ ends at the end of its line, unless the line ends in - or +
                Arguments.of("a continued comment inside a command", "ADDUSER A /* first -\n second */ NOPASSWORD\nDELUSER B",
                        List.of("1 ADDUSER A | NOPASSWORD", "3 DELUSER B | ")),
                Arguments.of("a comment continued over lines between commands", "DELUSER A\n/* one +\n two -\n three */\nDELUSER B",
                        List.of("1 DELUSER A | ", "5 DELUSER B | ")),
                Arguments.of("an unclosed comment ends at the end of its line", "DELUSER A\n/* no end\nDELUSER B",
                        List.of("1 DELUSER A | ", "3 DELUSER B | ")),
                Arguments.of("an unclosed comment after a command ends with the line", "DELUSER A /* no end\nDELUSER B",
                        List.of("1 DELUSER A | ", "2 DELUSER B | ")),
                Arguments.of("a continued comment swallows the next line, command and all", "DELUSER A /* note -\nDELUSER B\nDELUSER C",
                        List.of("1 DELUSER A | ", "3 DELUSER C | ")),
                Arguments.of("a continuation character before an unclosed comment continues the command",
                        "ADDUSER A - /* why\n NOPASSWORD", List.of("1 ADDUSER A | NOPASSWORD")),
                Arguments.of("sequence numbers in columns 73-80 of an 80-column deck",
                        deck("ADDUSER A -", "00010000") + "\n" + deck("  NOPASSWORD", "00020000"),
                        List.of("1 ADDUSER A | NOPASSWORD")),
                Arguments.of("a deck with unnumbered lines", deck("DELUSER A", "00010000") + "\nDELUSER B",
                        List.of("1 DELUSER A | ", "2 DELUSER B | ")),
                Arguments.of("comment after the continuation character", "ADDUSER A - /* go on */\n NOPASSWORD",
                        List.of("1 ADDUSER A | NOPASSWORD")),
                Arguments.of("comment characters inside quotes are data", "ADDUSER A DATA('/* not a comment */')",
                        List.of("1 ADDUSER A | DATA('/* not a comment */')")),
                Arguments.of("doubled quote in a quoted string", "ADDUSER A NAME('O''BRIEN')", List.of("1 ADDUSER A | NAME('O''BRIEN')")),
                Arguments.of("keywords in any order", "PERMIT IRR.RUSERMAP ACCESS(READ) ID(ZWESVUSR) CLASS(FACILITY)",
                        List.of("1 PERMIT IRR.RUSERMAP | ACCESS(READ) ID(ZWESVUSR) CLASS(FACILITY)")),
                Arguments.of("nested parentheses", "ADDUSER A OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)",
                        List.of("1 ADDUSER A | OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)")),
                Arguments.of("STDATA nested", "RDEF STARTED Z.* STDATA(USER(U) GROUP(G) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES))",
                        List.of("1 RDEFINE STARTED Z.* | STDATA(USER(U) GROUP(G) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES))")),
                Arguments.of("value lists, blanks or commas", "PE P CLASS(FACILITY) ID(A B,C)",
                        List.of("1 PERMIT P | CLASS(FACILITY) ID(A B C)")),
                Arguments.of("positional list", "CONNECT (A B) GROUP(G)", List.of("1 CONNECT (A B) | GROUP(G)")),
                Arguments.of("profile list after a blank is positional", "RDEFINE FACILITY (P1 P2) UACC(NONE)",
                        List.of("1 RDEFINE FACILITY (P1 P2) | UACC(NONE)")),
                Arguments.of("quoted data set name", "PERMIT 'SYS1.PARMLIB' ID(A)", List.of("1 PERMIT 'SYS1.PARMLIB' | ID(A)")),
                Arguments.of("case kept by the parser", "permit bpx.server class(facility)", List.of("1 PERMIT bpx.server | class(facility)")),
                Arguments.of("CRLF line ends", "DELUSER A\r\nDELUSER B\r\n", List.of("1 DELUSER A | ", "2 DELUSER B | ")),
                Arguments.of("listing command takes no positionals", "RLIST FACILITY BPX.SERVER AUTHUSER",
                        List.of("1 RLIST  | FACILITY BPX.SERVER AUTHUSER")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void parses(String description, String text, List<String> expected) {
        assertEquals(expected, parse(text));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "ADDGROUP,ADDGROUP", "AG,ADDGROUP", "ALTGROUP,ALTGROUP", "ALG,ALTGROUP", "DELGROUP,DELGROUP", "DG,DELGROUP",
        "ADDUSER,ADDUSER", "AU,ADDUSER", "ALTUSER,ALTUSER", "ALU,ALTUSER", "DELUSER,DELUSER", "DU,DELUSER",
        "CONNECT,CONNECT", "CO,CONNECT", "REMOVE,REMOVE", "RE,REMOVE", "RDEFINE,RDEFINE", "RDEF,RDEFINE",
        "RALTER,RALTER", "RALT,RALTER", "RDELETE,RDELETE", "RDEL,RDELETE", "PERMIT,PERMIT", "PE,PERMIT",
        "SETROPTS,SETROPTS", "SETR,SETROPTS", "LISTUSER,LISTUSER", "LU,LISTUSER", "LISTGRP,LISTGRP", "LG,LISTGRP",
        "RLIST,RLIST", "RL,RLIST", "SEARCH,SEARCH", "SR,SEARCH", "setr,SETROPTS", "Pe,PERMIT"
    })
    void commandAbbreviations(String written, String verb) {
        RacfCommandParser.Parsed parsed = RacfCommandParser.parse(written + " X");
        assertEquals(1, parsed.commands().size());
        assertEquals(RacfVerb.valueOf(verb), parsed.commands().get(0).verb());
    }

    static Stream<Arguments> badCommands() {
        return Stream.of(
                Arguments.of("unknown command", "DELUSER A\n\nTSS ADD(X) IBMFAC(Y)", 3, "unknown command TSS"),
                Arguments.of("a prefix is not a command abbreviation", "ADDU A", 1, "unknown command ADDU"),
                Arguments.of("unclosed quote", "\nADDUSER A DATA('ABC)", 2, "quoted string"),
                Arguments.of("unclosed quote at a continued command's first line", "/* c */\nADDUSER A -\n DATA('ABC)", 2, "quoted string"),
                Arguments.of("missing closing parenthesis", "ADDUSER A -\nOMVS(HOME(/tmp)", 1, "missing closing parenthesis"),
                Arguments.of("stray closing parenthesis", "\n\nPERMIT A ID(B))", 3, "closing parenthesis without an opening one"),
                Arguments.of("the second line of an old-style comment is a command", "/* one\n   two */\nDELUSER A", 2,
                        "unknown command two"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommands")
    void reportsProblemsWithTheFirstLineOfTheCommand(String description, String text, int line, String message) {
        RacfCommandParser.Parsed parsed = RacfCommandParser.parse(text);
        assertEquals(1, parsed.problems().size(), parsed.problems().toString());
        assertEquals(line, parsed.problems().get(0).line());
        assertTrue(parsed.problems().get(0).message().contains(message), parsed.problems().get(0).message());
    }

    @Test
    void aBadCommandDoesNotStopTheNextOnes() {
        RacfCommandParser.Parsed parsed = RacfCommandParser.parse("ADDUSER A DATA('X\nFOO BAR\nDELUSER B");
        assertEquals(List.of(3), parsed.commands().stream().map(RacfCommand::line).toList());
        assertEquals(List.of(1, 2), parsed.problems().stream().map(CommandNote::line).toList());
    }

    @Test
    void firstCommandNameSkipsCommentsAndBlankLines() {
        assertEquals("PERMIT", RacfCommandParser.firstCommandName("\n/* a -\n b */\n   PERMIT X ID(Y)").orElseThrow());
        assertEquals("LISTDSD", RacfCommandParser.firstCommandName("/* undo */\n  LISTDSD PREFIX(ZWE) ALL").orElseThrow());
        assertTrue(RacfCommandParser.firstCommandName("/* only a comment */\n\n").isEmpty());
    }

    @Test
    void aCommentOverSeveralLinesIsANoticeNamingItsFirstAndLastLine() {
        RacfCommandParser.Parsed parsed = RacfCommandParser.parse("DELUSER A\n/* one -\n   RDEFINE FACILITY X -\n   three */\nDELUSER B");
        assertEquals(List.of(), parsed.problems());
        assertEquals(1, parsed.notes().size(), parsed.notes().toString());
        CommandNote n = parsed.notes().get(0);
        assertEquals(CommandNote.Kind.COMMENT, n.kind());
        assertEquals(2, n.line());
        assertTrue(n.message().startsWith("comment from line 2 to line 4"), n.message());
        assertTrue(n.message().contains("does not run them: RDEFINE FACILITY X"), n.message());
        assertEquals(List.of("DELUSER", "DELUSER"), parsed.commands().stream().map(c -> c.verb().name()).toList());
    }

    @Test
    void aOneLineCommentIsNoNotice() {
        assertEquals(List.of(), RacfCommandParser.parse("/* one */\nDELUSER A /* two\n/* three */").notes());
    }

    @Test
    void aLineLongerThan80ColumnsMeansNoDeck() {
        String text = deck("DELUSER A", "00010000") + "\n" + "DELUSER B" + " ".repeat(80) + "X";
        RacfCommandParser.Parsed parsed = RacfCommandParser.parse(text);
        assertFalse(parsed.deck());
        // the sequence number stays part of the command, as an operand TSO would reject
        assertEquals("00010000", parsed.commands().get(0).keywords().get(0).name(), parsed.entries().toString());
    }

    @Test
    void textInColumns73To80MeansNoDeck() {
        RacfCommandParser.Parsed parsed = RacfCommandParser.parse(deck("DELUSER A", "ABC") + "\nDELUSER B");
        assertFalse(parsed.deck());
        assertTrue(RacfCommandParser.parse(deck("DELUSER A", "00010000")).deck());
    }

    /** A line of an 80-column deck: the text in columns 1-72 and the sequence field in 73-80. */
    private static String deck(String text, String sequence) {
        return String.format("%-72s%s", text, sequence);
    }
}
