package dev.esmscan.tss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.Reach;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessOutcome;
import dev.esmscan.model.ModelDump;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.tss.access.TssAccessResolver;
import dev.esmscan.tss.command.TssCommands;
import dev.esmscan.tss.command.TssObservation;
import dev.esmscan.tss.data.TssData;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the interpreter makes of each command: applied, refused by Top Secret (a notice; the model
 * is unchanged), a listing, or not modelled (a problem with the narrowest reach). The message ids
 * are Top Secret's: TSS0314E, TSS0364E, TSS0293E, TSS0211E (formats/ACF2-TSS.md 5.8, from Zowe's
 * issues #4115 and #1734), and TSS0301I, the "FUNCTION FAILED" message that follows every refused
 * command (Command Reference, "Command Response Messages").
 */
class TssCommandInterpreterTest {
    private static final String SITE = """
            TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE')
            TSS CREATE(FACOWNR) TYPE(USER) NAME('OWNER') DEPT(ZOWEDEPT)
            TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('ZOWE ADMINISTRATORS') DEPT(ZOWEDEPT)
            TSS ADD(ZWEADMIN) GID(990)
            TSS CREATE(ZWESVUSR) TYPE(USER) PROTECTED NAME('ZOWE MAIN SERVER') DEPT(ZOWEDEPT)
            TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(990)
            TSS CREATE(ZWESIUSR) TYPE(USER) PROTECTED NAME('ZIS') DEPT(ZOWEDEPT)
            TSS ADD(ZWESIUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) UID(0)
            TSS ADD(FACOWNR) IBMFAC(BPX.)
            TSS ADD(ZOWEDEPT) DATASET(ZWE.)
            TSS PERMIT(ZWESVUSR) IBMFAC(BPX.SERVER) ACCESS(UPDATE)
            TSS ADDTO(STC) PROCNAME(ZWESLSTC) ACID(ZWESVUSR)
            """;

    private static TssCommands.Result apply(String commands) {
        return TssCommands.apply(TssInputs.fromCommands(SITE), commands);
    }

