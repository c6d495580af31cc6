package dev.esmscan.racf.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keyword operands of a command or of one segment (OMVS(...), STDATA(...), WHEN(...)), resolved
 * to full names with TSO's abbreviation rule. Unknown and ambiguous names reject the command, as
 * TSO's parser would (IKJ56712I). Handlers read the operands they model; {@link #reportUnread()} then reports
 * the valid RACF operands esmscan does not model, so none is silently ignored.
 */
final class Operands {
    private final Execution execution;
    private final String label;
    private final Map<String, Operand> byName = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();

    Operands(Execution execution, String label, List<Operand> items, Keywords keywords, Keywords extra) {
        this.execution = execution;
        this.label = label;
        execution.register(this);
        for (Operand item : items) {
            if (item.quoted() || item.isBareList()) {
                execution.rejectOperand(item, "TSO rejects the operand " + item + where() + " (IKJ56712I INVALID KEYWORD, " + item + ")");
                continue;
            }
            Keywords.Resolution r = keywords.resolve(item.name());
            if (!r.resolved() && r.candidates().isEmpty()) {
                r = extra.resolve(item.name());
            }
            if (r.resolved()) {
                byName.put(r.name(), item);
            } else if (r.candidates().isEmpty()) {
                execution.rejectOperand(item, "unknown operand " + Execution.upper(item.name()) + where()
                        + " (IKJ56712I INVALID KEYWORD, " + Execution.upper(item.name()) + ")");
            } else {
                execution.rejectOperand(item, "operand " + Execution.upper(item.name()) + where()
                        + " is ambiguous: it may be any of " + r.candidates());
            }
        }
    }

    private String where() {
        return label.equals(execution.verb()) ? "" : " in " + label;
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    boolean present(String name) {
        return byName.containsKey(name);
    }

    /** A keyword without a value, such as SPECIAL; a value list after it rejects the command. */
    boolean flag(String name) {
        Operand o = byName.get(name);
        if (o == null) {
            return false;
        }
        read.add(name);
        if (o.hasValues()) {
            execution.reject(name + where() + " takes no value");
        }
        return true;
    }

    /** A keyword that may stand alone or carry values, e.g. REVOKE or REVOKE(date). */
    Optional<Operand> operand(String name) {
        Operand o = byName.get(name);
        if (o != null) {
            read.add(name);
        }
        return Optional.ofNullable(o);
    }

    /** The single value of KEYWORD(value), as written (case kept); a missing or compound value rejects the command. */
    Optional<String> value(String name) {
        return singleValue(name).map(Operand::name);
    }

    /** Data such as NAME or DATA: a quoted value as written, an unquoted one upper-cased. */
    Optional<String> text(String name) {
        return singleValue(name).map(Values::data);
    }

    private Optional<Operand> singleValue(String name) {
        Operand o = byName.get(name);
        if (o == null) {
            return Optional.empty();
        }
        read.add(name);
        if (!o.hasValues() || o.values().size() != 1 || o.values().get(0).hasValues()) {
            execution.reject(name + where() + " needs exactly one value");
            return Optional.empty();
        }
        return Optional.of(o.values().get(0));
    }

    Optional<String> upperValue(String name) {
        return value(name).map(Execution::upper);
    }

    /** The values of KEYWORD(a b c), upper-cased; an empty or nested list rejects the command. */
    Optional<List<String>> upperValues(String name) {
        Operand o = byName.get(name);
        if (o == null) {
            return Optional.empty();
        }
        read.add(name);
        if (!o.hasValues() || o.values().isEmpty()) {
            execution.reject(name + where() + " needs a value");
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (Operand v : o.values()) {
            if (v.hasValues()) {
                execution.reject("unexpected " + v + " in " + name + where());
                return Optional.empty();
            }
            values.add(Execution.upper(v.name()));
        }
        return Optional.of(values);
    }

    /** The operands inside SEGMENT(...), resolved against the segment's own names. */
    Optional<Operands> segment(String name, Keywords keywords) {
        Operand o = byName.get(name);
        if (o == null) {
            return Optional.empty();
        }
        read.add(name);
        List<Operand> inside = o.hasValues() ? o.values() : List.of();
        return Optional.of(new Operands(execution, label.equals(execution.verb()) ? name : label + " " + name,
                inside, keywords, Keywords.none()));
    }

    /** Rejects the command when both of two mutually exclusive operands are present. */
    void exclusive(String a, String b) {
        if (present(a) && present(b)) {
            execution.reject(a + " and " + b + where() + " exclude each other");
        }
    }

    /** Reports every operand given but not read: valid for RACF, not modelled by esmscan. */
    void reportUnread() {
        if (execution.rejected()) {
            return;
        }
        for (String name : byName.keySet()) {
            if (!read.contains(name)) {
                execution.notModelled("operand " + name + where() + " is not modelled by esmscan; ignored");
            }
        }
    }
}
