package dev.esmscan.acf2.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One ACF2 rule set: its $KEY, resource type (null for a data set rule), control statements and
 * entries in the order written (ACF2 sorts them when it compiles, unless $NOSORT).
 */
public final class RuleSet {
    private final String type;
    private final String key;
    private boolean roleset;
    private boolean nosort;
    private String mode;
    private String storedBy;
    private final Map<String, String> controls = new TreeMap<>();
    private final List<RuleEntry> entries = new ArrayList<>();

    public RuleSet(String type, String key) {
        this.type = type;
        this.key = key;
    }

    public RuleSet copy() {
        RuleSet r = new RuleSet(type, key);
        r.roleset = roleset;
        r.nosort = nosort;
        r.mode = mode;
        r.storedBy = storedBy;
        r.controls.putAll(controls);
        r.entries.addAll(entries);
        return r;
    }

    /** The resource type, e.g. FAC; null for a data set rule. */
    public String type() { return type; }
    public String key() { return key; }
    public boolean isRoleset() { return roleset; }
    public void setRoleset(boolean roleset) { this.roleset = roleset; }
    public boolean isNosort() { return nosort; }
    public void setNosort(boolean nosort) { this.nosort = nosort; }
    /** $MODE of the rule set (ABORT, WARN, LOG, QUIET), or null. */
    public String mode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public String storedBy() { return storedBy; }
    public void setStoredBy(String storedBy) { this.storedBy = storedBy; }
    /** Other control statements ($USERDATA, $UIDOWNER, $OWNER, ...) with their values. */
    public Map<String, String> controls() { return controls; }
    public List<RuleEntry> entries() { return entries; }

    /** How the rule set is named in evidence: {@code $KEY(BPX) TYPE(FAC)}. */
    public String describe() {
        return "$KEY(" + key + ")" + (type == null ? "" : " TYPE(" + type + ")");
    }

    String dump() {
        StringBuilder sb = new StringBuilder("rule " + (type == null ? "DATASET" : type) + " " + key
                + " roleset=" + roleset + " nosort=" + nosort + " mode=" + mode + " storedBy=" + storedBy);
        controls.forEach((k, v) -> sb.append(' ').append(k).append('(').append(v).append(')'));
        for (int i = 0; i < entries.size(); i++) {
            sb.append('\n').append("rule ").append(type == null ? "DATASET" : type).append(' ').append(key)
                    .append(" entry ").append(i).append(' ').append(entries.get(i).text());
        }
        return sb.toString();
    }
}
