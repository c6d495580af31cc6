package dev.esmscan.tss.access;

import dev.esmscan.model.AccessLevel;
import dev.esmscan.tss.data.TssData;
import dev.esmscan.tss.data.TssResourceClass;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the Resource Definition Table says of one class, as the decisions need it, with the
 * documented default where no {@code TSS LIST(RDT)} listing gives the class:
 * <ul>
 *   <li>MASK or NOMASK: IBMFAC is NOMASK by default (Broadcom KB 139476); DATASET is maskable
 *   (KB 5323); of any other class the default is not documented, so both readings are taken and
 *   each check keeps the conservative one;</li>
 *   <li>access levels and their bits: IBMFAC's documented list, {@code NONE(0000), CONTROL(0400),
 *   UPDATE(6000), READ(4000), WRITE(2000), ALL(FFFF)} (KB 139476, KB 222146), for a class no
 *   listing gives;</li>
 *   <li>MERGE and DEFPROT: absent unless listed;</li>
 *   <li>DEFACC: READ unless listed (IBMFAC's documented DEFACC, KB 139476).</li>
 * </ul>
 */
final class TssClassRules {
    /** IBMFAC's access levels as KB 139476 lists them. */
    static final Map<String, Integer> DOCUMENTED_LEVELS = documentedLevels();

    private final String tssClass;
    private final Optional<TssResourceClass> rdt;

    TssClassRules(TssData data, String tssClass) {
        this.tssClass = tssClass;
        this.rdt = data.resourceClass(tssClass);
    }

    private static Map<String, Integer> documentedLevels() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("NONE", 0x0000);
        m.put("CONTROL", 0x0400);
        m.put("UPDATE", 0x6000);
        m.put("READ", 0x4000);
        m.put("WRITE", 0x2000);
        m.put("ALL", 0xFFFF);
        return m;
    }

    String tssClass() { return tssClass; }
    boolean listed() { return rdt.isPresent(); }

    /** MASK (true) or NOMASK (false); empty when neither the listing nor a documented default says. */
    Optional<Boolean> maskable() {
        Optional<Boolean> listed = rdt.flatMap(TssResourceClass::maskable);
        if (listed.isPresent()) {
            return listed;
        }
        return switch (tssClass) {
            case "IBMFAC" -> Optional.of(false);
            case "DATASET" -> Optional.of(true);
            default -> Optional.empty();
        };
    }

    /** How MASK or NOMASK was found, for evidence. */
    String maskingSource() {
        if (rdt.flatMap(TssResourceClass::maskable).isPresent()) {
            return "the RDT lists " + tssClass + " " + (maskable().orElseThrow() ? "MASK" : "NOMASK");
        }
        return switch (tssClass) {
            case "IBMFAC" -> "IBMFAC is NOMASK by default (no RDT listing says otherwise)";
            case "DATASET" -> "DATASET is maskable";
            default -> "no RDT listing says whether " + tssClass + " is MASK or NOMASK";
        };
    }

    boolean merge() { return rdt.map(TssResourceClass::isMerge).orElse(false); }
    boolean defaultProtected() { return rdt.map(TssResourceClass::isDefaultProtected).orElse(false); }

    /** The class's access levels with their bits: the listing's, else IBMFAC's documented ones. */
    Map<String, Integer> levels() {
        Map<String, Integer> listed = rdt.map(TssResourceClass::accessLevels).orElse(Map.of());
        return listed.isEmpty() ? DOCUMENTED_LEVELS : listed;
    }

    boolean levelsListed() {
        return rdt.map(c -> !c.accessLevels().isEmpty()).orElse(false);
    }

    /** The DEFACC as written, else READ. */
    String defaultAccess() {
        return rdt.map(TssResourceClass::defaultAccess).orElse("READ");
    }

    boolean defaultAccessListed() {
        return rdt.map(TssResourceClass::defaultAccess).isPresent();
    }

    /** The bits a list of access level names holds; null when a name is not a level of the class. */
    Integer bits(List<String> names) {
        int bits = 0;
        for (String n : names) {
            Integer b = levels().get(n.toUpperCase(Locale.ROOT));
            if (b == null) {
                return null;
            }
            bits |= b;
        }
        return bits;
    }

    /** The Top Secret level a SAF request asks for: ALTER is ALL, EXECUTE is READ when the class has no EXECUTE. */
    String levelFor(AccessLevel requested) {
        return switch (requested) {
            case NONE -> "NONE";
            case EXECUTE -> levels().containsKey("EXECUTE") ? "EXECUTE" : "READ";
            case READ -> "READ";
            case UPDATE -> "UPDATE";
            case CONTROL -> "CONTROL";
            case ALTER -> "ALL";
        };
    }

    /** The bits a request needs; the class's ALL (every bit) when the class lacks the level. */
    int need(AccessLevel requested) {
        Integer b = levels().get(levelFor(requested));
        return b != null ? b : levels().getOrDefault("ALL", 0xFFFF);
    }

    static String hex(int bits) {
        return String.format("%04X", bits);
    }
}
