package dev.esmscan.acf2.db;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One ACF2 record other than a rule set: a logonid, an OMVS profile record, a GSO record or an
 * X(ROL) role record. ACF2 prints every such record as {@code KEYWORD(value)} fields and bare
 * attribute words; both are kept as read, upper-cased keywords, values verbatim.
 */
public final class Acf2Record {
    private final String recid;
    private final Map<String, String> fields = new TreeMap<>();
    private final Set<String> flags = new TreeSet<>();

    public Acf2Record(String recid) {
        this.recid = recid;
    }

    public Acf2Record copy() {
        Acf2Record r = new Acf2Record(recid);
        r.fields.putAll(fields);
        r.flags.addAll(flags);
        return r;
    }

    public String recid() { return recid; }
    public Map<String, String> fields() { return fields; }
    public Set<String> flags() { return flags; }

    public String field(String name) { return fields.get(name); }
    public boolean has(String flag) { return flags.contains(flag); }

    String dump() {
        StringBuilder sb = new StringBuilder(recid);
        fields.forEach((k, v) -> sb.append(' ').append(k).append('(').append(v).append(')'));
        flags.forEach(f -> sb.append(' ').append(f));
        return sb.toString();
    }
}
