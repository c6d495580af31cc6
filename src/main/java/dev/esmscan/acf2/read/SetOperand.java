package dev.esmscan.acf2.read;

import dev.esmscan.acf2.db.RecordKind;
import dev.esmscan.acf2.read.Acf2Operands.Operand;
import java.util.List;
import java.util.Locale;

/**
 * What an ACF {@code SET} subcommand selects: {@code SET LID}, {@code SET CONTROL(GSO)},
 * {@code SET PROFILE(USER|GROUP) DIV(OMVS)}, {@code SET X(ROL)}, {@code SET RESOURCE(type)} (also
 * {@code SET R(type)}) or {@code SET RULE}.
 */
public record SetOperand(RecordKind kind, String type) {

    /** The selection, or null when the operands select something esmscan does not keep. */
    public static SetOperand of(List<Operand> ops) {
        if (ops.isEmpty()) {
            return null;
        }
        Operand first = ops.get(0);
        String value = first.value() == null ? null : first.value().toUpperCase(Locale.ROOT);
        switch (first.name()) {
            case "LID", "LOGONID":
                return first.bare() ? new SetOperand(RecordKind.LOGONID, null) : null;
            case "CONTROL", "C":
                return "GSO".equals(value) ? new SetOperand(RecordKind.GSO, null) : null;
            case "X", "XREF":
                return "ROL".equals(value) ? new SetOperand(RecordKind.ROLE, null) : null;
            case "RESOURCE", "R":
                return value != null && value.matches("[A-Z0-9@#$]{1,3}") ? new SetOperand(RecordKind.RESOURCE_RULE, value) : null;
            case "RULE":
                return first.bare() ? new SetOperand(RecordKind.DATASET_RULE, null) : null;
            case "PROFILE", "P":
                String div = ops.stream().filter(o -> !o.bare() && (o.name().equals("DIV") || o.name().equals("DIVISION")))
                        .map(Operand::value)
                        .findFirst().orElse(null);
                if (div == null || !div.equalsIgnoreCase("OMVS")) {
                    return null;
                }
                if ("USER".equals(value)) {
                    return new SetOperand(RecordKind.OMVS_USER, null);
                }
                return "GROUP".equals(value) ? new SetOperand(RecordKind.OMVS_GROUP, null) : null;
            default:
                return null;
        }
    }
}
