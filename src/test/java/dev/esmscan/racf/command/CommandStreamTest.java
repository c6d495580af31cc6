package dev.esmscan.racf.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.Reach;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.ModelDump;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A SYSTSIN of TSO commands run as TSO and RACF would: notices, problems and their reach. */
class CommandStreamTest {

    private static final String BASE = String.join("\n",
            "ADDGROUP ZWEADMIN",
            "ADDUSER ZWESVUSR DFLTGRP(ZWEADMIN) NOPASSWORD",
            "RDEFINE FACILITY BPX.DAEMON UACC(NONE)",
            "RDEFINE FACILITY BPX.SERVER UACC(NONE)");

    private static SecurityModel.Builder base() {
        SecurityModel.Builder b = SecurityModel.builder();
        assertEquals(List.of(), CommandStream.apply(b, BASE).problems());
        return b;
    }

    private static CommandNote only(List<CommandNote> notes) {
        assertEquals(1, notes.size(), notes.toString());
        return notes.get(0);
    }

    private static AccessLevel access(SecurityModel.Builder b, String profile, String id) {
        ResourceProfile p = b.findProfile("FACILITY", profile).orElseThrow();
        return p.getAccessList().stream().filter(e -> e.id().equals(id)).map(e -> e.level()).findFirst().orElse(null);
    }

    // ---- commands that change nothing ----

