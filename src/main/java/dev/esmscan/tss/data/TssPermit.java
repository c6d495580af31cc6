package dev.esmscan.tss.data;

import dev.esmscan.model.AccessLevel;
import java.util.List;

/**
 * One resource permit of an ACID (or of the ALL record): {@code TSS PERMIT(acid) class(resource)
 * ACCESS(levels) ACTION(action)}. An empty level list means the permit named no ACCESS, so the
 * class's default access (RDT DEFACC) applies.
 *
 * @param tssClass  the Top Secret resource class (IBMFAC, APPL, ...)
 * @param resource  the resource as permitted: a prefix, or a mask when it holds a mask character
 * @param levels    the ACCESS values as written (READ, UPDATE, CONTROL, ALL, NONE, ...)
 * @param action    the ACTION value (FAIL, ...) or null
 */
public record TssPermit(String tssClass, String resource, List<String> levels, String action) {

    public TssPermit {
        levels = List.copyOf(levels);
    }

    /** True when the permit named an access level. */
    public boolean hasAccess() {
        return !levels.isEmpty();
    }

    /**
     * The highest SAF level among the written values (ALL is ALTER); NONE when the list holds
     * NONE or only values that are no SAF level; null when the permit named no ACCESS.
     */
    public AccessLevel safLevel() {
        if (levels.isEmpty()) {
            return null;
        }
        AccessLevel best = null;
        for (String l : levels) {
            if ("NONE".equals(l)) {
                return AccessLevel.NONE;
            }
            best = AccessLevel.max(best, AccessLevel.parse(l));
        }
        return best == null ? AccessLevel.NONE : best;
    }

    String dump() {
        return tssClass + " " + resource + " access=" + String.join(",", levels) + " action=" + action;
    }
}
