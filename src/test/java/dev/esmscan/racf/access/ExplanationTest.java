package dev.esmscan.racf.access;

import dev.esmscan.model.AccessDecision;
import org.junit.jupiter.api.Test;

import static dev.esmscan.model.AccessLevel.NONE;
import static dev.esmscan.model.AccessLevel.READ;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rule 7: one line that names the deciding profile and the path. */
class ExplanationTest {

    private static RacfModelFixture zowe() {
        return RacfModelFixture.model().user("ZWESVUSR", "ZWEADMIN")
                .active("FACILITY").generic("FACILITY").listOfGroups(true);
    }

    @Test
    void uaccPath() {
        AccessDecision d = zowe().profile("FACILITY", "BPX.JOBNAME", NONE)
                .resolver().decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", READ);

        assertEquals("FACILITY BPX.JOBNAME (discrete), UACC NONE, no entry for ZWESVUSR or its groups (READ requested: denied)",
                d.explanation());
    }

    @Test
    void groupPathThroughAGeneric() {
        AccessDecision d = zowe().profile("FACILITY", "BPX.**", NONE, "ZWEADMIN:READ")
                .resolver().decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", READ);

        assertEquals("FACILITY BPX.** (generic), ZWESVUSR has READ through group ZWEADMIN", d.explanation());
    }

    @Test
    void warningPath() {
        AccessDecision d = zowe().profile("FACILITY", "ZWES.IS", NONE).warning("FACILITY", "ZWES.IS")
                .resolver().decide("ZWESVUSR", "FACILITY", "ZWES.IS", READ);

        assertEquals("FACILITY ZWES.IS (discrete) in WARNING mode: UACC NONE, no entry for ZWESVUSR or its groups, "
                + "READ allowed only because the profile is in WARNING mode", d.explanation());
    }
}
