package dev.esmscan.policy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.model.SecurityModel;
import dev.esmscan.acf2.command.Acf2CommandInterpreter;
import dev.esmscan.racf.command.RacfCommands;
import dev.esmscan.tss.command.TssCommands;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassDefinitionsTest {

    private static ClassDefinitions idtdata(String commands) {
        RacfCommands.Result r = RacfCommands.apply(SecurityModel.builder().build(), commands);
        assertEquals(List.of(), r.problems());
        return ClassDefinitions.of(r.model(), "IDTDATA");
    }

    @Test
    void namesTheProfilesAndTheClassStatus() {
        ClassDefinitions d = idtdata("SETROPTS CLASSACT(IDTDATA) RACLIST(IDTDATA)\nRDEFINE IDTDATA JWT.APPL.ZOWEAPPL UACC(NONE)");
        assertEquals(1, d.getProfileCount());
        assertTrue(d.isActive());
        assertTrue(d.isRaclisted());
        assertEquals("IDTDATA profiles: JWT.APPL.ZOWEAPPL (discrete)", d.describeProfiles());
        assertEquals("SETROPTS: IDTDATA active, RACLISTed", d.describeClassStatus());
    }

    @Test
    void profilesOfOtherClassesDoNotCount() {
        ClassDefinitions d = idtdata("SETROPTS CLASSACT(FACILITY) NOCLASSACT(IDTDATA)\nRDEFINE FACILITY JWT.APPL.ZOWEAPPL UACC(NONE)");
        assertEquals(0, d.getProfileCount());
        assertFalse(d.isActive());
        assertEquals("no IDTDATA profile is defined", d.describeProfiles());
        assertEquals("SETROPTS: IDTDATA inactive, RACLIST status unknown", d.describeClassStatus());
    }

    @Test
    void aSetroptsCommandForAnotherClassLeavesTheStatusUnknown() {
        ClassDefinitions d = idtdata("SETROPTS CLASSACT(FACILITY) RACLIST(FACILITY)\nRDEFINE IDTDATA JWT.APPL.ZOWEAPPL UACC(NONE)");
        assertFalse(d.isClassStatusKnown());
        assertFalse(d.isActive());
        assertEquals("class IDTDATA status unknown: no SETROPTS LIST output, and no SETROPTS command of the inputs named it",
                d.describeClassStatus());
    }

    @Test
    void listsTheFirstFiveProfilesAndCountsTheRest() {
        StringBuilder commands = new StringBuilder("SETROPTS CLASSACT(IDTDATA)\n");
        for (int i = 1; i <= 7; i++) {
            commands.append("RDEFINE IDTDATA JWT.APPL.APP").append(i).append(" UACC(NONE)\n");
        }
        ClassDefinitions d = idtdata(commands.toString());
        assertEquals(7, d.getProfileCount());
        assertTrue(d.describeProfiles().endsWith("JWT.APPL.APP5 (discrete) and 2 more"), d.describeProfiles());
    }

    @Test
    void withoutSetroptsTheClassIsNeitherKnownActiveNorKnownInactive() {
        ClassDefinitions d = idtdata("RDEFINE IDTDATA JWT.APPL.ZOWEAPPL UACC(NONE)");
        assertFalse(d.isClassStatusKnown());
        assertFalse(d.isActive());
        assertEquals("class IDTDATA status unknown: no SETROPTS input", d.describeClassStatus());
    }

    private static ClassDefinitions tssIdtdata(String commands) {
        SecurityModel.Builder b = SecurityModel.builder();
        assertEquals(List.of(), TssCommands.applyTo(b, commands));
        return ClassDefinitions.of(b.build(), "IDTDATA");
    }

    @Test
    void onTopSecretAnOwnedResourceIsDefinedAndTheClassNeedsNoActivation() {
        ClassDefinitions d = tssIdtdata("TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE')\n"
                + "TSS CREATE(FACACID) TYPE(USER) NAME('OWNER') DEPT(ZOWEDEPT)\n"
                + "TSS ADD(FACACID) IDTDATA(ZWESIDT)\nTSS ADD(FACACID) IBMFAC(ZWES.)");
        assertEquals(1, d.getProfileCount());
        assertTrue(d.isProfilesReadable());
        assertTrue(d.isClassStatusKnown());
        assertTrue(d.isActive());
        assertEquals("IDTDATA resources: ZWESIDT (owned by FACACID)", d.describeProfiles());
    }

    @Test
    void onTopSecretNoOwnershipMeansNoProfile() {
        ClassDefinitions d = tssIdtdata("TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE')\n"
                + "TSS CREATE(FACACID) TYPE(USER) NAME('OWNER') DEPT(ZOWEDEPT)\nTSS ADD(FACACID) IBMFAC(ZWES.)");
        assertEquals(0, d.getProfileCount());
        assertTrue(d.isProfilesReadable());
    }

    @Test
    void onAcf2TheProfileRecordsAreUnknown() {
        SecurityModel.Builder b = SecurityModel.builder();
        assertEquals(List.of(), new Acf2CommandInterpreter(b).apply("SET LID\nINSERT ZWESVUSR STC GROUP(ZWEADMIN)"));
        ClassDefinitions d = ClassDefinitions.of(b.build(), "IDTDATA");
        assertFalse(d.isProfilesReadable());
        assertFalse(d.isClassStatusKnown());
        assertTrue(d.describeUnreadProfiles().contains("SET PROFILE(IDTDATA)"));
    }
}
