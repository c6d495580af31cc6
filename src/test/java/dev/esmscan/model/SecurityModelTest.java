package dev.esmscan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityModelTest {

    @Test
    void discreteDataSetProfilesOfOneNameOnTwoVolumesAreBothKept() {
        SecurityModel.Builder b = SecurityModel.builder();
        b.profile("DATASET", "SYS1.LINKLIB", "VOL001").setBaseRecordSeen(true);
        b.profile("DATASET", "SYS1.LINKLIB", "VOL002").setBaseRecordSeen(true);
        SecurityModel m = b.build();
        assertEquals(2, m.profiles("DATASET").all().size());
        assertEquals(2, m.profiles("DATASET").size());
        assertTrue(m.profiles("DATASET").discrete("SYS1.LINKLIB").isPresent());
    }

    @Test
    void recordsOfAProfileAggregateInAnyOrder() {
        SecurityModel.Builder b = SecurityModel.builder();
        b.profile("FACILITY", "BPX.SERVER").permit("ZWESVUSR", AccessLevel.UPDATE);
        ResourceProfile base = b.profile("FACILITY", "BPX.SERVER");
        base.setUniversalAccess(AccessLevel.NONE);
        base.setBaseRecordSeen(true);
        ResourceProfile built = b.build().profiles("FACILITY").discrete("BPX.SERVER").orElseThrow();
        assertEquals(AccessLevel.UPDATE, built.entryFor("ZWESVUSR").level());
        assertEquals(AccessLevel.NONE, built.getUniversalAccess());
    }

    @Test
    void toBuilderCopiesSoTheOriginalModelIsUntouched() {
        SecurityModel.Builder b = SecurityModel.builder();
        b.user("ZWESVUSR").setBaseRecordSeen(true);
        b.connection("ZWESVUSR", "ZWEADMIN");
        b.profile("FACILITY", "ZWES.IS").setBaseRecordSeen(true);
        SecurityModel original = b.build();
        SecurityModel.Builder copy = original.toBuilder();
        copy.profile("FACILITY", "ZWES.IS").permit("ZWESVUSR", AccessLevel.READ);
        copy.removeUser("ZWESVUSR");
        SecurityModel changed = copy.build();
        assertTrue(original.user("ZWESVUSR").isPresent());
        assertEquals(1, original.connectionsOf("ZWESVUSR").size());
        assertEquals(null, original.profiles("FACILITY").discrete("ZWES.IS").orElseThrow().entryFor("ZWESVUSR"));
        assertFalse(changed.user("ZWESVUSR").isPresent());
        assertTrue(changed.connectionsOf("ZWESVUSR").isEmpty());
        assertNotSame(original.profiles("FACILITY").discrete("ZWES.IS").orElseThrow(), changed.profiles("FACILITY").discrete("ZWES.IS").orElseThrow());
    }
}