    private static List<TssObservation> observe(String commands) {
        return TssCommands.applyTo(TssInputs.fromCommands(SITE).toBuilder(), commands);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('AGAIN') DEPT(ZOWEDEPT)", "TSS0301I CREATE FUNCTION FAILED: ACID ZWEADMIN already exists"),
                Arguments.of("TSS CRE(ZWESVUSR) TYPE(USER) NAME('AGAIN') DEPT(ZOWEDEPT)", "TSS0301I CREATE FUNCTION FAILED: ACID ZWESVUSR already exists"),
                Arguments.of("TSS CREATE(NEWUSR) TYPE(USER) NAME('NEW') DEPT()", "TSS0364E DEPARTMENT SPECIFICATION MISSING OR INVALID"),
                Arguments.of("TSS PERMIT(NOSUCH) IBMFAC(BPX.DAEMON) ACCESS(UPDATE)", "TSS0314E ACID DOES NOT EXIST: NOSUCH"),
                Arguments.of("TSS PER(NOSUCH) DATASET(ZWE.) ACCESS(READ)", "TSS0314E ACID DOES NOT EXIST: NOSUCH"),
                Arguments.of("TSS DELETE(NOSUCH)", "TSS0314E ACID DOES NOT EXIST: NOSUCH"),
                Arguments.of("TSS ADD() IBMFAC(ZWES.IS)", "TSS0211E ACCESSOR-ID MISSING OR INVALID"),
                Arguments.of("TSS REVOKE(&ZOWEUSER.) IBMFAC(ZWES.IS)", "TSS0211E ACCESSOR-ID MISSING OR INVALID"),
                Arguments.of("TSS ADD(ZWEADMIN) GID()", "TSS0293E INVALID VALUE FOR KEYWORD GID"),
                Arguments.of("TSS ADD(ZWESVUSR) UID(<ZWESVUSR_ID>)", "TSS0293E INVALID VALUE FOR KEYWORD UID"),
                Arguments.of("TSS REVOKE(ZWESVUSR) IBMFAC(BPX.DAEMON)", "TSS0301I REVOKE FUNCTION FAILED: ZWESVUSR has no permit to IBMFAC(BPX.DAEMON)"),
                Arguments.of("TSS REVOKE(ALL) DATASET(ZWE.)", "TSS0301I REVOKE FUNCTION FAILED: ALL has no permit to DATASET(ZWE.)"),
                Arguments.of("TSS REMOVE(FACOWNR) IBMFAC(ZWES.)", "TSS0301I REMOVE FUNCTION FAILED: FACOWNR does not own IBMFAC(ZWES.)"),
                Arguments.of("TSS REMOVE(ZOWEDEPT) DATASET(ZWE.V3R1.)", "TSS0301I REMOVE FUNCTION FAILED: ZOWEDEPT does not own DATASET(ZWE.V3R1.)"),
                Arguments.of("TSS REMOVE(ZWESVUSR) GROUP(SYS1)", "TSS0301I REMOVE FUNCTION FAILED: ZWESVUSR is not attached to group SYS1"),
                Arguments.of("TSS REMOVE(STC) PROCNAME(ZWESISTC)", "TSS0301I REMOVE FUNCTION FAILED: PROCNAME(ZWESISTC) is not in the STC table"),
                Arguments.of("TSS ADD(STC) PROCNAME(ZWESISTC) ACID(NOSUCH)", "TSS0314E ACID DOES NOT EXIST: NOSUCH"),
                Arguments.of("TSS ADDTO(RDT) RESCLASS(IBMFAC) DEFACC(READ)", "TSS0301I ADD FUNCTION FAILED: RESCLASS(IBMFAC) is already in the RDT"),
                Arguments.of("TSS ADD(ZWESVUSR) DFLTGRP(NOSUCH)", "TSS0314E ACID DOES NOT EXIST: NOSUCH"),
                Arguments.of("TSS ADD(ZWEADMIN) UID(5)", "TSS0301I ADD FUNCTION FAILED: UID is for user ACIDs; ZWEADMIN is TYPE(GROUP)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aCommandTopSecretRefusesIsANoticeAndChangesNothing(String command, String message) {
        SecurityModel before = TssInputs.fromCommands(SITE);
        TssCommands.Result r = TssCommands.apply(before, "  TSS LIST(ZWEADMIN)\n" + command);
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.notices().size(), r.notices().toString());
        assertTrue(r.notices().get(0).startsWith("line 1: LIST(ZWEADMIN): lists"), r.notices().toString());
        assertTrue(r.notices().get(1).startsWith("line 2: ") && r.notices().get(1).contains(message), r.notices().toString());
        assertTrue(r.notices().get(1).endsWith("Top Secret refuses the command, so it changes nothing"), r.notices().toString());
        assertEquals(ModelDump.dump(before), ModelDump.dump(r.model()));
    }

