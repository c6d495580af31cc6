package dev.esmscan.tss.remediation;

import dev.esmscan.tss.TssNames;
import java.util.Map;
import java.util.Optional;

/**
 * Values a Top Secret job needs that no extract holds: the ACID that owns new resources
 * ({@code TSS ADD(owner) IBMFAC(...)}), the department new ACIDs go into, and the UID or GID of
 * new z/OS UNIX identities. The owner and department default to visible placeholders, like the
 * documentation's {@code owner-acid}, that Top Secret refuses, so an unconfigured job fails
 * instead of inventing an ACID. A UID or GID is never a placeholder: it is a configured number,
 * or {@code ?} when the site has a default UID and GID range (Top Secret then assigns the first
 * unused one), or, without either, a person must choose it.
 *
 * @param defaultIdRange the site's Top Secret assigns UIDs and GIDs itself ({@code UID(?)},
 *                       {@code GID(?)}: esmscan.yaml {@code tssDefaultIdRange: true})
 */
public record TssSiteValues(String ownerAcid, String department, Map<String, Long> unixIds, boolean defaultIdRange) {
    public static final String OWNER_PLACEHOLDER = "owner-acid";
    public static final String DEPARTMENT_PLACEHOLDER = "<DEPARTMENT>";
    /** What Top Secret takes for "assign one yourself" in UID and GID. */
    public static final String AUTO = "?";

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

    public TssSiteValues(String ownerAcid, String department, Map<String, Long> unixIds) {
        this(ownerAcid, department, unixIds, false);
    }

    public static TssSiteValues placeholders() {
        return new TssSiteValues(OWNER_PLACEHOLDER, DEPARTMENT_PLACEHOLDER, Map.of(), false);
    }

    /** The UID or GID for an ACID: the configured number, else {@value #AUTO} when the site has a default range, else empty. */
    public Optional<String> unixId(String acid) {
        Long id = unixIds.get(acid);
        if (id != null) {
            return Optional.of(String.valueOf(id));
        }
        return defaultIdRange ? Optional.of(AUTO) : Optional.empty();
    }
}
