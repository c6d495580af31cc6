package dev.esmscan.racf.access;

import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessOutcome;
import org.junit.jupiter.api.Test;

import static dev.esmscan.model.AccessLevel.NONE;
import static dev.esmscan.model.AccessLevel.READ;
import static dev.esmscan.model.AccessLevel.UPDATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule 5: GRANTED, WARNING or DENIED; conditional entries reported, never counted. */
class OutcomeTest {

    private static RacfModelFixture zwesis() {
        return RacfModelFixture.model().user("ZWESVUSR", "ZWEADMIN").active("FACILITY", "PROGRAM")
                .profile("FACILITY", "ZWES.IS", NONE);
    }

    @Test
    void warningModeAllowsWhatTheAccessListDenies() {
        AccessDecision d = zwesis().warning("FACILITY", "ZWES.IS").resolver()
                .decide("ZWESVUSR", "FACILITY", "ZWES.IS", READ);

        assertEquals(AccessOutcome.WARNING, d.outcome());
        assertFalse(d.isGranted());
        assertEquals(NONE, d.level());
        assertTrue(d.explanation().contains("allowed only because the profile is in WARNING mode"), d.explanation());
    }

    @Test
    void withoutWarningModeTheSameRequestIsDenied() {
        AccessDecision d = zwesis().resolver().decide("ZWESVUSR", "FACILITY", "ZWES.IS", READ);

        assertEquals(AccessOutcome.DENIED, d.outcome());
        assertTrue(d.explanation().contains("READ requested: denied"), d.explanation());
    }

    @Test
    void sufficientAccessIsGrantedEvenInWarningMode() {
        AccessDecision d = zwesis().warning("FACILITY", "ZWES.IS")
                .profile("FACILITY", "ZWES.IS", NONE, "ZWESVUSR:READ")
                .resolver().decide("ZWESVUSR", "FACILITY", "ZWES.IS", READ);

        assertEquals(AccessOutcome.GRANTED, d.outcome());
        assertTrue(d.explanation().contains("in WARNING mode"), d.explanation());
    }

    @Test
    void programProfilesCannotUseWarningMode() {
        AccessDecision d = zwesis().profile("PROGRAM", "ZWESIS01", NONE).warning("PROGRAM", "ZWESIS01")
                .resolver().decide("ZWESVUSR", "PROGRAM", "ZWESIS01", READ);

        assertEquals(AccessOutcome.DENIED, d.outcome());
        assertTrue(d.explanation().contains("PROGRAM profiles cannot use WARNING mode"), d.explanation());
    }

    @Test
    void conditionalEntryIsReportedButNotGranted() {
        AccessDecision d = zwesis().conditional("FACILITY", "ZWES.IS", "ZWEADMIN", READ, "TERMINAL", "T1")
                .resolver().decide("ZWESVUSR", "FACILITY", "ZWES.IS", READ);

        assertEquals(AccessOutcome.DENIED, d.outcome());
        assertEquals(1, d.conditional().size());
        assertEquals("TERMINAL(T1)", d.conditional().get(0).condition());
        assertTrue(d.explanation().contains("READ possible under condition TERMINAL(T1)"), d.explanation());
    }

    @Test
    void conditionalEntryBelowTheRequestOrForSomeoneElseIsNotReported() {
        AccessDecision tooLow = zwesis().conditional("FACILITY", "ZWES.IS", "ZWESVUSR", READ, "TERMINAL", "T1")
                .resolver().decide("ZWESVUSR", "FACILITY", "ZWES.IS", UPDATE);
        AccessDecision otherUser = zwesis().conditional("FACILITY", "ZWES.IS", "IBMUSER", READ, "TERMINAL", "T1")
                .resolver().decide("ZWESVUSR", "FACILITY", "ZWES.IS", READ);

        assertTrue(tooLow.conditional().isEmpty());
        assertTrue(otherUser.conditional().isEmpty());
        assertFalse(otherUser.explanation().contains("possible under condition"), otherUser.explanation());
    }

    @Test
    void conditionalIdStarIsNotReportedForARestrictedUser() {
        RacfModelFixture fixture = zwesis().conditional("FACILITY", "ZWES.IS", "*", READ, "CONSOLE", "SYSCON");

        assertEquals(1, fixture.resolver().decide("ZWESVUSR", "FACILITY", "ZWES.IS", READ).conditional().size());
        assertTrue(fixture.restricted("ZWESVUSR").resolver().decide("ZWESVUSR", "FACILITY", "ZWES.IS", READ).conditional().isEmpty());
    }
}