    static Stream<Arguments> notModelled() {
        return Stream.of(
                Arguments.of("TSS MOVE(ZWESVUSR) DEPT(SECDEPT)", Reach.everything()),
                Arguments.of("TSS XAUTH(ZWESVUSR) IBMFAC(BPX.DAEMON)", Reach.classes("FACILITY")),
                Arguments.of("TSS PERMIT(ZWESVUSR) IBMFAC(BPX.DAEMON) ACCESS(UPDATE) PRIVPGM(ZWESVSTC)", Reach.classes("FACILITY")),
                Arguments.of("TSS PERMIT(ZWESVUSR) DATASET(ZWE.) ACCESS(READ) FOR(30)", Reach.classes("DATASET")),
                Arguments.of("TSS REVOKE(ZWESVUSR) IBMFAC(BPX.SERVER) ACCESS(READ)", Reach.classes("FACILITY")),
                Arguments.of("TSS PERMIT(ZWESVUSR) NEWCLASS(X.Y) ACCESS(READ)", Reach.classes("NEWCLASS")),
                Arguments.of("TSS ADD(ZWESVUSR) PHYSKEY(A1B2)", Reach.identities().plus(Reach.classes("PHYSKEY"))),
                Arguments.of("TSS ADD(ZWESVUSR) NOSUCHATTR", Reach.identities()),
                Arguments.of("TSS ADD(ZWESVUSR) DFLTGRP(ZWEADMIN) GROUP(ZWEADMIN) MASTFAC(ZOWE) HOME(/u/zowe)", Reach.identities()),
                Arguments.of("TSS ADD(ZWESIUSR) UID(?)", Reach.identities()),
                Arguments.of("TSS ADD(ZWESVUSR) UID(0)", Reach.identities()),
                Arguments.of("TSS ADD(STC) PROCNAME(ZWESLSTC) ACID(ZWESIUSR)", Reach.classes("STARTED")),
                Arguments.of("TSS ADD(ZWESVUSR) IBMFAC(BPX.)", Reach.classes("FACILITY")),
                Arguments.of("TSS MODIFY(FAC(ZOWE=MODE=FAIL))", Reach.everything()),
                Arguments.of("TSS REMOVE(RDT) RESCLASS(UNLISTED)", Reach.classes("UNLISTED")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notModelled")
    void aCommandEsmscanCannotModelIsAProblemReachingOnlyWhatItCouldChange(String command, Reach reach) {
        List<TssObservation> seen = observe(command);
        assertEquals(1, seen.size(), seen.toString());
        TssObservation o = seen.get(0);
        assertTrue(o.isProblem(), o.toString());
        assertEquals(TssObservation.NOT_MODELLED, o.kind());
        assertEquals(reach, o.reach(), o.message());
        assertTrue(o.message().contains("could change " + reach.describe()), o.message());
    }

    @Test
    void aConditionalPermitIsNotModelledAsAPlainOne() {
        SecurityModel after = apply("TSS PERMIT(ZWESIUSR) IBMFAC(BPX.DAEMON) ACCESS(UPDATE) PRIVPGM(ZWESVSTC)").model();
        assertEquals(AccessOutcome.DENIED, new TssAccessResolver(after).decide("ZWESIUSR", "FACILITY", "BPX.DAEMON", AccessLevel.UPDATE).outcome());
    }

    @Test
    void thePartsOfAnAddThatAreCertainAreAppliedBesideAPartThatIsNot() {
        TssCommands.Result r = apply("TSS ADD(ZWESVUSR) FAC(STC) HOME(/u/zowe)");
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).contains("ZWESVUSR already has HOME(/tmp)"), r.problems().toString());
        assertTrue(TssData.of(r.model()).orElseThrow().acid("ZWESVUSR").orElseThrow().facilities().contains("STC"));
        assertEquals("/tmp", r.model().user("ZWESVUSR").orElseThrow().getOmvs().home());
    }

    @Test
    void listingsAndHelpChangeNothing() {
        SecurityModel before = TssInputs.fromCommands(SITE);
        TssCommands.Result r = TssCommands.apply(before, """
                TSS LIST(ZWEADMIN) SEGMENT(OMVS)
                TSS LIS(STC) PROCNAME(ZWESLSTC) PREFIX
                TSS WHOHAS IBMFAC(ZWES.IS)
                TSS WHOOWNS IBMFAC(BPX.)
                TSS LIST(RDT) RESCLASS(ZOWE)
                TSS MODIFY(FAC(ZOWE))
                TSS MODIFY(OMVSTABS)
                TSS HELP
                PROFILE
                """);
        assertEquals(List.of(), r.problems());
        assertEquals(9, r.notices().size(), r.notices().toString());
        assertEquals(6, r.notices().stream().filter(n -> n.contains("it changes nothing") && n.contains(": lists") || n.contains("displays")).count(),
                r.notices().toString());
        assertEquals(ModelDump.dump(before), ModelDump.dump(r.model()));
    }

    @Test
    void reAppliedChangesAreAppliedSilentlyAndChangeNothing() {
        SecurityModel before = TssInputs.fromCommands(SITE);
        TssCommands.Result r = TssCommands.apply(before, """
                TSS ADD(ZWEADMIN) GID(990)
                TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(990)
                TSS ADD(FACOWNR) IBMFAC(BPX.)
                TSS PER(ZWESVUSR) IBMFAC(BPX.SERVER) ACCESS(UPDATE)
                TSS ADD(STC) PROCNAME(ZWESLSTC) ACID(ZWESVUSR)
                """);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(), r.notices());
        assertEquals(ModelDump.dump(before), ModelDump.dump(r.model()));
    }

    @Test
    void anotherUidOrGidThatIsNotZeroReadsTheSameToTheRules() {
        TssCommands.Result r = apply("TSS ADD(ZWESVUSR) UID(4711)\nTSS ADD(ZWEADMIN) GID(?)\nTSS ADD(ZWESVUSR) UID(?)");
        assertEquals(List.of(), r.problems());
        assertEquals(3, r.notices().stream().filter(n -> n.contains("the requirements read the same")).count(), r.notices().toString());
        assertEquals(990L, r.model().user("ZWESVUSR").orElseThrow().getOmvs().uid());
    }

