package dev.esmscan.acf2.db;

import dev.esmscan.model.ModelExtension;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an ACF2 site's extracts and commands say, kept as ACF2 keeps it: logonids, OMVS profile
 * records, GSO records, roles and rule sets. The neutral model is projected from it
 * ({@link Acf2Projection}); the ACF2 resolver decides access from it.
 */
public final class Acf2Database implements ModelExtension {
    private final Map<String, Acf2Record> logonids = new TreeMap<>();
    private final Map<String, Acf2Record> omvsUsers = new TreeMap<>();
    private final Map<String, Acf2Record> omvsGroups = new TreeMap<>();
    private final Map<String, Acf2Record> gso = new TreeMap<>();
    private final Map<String, Acf2Record> roles = new TreeMap<>();
    private final Map<String, RuleSet> resourceRules = new TreeMap<>();
    private final Map<String, RuleSet> datasetRules = new TreeMap<>();

    @Override
    public Acf2Database copy() {
        Acf2Database d = new Acf2Database();
        copyInto(logonids, d.logonids);
        copyInto(omvsUsers, d.omvsUsers);
        copyInto(omvsGroups, d.omvsGroups);
        copyInto(gso, d.gso);
        copyInto(roles, d.roles);
        resourceRules.forEach((k, v) -> d.resourceRules.put(k, v.copy()));
        datasetRules.forEach((k, v) -> d.datasetRules.put(k, v.copy()));
        return d;
    }

    private static void copyInto(Map<String, Acf2Record> from, Map<String, Acf2Record> to) {
        from.forEach((k, v) -> to.put(k, v.copy()));
    }

    /** The records of one family, by record ID (rule sets excluded). */
    public Map<String, Acf2Record> records(RecordKind kind) {
        return switch (kind) {
            case LOGONID -> logonids;
            case OMVS_USER -> omvsUsers;
            case OMVS_GROUP -> omvsGroups;
            case GSO -> gso;
            case ROLE -> roles;
            default -> throw new IllegalArgumentException(kind + " holds rule sets, not records");
        };
    }

    public Map<String, Acf2Record> logonids() { return logonids; }
    public Map<String, Acf2Record> omvsUsers() { return omvsUsers; }
    public Map<String, Acf2Record> omvsGroups() { return omvsGroups; }
    public Map<String, Acf2Record> gso() { return gso; }
    public Map<String, Acf2Record> roles() { return roles; }

    /** Resource rule sets by {@link #ruleKey}. */
    public Map<String, RuleSet> resourceRules() { return resourceRules; }
    /** Data set rule sets by $KEY. */
    public Map<String, RuleSet> datasetRules() { return datasetRules; }

    public static String ruleKey(String type, String key) {
        return type + " " + key;
    }

    public RuleSet resourceRule(String type, String key) {
        return resourceRules.get(ruleKey(type, key));
    }

    public void putRule(RuleSet rule) {
        if (rule.type() == null) {
            datasetRules.put(rule.key(), rule);
        } else {
            resourceRules.put(ruleKey(rule.type(), rule.key()), rule);
        }
    }

    @Override
    public String dump() {
        StringBuilder sb = new StringBuilder();
        dump(sb, "acf2 logonid ", logonids);
        dump(sb, "acf2 omvs-user ", omvsUsers);
        dump(sb, "acf2 omvs-group ", omvsGroups);
        dump(sb, "acf2 gso ", gso);
        dump(sb, "acf2 role ", roles);
        resourceRules.values().forEach(r -> r.dump().lines().forEach(l -> sb.append("acf2 ").append(l).append('\n')));
        datasetRules.values().forEach(r -> r.dump().lines().forEach(l -> sb.append("acf2 ").append(l).append('\n')));
        return sb.toString();
    }

    private static void dump(StringBuilder sb, String prefix, Map<String, Acf2Record> records) {
        records.values().forEach(r -> sb.append(prefix).append(r.dump()).append('\n'));
    }
}
