package dev.esmscan.policy.checks;

import dev.esmscan.model.SecurityModel;
import dev.esmscan.policy.Check;
import dev.esmscan.tss.data.TssData;
import dev.esmscan.tss.data.TssFacility;
import java.util.Optional;

/**
 * Seed 000 "Configure multi-user address space (for TSS only)": the Facility Matrix Table defines
 * facility ZOWE with MODE=FAIL and RES, the STC user has MASTFAC(ZOWE), and every ACID signing on
 * to the started task has FAC(ZOWE). Facility definitions live in TSSPARMS, not in the security
 * file: only a facility display shows them, so without one the requirement cannot be decided.
 */
public final class TssMultiUserFacility {
    /** The facility name the seed uses. */
    public static final String FACILITY = "ZOWE";

    private TssMultiUserFacility() {
    }

    /** What is missing to decide, or null when the inputs suffice. */
    public static String missingInput(SecurityModel model, String stcUser) {
        Optional<TssData> data = TssData.of(model);
        if (data.isEmpty() || !data.get().facilityListingGiven()) {
            return "the Top Secret facility display is missing: give the output of TSS MODIFY(FAC(" + FACILITY
                    + ")) (the facility's MODE and RES) and TSS LIST(" + stcUser + ") DATA(ALL) (its MASTFAC) as input";
        }
        return null;
    }

    /** The facility itself and the STC user's master facility; call only when {@link #missingInput} is null. */
    public static Check facility(SecurityModel model, String stcUser) {
        TssData data = TssData.of(model).orElseThrow();
        Optional<TssFacility> found = data.facility(FACILITY);
        Check check = new Check();
        if (found.isEmpty()) {
            check.require(false, "the facility display does not show facility " + FACILITY
                    + "; a person must act: add FACILITY(USERnn=NAME=" + FACILITY + "), FACILITY(" + FACILITY
                    + "=MODE=FAIL) and FACILITY(" + FACILITY + "=RES) to the TSSPARMS");
        } else {
            TssFacility f = found.get();
            check.require("FAIL".equals(f.mode()), "facility " + FACILITY + " has MODE=" + (f.mode() == null ? "(none shown)" : f.mode())
                    + ", not MODE=FAIL; a person must act: FACILITY(" + FACILITY + "=MODE=FAIL) in the TSSPARMS");
            check.require(f.has("RES"), "facility " + FACILITY + " is not RES; a person must act: FACILITY(" + FACILITY
                    + "=RES) in the TSSPARMS");
            check.fact("facility " + FACILITY + ": MODE=" + f.mode() + (f.has("RES") ? ", RES" : ""));
        }
        Optional<String> master = data.masterFacilityOf(stcUser);
        if (data.acid(stcUser).isEmpty()) {
            check.require(false, "ACID " + stcUser + " is not in the inputs, so its MASTFAC is unknown");
        } else {
            check.require(master.map(FACILITY::equals).orElse(false), "ACID " + stcUser + " has "
                    + master.map(m -> "MASTFAC(" + m + ")").orElse("no MASTFAC") + ", not MASTFAC(" + FACILITY
                    + "); a person must act: TSS ADD(" + stcUser + ") MASTFAC(" + FACILITY + ")");
            master.ifPresent(m -> check.fact("ACID " + stcUser + " has MASTFAC(" + m + ")"));
        }
        return check;
    }

    /** Whether an end user may sign on to the facility, from its own FAC list or one of its profiles. */
    public static Check endUser(SecurityModel model, String userId) {
        TssData data = TssData.of(model).orElseThrow();
        if (data.acid(userId).isEmpty()) {
            return new Check().require(false, "ACID " + userId + " is not in the inputs, so its facilities are unknown");
        }
        boolean may = data.mayUseFacility(userId, FACILITY);
        Check check = new Check().require(may, "ACID " + userId + " is not authorised to facility " + FACILITY
                + "; a person must act: TSS ADD(" + userId + ") FAC(" + FACILITY + ")");
        if (may) {
            check.fact("ACID " + userId + " has FAC(" + FACILITY + ") on its own record or a profile");
        }
        return check;
    }
}
