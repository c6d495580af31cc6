package dev.esmscan.tss.remediation;

import dev.esmscan.tss.TssNames;
import java.util.Map;

/**
 * Values a Top Secret job needs that no extract holds: the ACID that owns new resources
 * ({@code TSS ADD(owner) IBMFAC(...)}), the department new ACIDs go into, and the UID or GID
 * of new z/OS UNIX identities. Each defaults to a visible placeholder, like the documentation's
 * {@code owner-acid}, that Top Secret refuses, so an unconfigured job fails instead of
 * inventing an ACID or a number.
 */
public record TssSiteValues(String ownerAcid, String department, Map<String, Long> unixIds) {
    public static final String OWNER_PLACEHOLDER = "owner-acid";
    public static final String DEPARTMENT_PLACEHOLDER = "<DEPARTMENT>";

    public TssSiteValues {
        unixIds = Map.copyOf(unixIds);
        if (!OWNER_PLACEHOLDER.equals(ownerAcid)) {
            TssNames.checkAcid(ownerAcid).ifPresent(r -> {
                throw new IllegalArgumentException("owner ACID: " + r);
            });
        }
        if (!DEPARTMENT_PLACEHOLDER.equals(department)) {
            TssNames.checkAcid(department).ifPresent(r -> {
                throw new IllegalArgumentException("department: " + r);
            });
        }
    }

    public static TssSiteValues placeholders() {
        return new TssSiteValues(OWNER_PLACEHOLDER, DEPARTMENT_PLACEHOLDER, Map.of());
    }

    /** The UID or GID configured for an ACID, else the placeholder {@code <ACID_ID>}. */
    public String unixId(String acid) {
        Long id = unixIds.get(acid);
        return id == null ? "<" + acid + "_ID>" : String.valueOf(id);
    }
}
