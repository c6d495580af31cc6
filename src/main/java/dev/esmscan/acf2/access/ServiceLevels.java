package dev.esmscan.acf2.access;

import dev.esmscan.acf2.db.RuleEntry;
import dev.esmscan.model.AccessLevel;
import java.util.Set;

/**
 * SAF access levels and ACF2 services. Services are not hierarchical: an entry must list the
 * service asked for. READ asks for READ, UPDATE for UPDATE, EXECUTE for EXECUTE or READ, and
 * CONTROL and ALTER for DELETE (the catalogue maps DELETE to ALTER; the sources disagree for
 * CONTROL, some map it to UPDATE, so the stricter service is asked for).
 */
public final class ServiceLevels {

    private ServiceLevels() {
    }

    /** The services of which one must be listed for the level; empty for NONE. */
    public static Set<String> servicesFor(AccessLevel level) {
        return switch (level) {
            case NONE -> Set.of();
            case EXECUTE -> Set.of("EXECUTE", "READ");
            case READ -> Set.of("READ");
            case UPDATE -> Set.of("UPDATE");
            case CONTROL, ALTER -> Set.of("DELETE");
        };
    }

    /** The highest level an allowing entry gives anyone: NONE for PREVENT, ALTER for all services. */
    public static AccessLevel levelOf(RuleEntry e) {
        if ("PREVENT".equals(e.action())) {
            return AccessLevel.NONE;
        }
        if (e.services().isEmpty()) {
            return AccessLevel.ALTER;
        }
        AccessLevel best = AccessLevel.NONE;
        for (String s : e.services()) {
            best = AccessLevel.max(best, switch (s) {
                case "READ" -> AccessLevel.READ;
                case "EXECUTE" -> AccessLevel.EXECUTE;
                case "UPDATE" -> AccessLevel.UPDATE;
                case "DELETE", "ADD", "ALL" -> AccessLevel.ALTER;
                default -> AccessLevel.NONE;
            });
        }
        return best;
    }

    /** The cumulative services a remediation grants for at least this level. */
    public static String grantFor(AccessLevel level) {
        return switch (level) {
            case NONE -> "";
            case EXECUTE -> "EXECUTE";
            case READ -> "READ";
            case UPDATE -> "READ,UPDATE";
            case CONTROL, ALTER -> "READ,UPDATE,DELETE";
        };
    }
}