    static Stream<Arguments> noticesOfCommandsThatChangeNothing() {
        return Stream.of(
                Arguments.of("LISTUSER ZWESVUSR OMVS", CommandNote.Kind.LISTING),
                Arguments.of("LISTGRP ZWEADMIN", CommandNote.Kind.LISTING),
                Arguments.of("LD PREFIX(ZWE) ALL", CommandNote.Kind.LISTING),
                Arguments.of("RLIST FACILITY BPX.* ALL", CommandNote.Kind.LISTING),
                Arguments.of("SEARCH CLASS(FACILITY) MASK(BPX)", CommandNote.Kind.LISTING),
                Arguments.of("SETROPTS LIST", CommandNote.Kind.LISTING),
                Arguments.of("PROFILE", CommandNote.Kind.NO_EFFECT),
                Arguments.of("PROF MSGID", CommandNote.Kind.NO_EFFECT),
                Arguments.of("RACDCERT ID(ZWESVUSR) ADDRING(ZoweKeyring)", CommandNote.Kind.OUTSIDE_THE_RULES),
                Arguments.of("RACDCERT CONNECT(ID(ZWESVUSR) LABEL('x') RING(ZoweKeyring))", CommandNote.Kind.OUTSIDE_THE_RULES),
                Arguments.of("ADDUSER ZWESVUSR DFLTGRP(ZWEADMIN)", CommandNote.Kind.REFUSED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void noticesOfCommandsThatChangeNothing(String command, CommandNote.Kind kind) {
        SecurityModel.Builder b = base();
        String before = ModelDump.dump(b.build());
        CommandStream.Result r = CommandStream.apply(b, "/* header */\n" + command);
        assertEquals(List.of(), r.problems());
        CommandNote n = only(r.notices());
        assertEquals(kind, n.kind());
        assertEquals(2, n.line());
        assertEquals(before, ModelDump.dump(b.build()));
    }

    // ---- what esmscan cannot model reaches only what the command can change ----

    static Stream<Arguments> reachOfWhatIsNotModelled() {
        return Stream.of(
                Arguments.of("an operand of a user command", "ALTUSER ZWESVUSR TSO(PROC(IKJACCNT))", Reach.identities()),
                Arguments.of("an operand of a resource command", "RALTER FACILITY BPX.DAEMON APPLDATA('x')", Reach.classes("FACILITY")),
                Arguments.of("an operand of a PERMIT", "PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) WHEN(CRITERIA(SQLROLE(X)))",
                        Reach.classes("FACILITY")),
                Arguments.of("a SETROPTS option for named classes", "SETROPTS CLASSACT(*)", Reach.everything()),
                Arguments.of("a global SETROPTS option", "SETROPTS PASSWORD(INTERVAL(90))", Reach.everything()),
                Arguments.of("an unknown command naming a class", "RACFPRIV X CLASS(FACILITY)", Reach.classes("FACILITY")),
                Arguments.of("an unknown command naming no class", "IRRXUTIL X", Reach.everything()),
                Arguments.of("a class no input defines", "RDEFINE MYCLASS X UACC(NONE)", Reach.classes("MYCLASS")),
                Arguments.of("a PERMIT in a class no input defines", "PERMIT X CLASS(MYCLASS) ID(ZWESVUSR)", Reach.classes("MYCLASS")),
                Arguments.of("distributed identity filters", "RACMAP ID(ZWESVUSR) MAP USERDIDFILTER(NAME('x'))",
                        Reach.classes("IDIDMAP")),
                Arguments.of("an unquoted data set name", "ADDSD ZWE.** UACC(READ)", Reach.classes("DATASET")),
                Arguments.of("CONNECT without GROUP", "CONNECT ZWESVUSR", Reach.identities()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void reachOfWhatIsNotModelled(String description, String command, Reach reach) {
        CommandStream.Result r = CommandStream.apply(base(), command);
        assertFalse(r.problems().isEmpty(), r.notes().toString());
        for (CommandNote p : r.problems()) {
            assertEquals(CommandNote.Kind.NOT_MODELLED, p.kind());
            assertEquals(reach, p.reach(), p.message());
        }
    }

    @Test
    void aProblemNamingFacilityDoesNotReachTheIdentities() {
        CommandNote p = only(CommandStream.apply(base(), "RALTER FACILITY BPX.DAEMON APPLDATA('x')").problems());
        assertFalse(p.reach().touches(Reach.identities()), p.reach().describe());
        assertTrue(p.reach().touches(Reach.classes("FACILITY")));
    }

    // ---- a command TSO's parse rejects: prompting decides ----

    /**
     * Zowe's own job writes "PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(UPDATE) 0" with "ID(...)" alone
     * on the next line. TSO's parse rejects the keyword 0 (IKJ56712I INVALID KEYWORD, 0); with
     * NOPROMPT the command ends, with PROMPT the next line is read as the reentered operand
     * (IKJ56703A REENTER THIS OPERAND; z/OS TSO/E Programming Services, "Prompt Message Processing").
     */
    private static final String STRAY_OPERAND = String.join("\n",
            "  PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(UPDATE) 0",
            "    ID(ZWESVUSR)",
            "  PERMIT BPX.SERVER CLASS(FACILITY) ACCESS(UPDATE) -",
            "    ID(ZWESVUSR)");

    @Test
    void aStrayOperandWhoseReplyCouldOnlyGrantANamedIdIsANoticeAndGrantsNothing() {
        SecurityModel.Builder b = base();
        CommandStream.Result r = CommandStream.apply(b, STRAY_OPERAND);
        assertEquals(List.of(), r.problems());
        List<CommandNote> refused = r.notices().stream().filter(n -> n.kind() == CommandNote.Kind.REFUSED).toList();
        assertEquals(List.of(1, 2), refused.stream().map(CommandNote::line).toList());
        String m = refused.get(0).message();
        assertTrue(m.contains("IKJ56712I INVALID KEYWORD, 0"), m);
        assertTrue(m.contains("under PROMPT TSO would have read line 2 as the reply"), m);
        assertTrue(m.contains("would have granted ID(ZWESVUSR) ACCESS(UPDATE) on FACILITY BPX.DAEMON"), m);
        assertTrue(m.contains("the verdicts take the reading that grants nothing"), m);
        assertTrue(refused.get(1).message().contains("IKJ56500I COMMAND ID NOT FOUND"), refused.get(1).message());
        // the reading that grants nothing is the one applied; the next command is applied as written
        assertEquals(null, access(b, "BPX.DAEMON", "ZWESVUSR"));
        assertEquals(AccessLevel.UPDATE, access(b, "BPX.SERVER", "ZWESVUSR"));
    }

    /** Readings of a reply that could do more than grant a named ID: the outcome stays unknown, a problem reaching FACILITY. */
    static Stream<Arguments> aReplyThatCouldDoMoreThanGrantIsAProblem() {
        return Stream.of(
                Arguments.of("ID(*) on the reply line opens the profile to every user",
                        "", "PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(UPDATE) 0\n  ID(*)"),
                Arguments.of("DELETE takes an entry away",
                        "PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)",
                        "PERMIT BPX.DAEMON CLASS(FACILITY) DELETE 0\n  ID(ZWESVUSR)"),
                Arguments.of("ACCESS(NONE) takes access away",
                        "", "PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(NONE) 0\n  ID(ZWESVUSR)"),
                Arguments.of("a PERMIT replaces the entry: READ lowers the ALTER ZWESVUSR has",
                        "PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) ACCESS(ALTER)",
                        "PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(READ) 0\n  ID(ZWESVUSR)"),
                Arguments.of("the user entry overrides the higher entry of its group",
                        "PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWEADMIN) ACCESS(CONTROL)",
                        "PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(UPDATE) 0\n  ID(ZWESVUSR)"),
                Arguments.of("a later UACC above the level: the user entry would override it",
                        "", "PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(UPDATE) 0\n  ID(ZWESVUSR)\nRALTER FACILITY BPX.DAEMON UACC(ALTER)"),
                Arguments.of("RESET clears the access list",
                        "PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWEADMIN) ACCESS(READ)",
                        "PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(UPDATE) RESET 0\n  ID(ZWESVUSR)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void aReplyThatCouldDoMoreThanGrantIsAProblem(String description, String before, String stream) {
        SecurityModel.Builder b = base();
        if (!before.isEmpty()) {
            assertEquals(List.of(), CommandStream.apply(b, before).problems());
        }
        CommandStream.Result r = CommandStream.apply(b, stream);
        CommandNote p = only(r.problems());
        assertEquals(1, p.line());
        assertEquals(Reach.classes("FACILITY"), p.reach());
        assertTrue(p.message().contains("IKJ56703A"), p.message());
        assertTrue(p.message().contains("put PROFILE NOPROMPT (or PROMPT) before the commands"), p.message());
    }

    @Test
    void theGrantToAGroupIsANoticeWhenNoMemberCouldLoseAccess() {
        SecurityModel.Builder b = base();
        CommandStream.Result r = CommandStream.apply(b, "PERMIT BPX.SERVER CLASS(FACILITY) ACCESS(READ) 0\n  ID(ZWEADMIN)");
        assertEquals(List.of(), r.problems());
        assertEquals(null, access(b, "BPX.SERVER", "ZWEADMIN"));
    }

    @Test
    void withNopromptTheCommandIsRefusedAndItsReplyLineIsNoCommand() {
        SecurityModel.Builder b = base();
        CommandStream.Result r = CommandStream.apply(b, "PROFILE NOPROMPT\n" + STRAY_OPERAND);
        assertEquals(List.of(), r.problems());
        List<CommandNote> refused = r.notices().stream().filter(n -> n.kind() == CommandNote.Kind.REFUSED).toList();
        assertEquals(List.of(2, 3), refused.stream().map(CommandNote::line).toList());
        assertTrue(refused.get(1).message().contains("IKJ56500I COMMAND ID NOT FOUND"), refused.get(1).message());
        assertEquals(null, access(b, "BPX.DAEMON", "ZWESVUSR"));
    }

    @Test
    void withPromptTheReplyCompletesTheCommand() {
        SecurityModel.Builder b = base();
        CommandStream.Result r = CommandStream.apply(b, "PROFILE PROMPT\n" + STRAY_OPERAND);
        assertEquals(List.of(), r.problems());
        assertEquals(AccessLevel.UPDATE, access(b, "BPX.DAEMON", "ZWESVUSR"));
    }

    @Test
    void whenTheCommandWouldChangeNothingEitherWayItIsANotice() {
        SecurityModel.Builder b = base();
        CommandStream.apply(b, "PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)");
        CommandStream.Result r = CommandStream.apply(b, STRAY_OPERAND);
        assertEquals(List.of(), r.problems());
        assertTrue(r.notices().get(0).message().contains("either way the database is unchanged"), r.notices().toString());
    }

    @Test
    void aRejectedCommandFollowedByCommandsReachesWhatTheyCanChangeToo() {
        CommandStream.Result r = CommandStream.apply(base(), String.join("\n",
                "ADDGROUP IBMUSER.ZWEV3 DATA('HLQ STUB')",
                "",
                "LISTDSD PREFIX(IBMUSER.ZWEV3) ALL",
                "ADDSD 'IBMUSER.ZWEV3.*.**' UACC(READ)",
                "PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR)"));
        CommandNote p = r.problems().get(0);
        assertEquals(1, p.line());
        assertEquals(Reach.classes("DATASET", "FACILITY"), p.reach(),
                "a reply could only make ADDGROUP define a new, empty group: the identities keep the reading that defines none");
        assertTrue(p.message().contains("PROFILE NOPROMPT"), p.message());
    }

    @Test
    void aRejectedAddgroupWithAGidOfItsOwnStillReachesTheIdentities() {
        // a new group with GID(n) could share the GID of a group a requirement checks
        CommandStream.Result r = CommandStream.apply(base(), String.join("\n",
                "ADDGROUP IBMUSER.ZWEV3 OMVS(GID(990))",
                "ADDSD 'IBMUSER.ZWEV3.*.**' UACC(READ)"));
        assertEquals(Reach.identities().plus(Reach.classes("DATASET")), r.problems().get(0).reach());
    }

    @Test
    void anyOtherRejectedCommandReachesItsOwnPartAndTheLinesAfterIt() {
        CommandStream.Result r = CommandStream.apply(base(), String.join("\n",
                "ADDUSER ZWESVUSR9X DFLTGRP(ZWEADMIN)",
                "ADDSD 'IBMUSER.ZWEV3.*.**' UACC(READ)"));
        assertEquals(Reach.identities().plus(Reach.classes("DATASET")), r.problems().get(0).reach());
    }

    @Test
    void withNopromptARejectedCommandIsRefused() {
        CommandStream.Result r = CommandStream.apply(base(), "PROFILE NOPROMPT\nADDGROUP IBMUSER.ZWEV3\nADDUSER Z DFLTGRP(ZWEADMIN) FOO");
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(2, 3), r.notices().stream().filter(n -> n.kind() == CommandNote.Kind.REFUSED).map(CommandNote::line).toList());
    }

    // ---- TSO's line rules ----

    @Test
    void anUnclosedCommentEndsWithItsLineSoTheNextCommandsRun() {
        SecurityModel.Builder b = base();
        CommandStream.Result r = CommandStream.apply(b, String.join("\n",
                "/* permit the server to map identities",
                "  RDEFINE FACILITY IRR.IDIDMAP.QUERY UACC(NONE)",
                "  PERMIT IRR.IDIDMAP.QUERY CLASS(FACILITY) ACCESS(READ) -",
                "   ID(ZWESVUSR)"));
        assertEquals(List.of(), r.notes());
        assertEquals(AccessLevel.READ, access(b, "IRR.IDIDMAP.QUERY", "ZWESVUSR"));
    }

    @Test
    void aContinuedCommentSwallowsTheCommandsOnItsLinesAndIsANotice() {
        SecurityModel.Builder b = base();
        CommandStream.Result r = CommandStream.apply(b, String.join("\n",
                "/* permit the server to map identities -",
                "  RDEFINE FACILITY IRR.IDIDMAP.QUERY UACC(NONE)",
                "  PERMIT BPX.SERVER CLASS(FACILITY) ACCESS(READ) ID(ZWESVUSR)"));
        CommandNote n = only(r.notes());
        assertEquals(CommandNote.Kind.COMMENT, n.kind());
        assertTrue(n.message().startsWith("comment from line 1 to line 2"), n.message());
        assertTrue(b.findProfile("FACILITY", "IRR.IDIDMAP.QUERY").isEmpty());
        assertEquals(AccessLevel.READ, access(b, "BPX.SERVER", "ZWESVUSR"));
    }

    @Test
    void aNumberedDeckIsReadWithoutItsSequenceNumbersAndSaysSo() {
        String deck = String.format("%-72s%s%n%-72s%s", "PERMIT BPX.SERVER CLASS(FACILITY) -", "00010000", "  ID(ZWESVUSR) ACCESS(READ)", "00020000");
        SecurityModel.Builder b = base();
        CommandStream.Result r = CommandStream.apply(b, deck);
        assertEquals(List.of(), r.notes());
        assertEquals(1, r.assumptions().size());
        assertEquals(AccessLevel.READ, access(b, "BPX.SERVER", "ZWESVUSR"));
    }

    // ---- SETROPTS changes only the classes it names ----

    @Test
    void setroptsCommandsLeaveTheOtherClassesUnknown() {
        SecurityModel.Builder b = SecurityModel.builder();
        CommandStream.apply(b, "SETROPTS CLASSACT(FACILITY) RACLIST(FACILITY)\nSETROPTS GENERIC(STARTED)");
        ClassOptions o = b.classOptions();
        assertFalse(o.isComplete());
        assertEquals(Boolean.TRUE, o.isActiveAndRaclisted("FACILITY"));
        assertFalse(o.isActiveKnown("STARTED"));
        assertTrue(o.isGenericKnown("STARTED"));
        assertEquals(null, o.isActiveAndRaclisted("APPL"));
        assertFalse(o.isListOfGroupsKnown());
        assertFalse(o.isEnhancedGenericNamingKnown());
    }

    @Test
    void setroptsCommandsChangeCompleteOptionsInPlace() {
        SecurityModel.Builder b = SecurityModel.builder();
        b.classOptions().setActive("FACILITY", true);
        CommandStream.apply(b, "SETROPTS CLASSACT(STARTED)");
        assertTrue(b.classOptions().isComplete());
        assertTrue(b.classOptions().isActive("STARTED"));
        assertEquals(Boolean.FALSE, b.classOptions().isActiveAndRaclisted("APPL"));
    }

    // ---- classes defined in the CDT ----

    @Test
    void aClassTheCdtDefinesIsKnownToTheCommandsAfterIt() {
        SecurityModel.Builder b = base();
        CommandStream.Result r = CommandStream.apply(b, String.join("\n",
                "RDEFINE CDT ZOWE UACC(NONE) -",
                "  CDTINFO(DEFAULTUACC(NONE) FIRST(ALPHA) OTHER(ALPHA,NATIONAL,NUMERIC,SPECIAL) -",
                "  MAXLENGTH(246) POSIT(607) RACLIST(DISALLOWED))",
                "SETROPTS RACLIST(CDT) REFRESH",
                "SETROPTS CLASSACT(ZOWE)",
                "RDEFINE ZOWE APIML.SERVICES UACC(NONE)",
                "PERMIT APIML.SERVICES CLASS(ZOWE) ID(ZWESVUSR) ACCESS(READ)"));
        assertEquals(List.of(), r.notes());
        assertTrue(b.findProfile("CDT", "ZOWE").isPresent());
        assertEquals(AccessLevel.READ, b.findProfile("ZOWE", "APIML.SERVICES").orElseThrow().entryFor("ZWESVUSR").level());
        assertTrue(b.classOptions().isActive("ZOWE"));
    }

    @Test
    void aClassNoInputDefinesIsAProblemReachingThatClassAndTheCommandIsApplied() {
        SecurityModel.Builder b = base();
        CommandStream.Result r = CommandStream.apply(b, "RDEFINE ZOWE APIML.SERVICES UACC(NONE)");
        CommandNote p = only(r.problems());
        assertEquals(Reach.classes("ZOWE"), p.reach());
        assertTrue(p.message().contains("class ZOWE is neither a class IBM supplies nor defined by a CDT profile"), p.message());
        assertTrue(b.findProfile("ZOWE", "APIML.SERVICES").isPresent());
    }

    @Test
    void aCdtProfileInTheModelDefinesItsClass() {
        SecurityModel.Builder b = base();
        b.profile("CDT", "ZOWE").setBaseRecordSeen(true);
        assertEquals(List.of(), CommandStream.apply(b, "RDEFINE ZOWE APIML.SERVICES UACC(NONE)").notes());
    }

    @Test
    void deletingTheCdtProfileForgetsTheClass() {
        SecurityModel.Builder b = base();
        CommandStream.Result r = CommandStream.apply(b, "RDEFINE CDT ZOWE CDTINFO(POSIT(607))\nRDELETE CDT ZOWE\nRDEFINE ZOWE X");
        assertEquals(List.of(3), r.problems().stream().map(CommandNote::line).toList());
    }
}