    @Test
    void uidAndGidQuestionMarkAreAssignedByTopSecretAsTheFirstUnusedPositiveValue() {
        // Command Reference, UID keyword: "?" assigns the first unused positive integer of RANGE or DFLTRNGU
        List<TssObservation> seen = TssCommands.applyTo(TssInputs.fromCommands(SITE).toBuilder(), "");
        assertEquals(List.of(), seen);
        SecurityModel.Builder b = TssInputs.fromCommands(SITE).toBuilder();
        List<TssObservation> auto = TssCommands.applyTo(b, """
                TSS CREATE(NEWGRP) TYPE(GROUP) NAME('NEW') DEPT(ZOWEDEPT)
                TSS ADD(NEWGRP) GID(?)
                TSS CREATE(NEWUSR) TYPE(USER) NAME('NEW') DEPT(ZOWEDEPT)
                TSS ADD(NEWUSR) GROUP(NEWGRP) DFLTGRP(NEWGRP) UID(?)
                TSS CREATE(RNGUSR) TYPE(USER) NAME('RANGED') DEPT(ZOWEDEPT)
                TSS ADD(RNGUSR) UID(?) RANGE(990,2000)
                """);
        SecurityModel m = b.build();
        assertEquals(3, auto.size(), auto.toString());
        assertTrue(auto.stream().allMatch(TssObservation::isAssumption), auto.toString());
        assertTrue(auto.get(1).message().contains("UID(?): Top Secret assigns the first unused positive UID of the site's DFLTRNGU range"),
                auto.get(1).message());
        assertEquals(1L, m.group("NEWGRP").orElseThrow().getGid());
        assertEquals(1L, m.user("NEWUSR").orElseThrow().getOmvs().uid());
        assertEquals(991L, m.user("RNGUSR").orElseThrow().getOmvs().uid(), "990 is ZWESVUSR's");
        assertTrue(observe("TSS ADD(ZWESVUSR) UID(?) RANGE(2000,990)").get(0).message().contains("TSS0293E INVALID VALUE FOR KEYWORD RANGE"));
    }

    @Test
    void zowesOwnFormsAreInterpreted() {
        TssCommands.Result r = apply("""
                TSS ADDTO(RDT) RESCLASS(ZOWE) MAXLEN(246) +
                  ACLST(NONE,READ,UPDATE,CONTROL) DEFACC(NONE)
                TSS ADDTO(ZOWEDEPT) ZOWE(APIML.)
                TSS ADD(ZOWEDEPT) DATASET(ZWE.V3R1)
                TSS PER(ALL) DATASET(ZWE.V3R1) ACCESS(READ)
                TSS PER(ZWEADMIN) DATASET(ZWE.V3R1) ACCESS(ALL)
                TSS ADD(FACOWNR) IBMFAC(ZWES.IS)
                TSS PER(ZWESVUSR) IBMFAC(ZWES.IS) ACCESS(READ)
                TSS PERMIT(ZWESVUSR) APPL(OMVSAPPL)
                TSS ADD(STC) PROCNAME(ZWESISTC) ACID(ZWESIUSR)
                TSS ADD(ZWESIUSR) FAC(STC)
                TSS ADDTO(RDT) RESCLASS(ZOWE) MAXLEN(246)
                """);
        assertEquals(List.of(), r.problems());
        // Zowe's job permits its sysProg group and an OMVSAPPL nobody owns: Top Secret refuses both
        // (Command Functions, PERMIT: only users and profiles are permitted; a resource must be owned first)
        assertEquals(3, r.notices().size(), r.notices().toString());
        assertTrue(r.notices().get(0).startsWith("line 6: PER(ZWEADMIN): TSS0301I PERMIT FUNCTION FAILED: ZWEADMIN is TYPE(GROUP)"), r.notices().toString());
        assertTrue(r.notices().get(1).startsWith("line 9: PERMIT(ZWESVUSR): TSS0301I PERMIT FUNCTION FAILED: no ACID owns APPL(OMVSAPPL)"), r.notices().toString());
        assertTrue(r.notices().get(2).startsWith("line 12: ADDTO(RDT): TSS0301I ADD FUNCTION FAILED: RESCLASS(ZOWE) is already in the RDT"));
        TssData d = TssData.of(r.model()).orElseThrow();
        assertEquals("NONE", d.resourceClass("ZOWE").orElseThrow().defaultAccess());
        assertTrue(d.acid("ZOWEDEPT").orElseThrow().owns("ZOWE", "APIML."));
        assertEquals("ZWESIUSR", d.startedTasks().get("ZWESISTC"));
        TssAccessResolver resolver = new TssAccessResolver(r.model());
        assertEquals(AccessOutcome.GRANTED, resolver.decide("ZWESVUSR", "FACILITY", "ZWES.IS", AccessLevel.READ).outcome());
        assertEquals(AccessOutcome.GRANTED, resolver.decide("ZWESIUSR", "DATASET", "ZWE.V3R1.SZWEAUTH", AccessLevel.READ).outcome(),
                "the ALL record's permit");
        assertEquals(AccessOutcome.DENIED, resolver.decide("ZWESIUSR", "DATASET", "ZWE.V3R1.SZWEAUTH", AccessLevel.UPDATE).outcome());
        assertEquals(AccessOutcome.DENIED, resolver.decide("ZWESVUSR", "ZOWE", "APIML.SERVICES", AccessLevel.READ).outcome());
    }

