package dev.esmscan.acf2.read;

import dev.esmscan.acf2.db.Acf2Record;
import dev.esmscan.acf2.read.Acf2Operands.Operand;
import java.util.List;
import java.util.Locale;

/** Fields and attribute words of a record, as LIST shows them and INSERT takes them. */
public final class RecordText {

    private RecordText() {
    }

    /** Sets each {@code KEYWORD(value)} as a field and each bare word as an attribute. */
    public static void apply(Acf2Record r, List<Operand> ops) {
        for (Operand o : ops) {
            if (o.bare()) {
                r.flags().add(o.name().toUpperCase(Locale.ROOT));
            } else {
                r.fields().put(o.name(), o.value());
            }
        }
    }
}
