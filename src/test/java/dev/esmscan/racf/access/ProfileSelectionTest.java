package dev.esmscan.racf.access;

import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.esmscan.model.AccessLevel.NONE;
import static dev.esmscan.model.AccessLevel.READ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules 2, 3 and 9: discrete first, else the most specific generic, generics only in GENERIC classes. */
class ProfileSelectionTest {

    private static RacfModelFixture facilityActive() {
        return RacfModelFixture.model().user("ZWESVUSR", "ZWEADMIN").active("FACILITY");
    }

    @Test
    void discreteProfileBeatsAMorePermissiveGeneric() {
        RacfModelFixture fixture = facilityActive().generic("FACILITY")
                .profile("FACILITY", "BPX.**", READ)
                .profile("FACILITY", "BPX.JOBNAME", NONE);

        AccessDecision d = fixture.resolver().decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", READ);

        assertEquals(AccessOutcome.DENIED, d.outcome());
        assertEquals("BPX.JOBNAME", d.profile().getName());
        assertFalse(d.profile().isGeneric());
    }

    @Test
    void withoutTheDiscreteProfileTheGenericDecides() {
        RacfModelFixture fixture = facilityActive().generic("FACILITY")
                .profile("FACILITY", "BPX.**", READ);

        AccessDecision d = fixture.resolver().decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", READ);

        assertEquals(AccessOutcome.GRANTED, d.outcome());
        assertEquals("BPX.**", d.profile().getName());
        assertEquals("uacc", d.via());
    }

    @Test
    void genericProfileOfAGencmdOnlyClassIsNotUsed() {
        RacfModelFixture fixture = facilityActive().genericCommandOnly("FACILITY")
                .profile("FACILITY", "BPX.**", NONE, "ZWESVUSR:READ");

        AccessDecision d = fixture.resolver().decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", READ);

        assertEquals(AccessOutcome.NOT_PROTECTED, d.outcome());
        assertEquals("no-profile", d.via());
        assertNull(d.profile());
        assertTrue(d.explanation().contains("generic profile BPX.** matches but FACILITY is GENCMD only"), d.explanation());
        assertTrue(d.explanation().contains("RACF does not use generic profiles of FACILITY for checking"), d.explanation());
        assertNull(fixture.resolver().decidingProfile("FACILITY", "BPX.JOBNAME"));
    }

    @Test
    void genericProfileOfAGenericClassIsUsed() {
        RacfModelFixture fixture = facilityActive().generic("FACILITY")
                .profile("FACILITY", "BPX.**", NONE, "ZWESVUSR:READ");

        AccessDecision d = fixture.resolver().decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", READ);

        assertEquals(AccessOutcome.GRANTED, d.outcome());
        assertEquals("BPX.**", d.profile().getName());
        assertEquals("BPX.**", fixture.resolver().decidingProfile("FACILITY", "BPX.JOBNAME").getName());
    }

    @Test
    void genericProfileOfAClassNeitherGenericNorGencmdIsNotUsed() {
        AccessDecision d = facilityActive()
                .profile("FACILITY", "BPX.**", NONE, "ZWESVUSR:READ")
                .resolver().decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", READ);

        assertEquals(AccessOutcome.NOT_PROTECTED, d.outcome());
        assertTrue(d.explanation().contains("FACILITY is not a GENERIC class"), d.explanation());
    }

    @Test
    void withoutSetroptsGenericProfilesAreUsedAndTheExplanationSaysTheStatusIsUnknown() {
        AccessDecision d = RacfModelFixture.model().user("ZWESVUSR", "ZWEADMIN")
                .profile("FACILITY", "BPX.**", NONE, "ZWESVUSR:READ")
                .resolver().decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", READ);

        assertEquals(AccessOutcome.GRANTED, d.outcome());
        assertTrue(d.explanation().contains("generic status unknown: no SETROPTS input"), d.explanation());
    }