    @Test
    void zowesUndoFormsTakeTheSetupAway() {
        SecurityModel setUp = apply("""
                TSS ADD(ZOWEDEPT) DATASET(ZWE.V3R1.)
                TSS PER(ALL) DATASET(ZWE.V3R1.) ACCESS(READ)
                TSS PER(ZWEADMIN) DATASET(ZWE.V3R1.) ACCESS(ALL)
                """).model();
        TssCommands.Result r = TssCommands.apply(setUp, """
                TSS WHOHAS DATASET(ZWE.V3R1)
                TSS REVOKE(ALL) DATASET(ZWE.V3R1.)
                TSS REVOKE(ZWEADMIN) DATASET(ZWE.V3R1.)
                TSS REMOVE(ZOWEDEPT) DATASET(ZWE.V3R1.)
                TSS REVOKE(ZWESVUSR) IBMFAC(BPX.SERVER)
                TSS LIST(ZWESVUSR)
                TSS DELETE(ZWESVUSR)
                TSS REMOVE(STC) PROCNAME(ZWESLSTC)
                TSS DELETE(ZWESVUSR)
                """);
        assertEquals(List.of(), r.problems());
        assertEquals(4, r.notices().size(), r.notices().toString());
        assertTrue(r.notices().get(1).startsWith("line 3: REVOKE(ZWEADMIN): TSS0301I REVOKE FUNCTION FAILED: ZWEADMIN has no permit"),
                "the setup's permit to the group was refused, so its revoke is too: " + r.notices());
        assertTrue(r.notices().get(3).startsWith("line 9: DELETE(ZWESVUSR): TSS0314E ACID DOES NOT EXIST"), r.notices().toString());
        SecurityModel m = r.model();
        TssData d = TssData.of(m).orElseThrow();
        assertTrue(m.user("ZWESVUSR").isEmpty() && d.acid("ZWESVUSR").isEmpty());
        assertTrue(m.connectionsOf("ZWESVUSR").isEmpty());
        assertTrue(d.startedTasks().isEmpty());
        assertTrue(d.acid("ALL").orElseThrow().permits().isEmpty());
        assertTrue(d.acid("ZWEADMIN").orElseThrow().permits().isEmpty());
        assertTrue(!d.acid("ZOWEDEPT").orElseThrow().owns("DATASET", "ZWE.V3R1."), "the undo removes the prefix it owned");
        assertTrue(d.acid("ZOWEDEPT").orElseThrow().owns("DATASET", "ZWE."), "and leaves the site's own");
        assertTrue(d.acid("FACOWNR").orElseThrow().owns("IBMFAC", "BPX."), "the undo leaves the IBMFAC ownership");
    }

    @Test
    void anRdtEntryIsChangedWithReplace() {
        SecurityModel m = apply("TSS REPLACE(RDT) RESCLASS(IBMFAC) ATTR(DEFPROT) DEFACC(NONE)").model();
        TssData d = TssData.of(m).orElseThrow();
        assertTrue(d.resourceClass("IBMFAC").orElseThrow().isDefaultProtected());
        assertEquals("NONE", d.resourceClass("IBMFAC").orElseThrow().defaultAccess());
        assertEquals(AccessOutcome.DENIED, new TssAccessResolver(m).decide("ZWESVUSR", "FACILITY", "IRR.RUSERMAP", AccessLevel.READ).outcome(),
                "an unowned resource of a DEFPROT class is protected");
    }
}
