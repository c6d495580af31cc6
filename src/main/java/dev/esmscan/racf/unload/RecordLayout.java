package dev.esmscan.racf.unload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The layout of one IRRDBU00 record type: its type code, IBM field-name prefix and fields in column order. */
public final class RecordLayout {
    private final String type;
    private final String prefix;
    private final List<Field> fields;
    private final Map<String, Field> byName = new LinkedHashMap<>();

    public RecordLayout(String type, String prefix, List<Field> fields) {
        this.type = type;
        this.prefix = prefix;
        this.fields = List.copyOf(fields);
        for (Field f : this.fields) {
            if (!f.name().startsWith(prefix + "_")) {
                throw new IllegalArgumentException(f.name() + " does not belong to " + prefix);
            }
            byName.put(f.name(), f);
        }
    }

    public String type() { return type; }
    public String prefix() { return prefix; }
    public List<Field> fields() { return fields; }

    /** The field with this IBM name; throws when the layout has none (a programming error). */
    public Field field(String name) {
        Field f = byName.get(name);
        if (f == null) {
            throw new IllegalArgumentException(type + " has no field " + name);
        }
        return f;
    }

    public boolean hasField(String name) {
        return byName.containsKey(name);
    }

    @Override
    public String toString() {
        return type + " (" + prefix + ")";
    }
}