    @Test
    void noProfileMeansNotProtected() {
        AccessDecision d = facilityActive().generic("FACILITY")
                .profile("FACILITY", "BPX.JOBNAME", NONE, "ZWESVUSR:READ")
                .resolver().decide("ZWESVUSR", "FACILITY", "ZWES.IS", READ);

        assertEquals(AccessOutcome.NOT_PROTECTED, d.outcome());
        assertEquals("no-profile", d.via());
        assertNull(d.profile());
        assertNull(d.level());
        assertEquals("no profile covers FACILITY ZWES.IS", d.explanation());
    }

    @Test
    void aCoveringProfileMeansProtected() {
        AccessDecision d = facilityActive().generic("FACILITY")
                .profile("FACILITY", "ZWES.IS", NONE)
                .resolver().decide("ZWESVUSR", "FACILITY", "ZWES.IS", READ);

        assertEquals(AccessOutcome.DENIED, d.outcome());
        assertEquals("ZWES.IS", d.profile().getName());
    }

    /** The winner grants READ and the loser denies; defining the loser first must not matter. */
    @ParameterizedTest(name = "{0} beats {1} for {2}")
    @CsvSource({
            "BPX.JOBNAM%,   BPX.JOBNA%E,  BPX.JOBNAME",   // literal beats %
            "BPX.JOB%AME,   BPX.JOB*,     BPX.JOBNAME",   // % beats *
            "BPX.*,         BPX.**,       BPX.JOBNAME",   // * beats **
            "BPX.J*,        BPX.*,        BPX.JOBNAME",   // literal beats *
    })
    void mostSpecificGenericDecides(String winner, String loser, String resource) {
        RacfModelFixture both = facilityActive().generic("FACILITY")
                .profile("FACILITY", loser, NONE)
                .profile("FACILITY", winner, NONE, "ZWESVUSR:READ");
        AccessDecision d = both.resolver().decide("ZWESVUSR", "FACILITY", resource, READ);
        assertEquals(winner, d.profile().getName());
        assertEquals(AccessOutcome.GRANTED, d.outcome());

        RacfModelFixture loserOnly = facilityActive().generic("FACILITY")
                .profile("FACILITY", loser, NONE);
        AccessDecision without = loserOnly.resolver().decide("ZWESVUSR", "FACILITY", resource, READ);
        assertEquals(loser, without.profile().getName());
        assertEquals(AccessOutcome.DENIED, without.outcome());
    }

    @Test
    void datasetMatchingFollowsEnhancedGenericNaming() {
        RacfModelFixture egn = RacfModelFixture.model().user("ZWESVUSR", "ZWEADMIN").active("DATASET").generic("DATASET")
                .enhancedGenericNaming(true)
                .profile("DATASET", "ZWE.*", NONE, "ZWESVUSR:READ");
        RacfModelFixture noEgn = RacfModelFixture.model().user("ZWESVUSR", "ZWEADMIN").active("DATASET").generic("DATASET")
                .enhancedGenericNaming(false)
                .profile("DATASET", "ZWE.*", NONE, "ZWESVUSR:READ");

        assertEquals(AccessOutcome.NOT_PROTECTED, egn.resolver().decide("ZWESVUSR", "DATASET", "ZWE.V2.SZWEAUTH", READ).outcome());
        assertEquals(AccessOutcome.GRANTED, noEgn.resolver().decide("ZWESVUSR", "DATASET", "ZWE.V2.SZWEAUTH", READ).outcome());
    }

    @Test
    void datasetMatchingWithoutSetroptsAssumesEnhancedGenericNamingAndSaysSo() {
        AccessDecision d = RacfModelFixture.model().user("ZWESVUSR", "ZWEADMIN")
                .profile("DATASET", "ZWE.*", NONE, "ZWESVUSR:READ")
                .resolver().decide("ZWESVUSR", "DATASET", "ZWE.V2.SZWEAUTH", READ);

        assertEquals(AccessOutcome.NOT_PROTECTED, d.outcome());
        assertTrue(d.explanation().contains("EGN unknown: no SETROPTS input"), d.explanation());
    }
}
