package dev.esmscan.racf.access;

import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessOutcome;
import org.junit.jupiter.api.Test;

import static dev.esmscan.model.AccessLevel.NONE;
import static dev.esmscan.model.AccessLevel.READ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule 1: class status from SETROPTS CLASSACT. */
class ClassStatusTest {

    private static RacfModelFixture jobnamePermitted() {
        return RacfModelFixture.model()
                .user("ZWESVUSR", "ZWEADMIN")
                .profile("FACILITY", "BPX.JOBNAME", NONE, "ZWESVUSR:READ");
    }

    @Test
    void inactiveClassIsNotProtectedEvenWithAPermit() {
        AccessDecision d = jobnamePermitted().active("STARTED").resolver()
                .decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", READ);

        assertEquals(AccessOutcome.NOT_PROTECTED, d.outcome());
        assertEquals("class-inactive", d.via());
        assertNull(d.level());
        assertNull(d.profile());
        assertTrue(d.classStatusKnown());
        assertTrue(d.explanation().contains("class FACILITY is not active"), d.explanation());
        assertTrue(d.explanation().contains("FACILITY BPX.JOBNAME (discrete) would cover it"), d.explanation());
    }

    @Test
    void activeClassIsCheckedAgainstTheProfile() {
        AccessDecision d = jobnamePermitted().active("STARTED", "FACILITY").resolver()
                .decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", READ);

        assertEquals(AccessOutcome.GRANTED, d.outcome());
        assertEquals("user", d.via());
        assertTrue(d.classStatusKnown());
        assertFalse(d.explanation().contains("unknown"), d.explanation());
    }

    @Test
    void withoutSetroptsTheClassIsAssumedActiveAndTheExplanationSaysSo() {
        AccessDecision d = jobnamePermitted().resolver()
                .decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", READ);

        assertEquals(AccessOutcome.GRANTED, d.outcome());
        assertFalse(d.classStatusKnown());
        assertTrue(d.explanation().contains("class status unknown: no SETROPTS input"), d.explanation());
    }

    @Test
    void datasetIsAlwaysActiveEvenWhenSetroptsDoesNotListIt() {
        RacfModelFixture fixture = RacfModelFixture.model()
                .user("ZWESVUSR", "ZWEADMIN")
                .active("FACILITY")
                .profile("DATASET", "ZWE.SZWEAUTH", NONE, "ZWESVUSR:READ")
                .profile("FACILITY", "ZWE.SZWEAUTH", NONE, "ZWESVUSR:READ");
        RacfAccessResolver resolver = fixture.resolver();

        AccessDecision dataset = resolver.decide("ZWESVUSR", "DATASET", "ZWE.SZWEAUTH", READ);
        assertEquals(AccessOutcome.GRANTED, dataset.outcome());
        assertTrue(dataset.classStatusKnown());

        RacfAccessResolver withoutFacility = RacfModelFixture.model()
                .user("ZWESVUSR", "ZWEADMIN")
                .active("STARTED")
                .profile("DATASET", "ZWE.SZWEAUTH", NONE, "ZWESVUSR:READ")
                .resolver();
        assertEquals(AccessOutcome.GRANTED, withoutFacility.decide("ZWESVUSR", "DATASET", "ZWE.SZWEAUTH", READ).outcome());
        assertEquals(AccessOutcome.NOT_PROTECTED, withoutFacility.decide("ZWESVUSR", "FACILITY", "ZWE.SZWEAUTH", READ).outcome());
    }
}
