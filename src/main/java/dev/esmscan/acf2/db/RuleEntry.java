package dev.esmscan.acf2.db;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One entry of a resource rule set, e.g. {@code SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW}.
 *
 * @param resource   the resource mask extension after the $KEY ("" when the entry names none)
 * @param uid        the UID string mask, or null
 * @param role       the role, or null
 * @param user       the logonid, or null
 * @param services   the services the entry covers; empty means all services
 * @param action     ALLOW, LOG or PREVENT; null when the entry names none
 * @param conditions other environment keywords (SOURCE, SHIFT, UNTIL, NEXTKEY, data set access...) with their values
 */
public record RuleEntry(String resource, String uid, String role, String user, Set<String> services,
                        String action, Map<String, String> conditions) {

    public RuleEntry {
        services = Set.copyOf(services);
        conditions = Map.copyOf(conditions);
    }

    public boolean hasConditions() {
        return !conditions.isEmpty();
    }

    /** The entry as the compiler reads it, keywords in a fixed order. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        if (!resource.isEmpty()) {
            sb.append(resource);
        }
        if (uid != null) {
            part(sb, "UID(" + uid + ")");
        }
        if (user != null) {
            part(sb, "USER(" + user + ")");
        }
        if (role != null) {
            part(sb, "ROLE(" + role + ")");
        }
        if (!services.isEmpty()) {
            part(sb, "SERVICE(" + String.join(",", services.stream().sorted(RuleEntry::serviceOrder).toList()) + ")");
        }
        conditions.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> part(sb, e.getValue() == null ? e.getKey() : e.getKey() + "(" + e.getValue() + ")"));
        if (action != null) {
            part(sb, action);
        }
        return sb.toString();
    }

    private static int serviceOrder(String a, String b) {
        String order = "READ UPDATE DELETE ADD EXECUTE";
        int ia = order.indexOf(a.toUpperCase(Locale.ROOT));
        int ib = order.indexOf(b.toUpperCase(Locale.ROOT));
        if (ia < 0 || ib < 0) {
            return ia < 0 && ib < 0 ? a.compareTo(b) : ia < 0 ? 1 : -1;
        }
        return Integer.compare(ia, ib);
    }

    private static void part(StringBuilder sb, String s) {
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(s);
    }

    @Override
    public String toString() {
        return text();
    }
}
