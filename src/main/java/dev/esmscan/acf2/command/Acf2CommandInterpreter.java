package dev.esmscan.acf2.command;

import dev.esmscan.acf2.Acf2Projection;
import dev.esmscan.acf2.db.Acf2Database;
import dev.esmscan.acf2.db.Acf2Record;
import dev.esmscan.acf2.db.RecordKind;
import dev.esmscan.acf2.db.RuleEntry;
import dev.esmscan.acf2.db.RuleSet;
import dev.esmscan.acf2.read.Acf2Operands;
import dev.esmscan.acf2.read.Acf2Operands.Operand;
import dev.esmscan.acf2.read.RecordText;
import dev.esmscan.acf2.read.RuleEntryParser;
import dev.esmscan.acf2.read.RuleTextParser;
import dev.esmscan.acf2.read.SetOperand;
import dev.esmscan.model.SecurityModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies ACF subcommands to a model under construction, as ACF2 would: {@code SET} selects the
 * record family, {@code INSERT}/{@code CHANGE}/{@code DELETE} work on its records, {@code RECKEY
 * key ADD(line)/DEL(line)} edits a rule set (creating it on the first ADD, a role rule set when
 * that line names a role; removing it when its last line goes), {@code COMPILE} reads rule text up
 * to a blank line and {@code STORE} stores it. {@code ACF}, {@code END}, {@code LIST}, {@code SHOW},
 * {@code DECOMP} and operator commands ({@code F ACF2,...}) change nothing. AUTOUID and AUTOGID
 * take the lowest value from 1000 up that no OMVS profile of the model holds. On CHANGE,
 * {@code NO<name>} removes an attribute or a field (the ACF convention for attributes; assumed for
 * profile fields). Every subcommand ACF2 would reject is reported with its line and not applied.
 */
public final class Acf2CommandInterpreter {
    static final long FIRST_AUTO_ID = 1000;

    /** A subcommand not applied, with its line. */
    public record Problem(int line, String message) {
    }

    private final SecurityModel.Builder model;
    private final Acf2Database db;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Long> verbs = new java.util.TreeMap<>();
    private RecordKind context;
    private String resourceType;
    private boolean awaitingRuleText;
    private RuleTextParser.Draft compiling;
    private boolean compileStores;
    private RuleSet compiled;

    public Acf2CommandInterpreter(SecurityModel.Builder model) {
        this.model = model;
        this.db = model.extension(Acf2Database.class, Acf2Database::new);
    }

    /** Applies every subcommand of the text, then projects the neutral model. */
    public List<Problem> apply(String text) {
        for (Acf2CommandLines.Logical l : Acf2CommandLines.split(text)) {
            try {
                line(l);
            } catch (Acf2Operands.SyntaxException e) {
                problems.add(new Problem(l.line(), e.getMessage() + "; not applied"));
            }
        }
        endCompile(0);
        Acf2Projection.project(db, model);
        return List.copyOf(problems);
    }

    /** How many subcommands of each name were read. */
    public Map<String, Long> verbs() {
        return verbs;
    }

    private void line(Acf2CommandLines.Logical l) throws Acf2Operands.SyntaxException {
        String t = l.text();
        if (awaitingRuleText) {
            if (t.isEmpty()) {
                return;
            }
            awaitingRuleText = false;
            if (RuleTextParser.isKeyLine(t)) {
                compiling = RuleTextParser.start(t);
                return;
            }
            problems.add(new Problem(l.line(), "COMPILE is not followed by rule text starting with $KEY; nothing compiled"));
        }
        if (compiling != null) {
            if (t.isEmpty()) {
                endCompile(l.line());
                return;
            }
            if (t.startsWith("$") || l.indented()) {
                RuleTextParser.add(compiling, t);
                return;
            }
            endCompile(l.line());
        }
        if (t.isEmpty()) {
            return;
        }
        if (t.toUpperCase(Locale.ROOT).matches("(F|MODIFY)\\s+ACF2\\s*,.*")) {
            verbs.merge("F ACF2", 1L, Long::sum);
            return;
        }
        List<Operand> ops = Acf2Operands.parse(t);
        String verb = ops.get(0).name();
        List<Operand> rest = ops.subList(1, ops.size());
        verbs.merge(verb, 1L, Long::sum);
        switch (verb) {
            case "ACF", "END", "QUIT", "LIST", "SHOW", "DECOMP", "ROLES" -> { }
            case "SET", "T" -> set(l.line(), rest);
            case "INSERT", "I" -> insert(l.line(), rest);
            case "CHANGE", "CH" -> change(l.line(), rest);
            case "DELETE", "DEL" -> delete(l.line(), rest);
            case "RECKEY" -> reckey(l.line(), rest);
            case "COMPILE" -> compile(l.line(), rest);
            case "STORE" -> store(l.line());
            default -> problems.add(new Problem(l.line(), "unknown ACF subcommand " + verb + "; skipped"));
        }
    }

    private void set(int line, List<Operand> ops) {
        SetOperand set = SetOperand.of(ops);
        if (set == null) {
            problems.add(new Problem(line, "SET of a record family esmscan does not model; the subcommands up to the next SET are not applied"));
            context = null;
            return;
        }
        context = set.kind();
        resourceType = set.type();
    }

    private Map<String, Acf2Record> records(int line, String verb) {
        if (context == null || context == RecordKind.RESOURCE_RULE || context == RecordKind.DATASET_RULE) {
            problems.add(new Problem(line, verb + " needs SET LID, SET PROFILE, SET CONTROL(GSO) or SET X(ROL) before it"
                    + (context == null ? "" : " (the SET in effect selects rules)")));
            return null;
        }
        return db.records(context);
    }

    private void insert(int line, List<Operand> ops) {
        Map<String, Acf2Record> records = records(line, "INSERT");
        if (records == null || !hasRecid(line, ops, "INSERT")) {
            return;
        }
        String recid = ops.get(0).name();
        if (records.containsKey(recid)) {
            problems.add(new Problem(line, context + " record " + recid + " already exists; INSERT not applied"));
            return;
        }
        Acf2Record r = new Acf2Record(recid);
        RecordText.apply(r, ops.subList(1, ops.size()));
        autoIds(r);
        records.put(recid, r);
    }

    private void change(int line, List<Operand> ops) {
        Map<String, Acf2Record> records = records(line, "CHANGE");
        if (records == null || !hasRecid(line, ops, "CHANGE")) {
            return;
        }
        String recid = ops.get(0).name();
        Acf2Record r = records.get(recid);
        if (r == null) {
            problems.add(new Problem(line, context + " record " + recid + " does not exist; CHANGE not applied"));
            return;
        }
        List<Operand> rest = new ArrayList<>(ops.subList(1, ops.size()));
        String listOp = null;
        for (String op : List.of("ADD", "DEL", "REP")) {
            if (rest.removeIf(o -> o.bare() && o.name().equals(op))) {
                listOp = op;
            }
        }
        for (Operand o : rest) {
            if (o.bare() && o.name().startsWith("NO") && (r.has(o.name().substring(2)) || r.fields().containsKey(o.name().substring(2)))) {
                r.flags().remove(o.name().substring(2));
                r.fields().remove(o.name().substring(2));
            } else if (!o.bare() && listOp != null && !listOp.equals("REP")) {
                changeList(line, r, o, listOp);
            } else {
                RecordText.apply(r, List.of(o));
            }
        }
        autoIds(r);
    }

    private void changeList(int line, Acf2Record r, Operand o, String op) {
        Set<String> values = new LinkedHashSet<>(split(r.field(o.name())));
        for (String v : split(o.value())) {
            boolean changed = op.equals("ADD") ? values.add(v) : values.remove(v);
            if (!changed) {
                problems.add(new Problem(line, o.name() + " of " + r.recid() + (op.equals("ADD") ? " already holds " : " does not hold ") + v));
            }
        }
        if (values.isEmpty()) {
            r.fields().remove(o.name());
        } else {
            r.fields().put(o.name(), String.join(" ", values));
        }
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of() : List.of(list.trim().split("[\\s,]+"));
    }

    private void delete(int line, List<Operand> ops) {
        if (!hasRecid(line, ops, "DELETE")) {
            return;
        }
        String recid = ops.get(0).name();
        if (context == RecordKind.RESOURCE_RULE || context == RecordKind.DATASET_RULE) {
            Map<String, RuleSet> rules = context == RecordKind.DATASET_RULE ? db.datasetRules() : db.resourceRules();
            String key = context == RecordKind.DATASET_RULE ? recid : Acf2Database.ruleKey(resourceType, recid);
            if (rules.remove(key) == null) {
                problems.add(new Problem(line, "no rule set " + recid + (resourceType == null ? "" : " of TYPE(" + resourceType + ")")
                        + "; DELETE not applied"));
            }
            return;
        }
        Map<String, Acf2Record> records = records(line, "DELETE");
        if (records != null && records.remove(recid) == null) {
            problems.add(new Problem(line, context + " record " + recid + " does not exist; DELETE not applied"));
        }
    }

    private void reckey(int line, List<Operand> ops) throws Acf2Operands.SyntaxException {
        if (context != RecordKind.RESOURCE_RULE && context != RecordKind.DATASET_RULE) {
            problems.add(new Problem(line, "RECKEY needs SET RESOURCE(type) or SET RULE before it; not applied"));
            return;
        }
        if (!hasRecid(line, ops, "RECKEY")) {
            return;
        }
        String key = ops.get(0).written().toUpperCase(Locale.ROOT);
        String type = context == RecordKind.DATASET_RULE ? null : resourceType;
        for (Operand o : ops.subList(1, ops.size())) {
            if (o.name().equals("ADD") && o.value() != null) {
                RuleEntry e = RuleEntryParser.parse(o.value());
                RuleSet rule = type == null ? db.datasetRules().get(key) : db.resourceRule(type, key);
                if (rule == null) {
                    rule = new RuleSet(type, key);
                    rule.setRoleset(e.role() != null);
                    db.putRule(rule);
                }
                if (rule.entries().contains(e)) {
                    problems.add(new Problem(line, "rule " + rule.describe() + " already has the line '" + e.text() + "'; ADD not applied"));
                } else {
                    rule.entries().add(e);
                }
            } else if (o.name().equals("DEL") && o.value() != null) {
                RuleEntry e = RuleEntryParser.parse(o.value());
                RuleSet rule = type == null ? db.datasetRules().get(key) : db.resourceRule(type, key);
                if (rule == null || !rule.entries().remove(e)) {
                    problems.add(new Problem(line, "no line '" + e.text() + "' in $KEY(" + key + ")" + (type == null ? "" : " TYPE(" + type + ")")
                            + "; DEL not applied"));
                } else if (rule.entries().isEmpty()) {
                    if (type == null) {
                        db.datasetRules().remove(key);
                    } else {
                        db.resourceRules().remove(Acf2Database.ruleKey(type, key));
                    }
                }
            } else {
                problems.add(new Problem(line, "RECKEY operand " + o.written() + " is not ADD(...) or DEL(...); not applied"));
            }
        }
    }

    private void compile(int line, List<Operand> ops) {
        compiling = null;
        compileStores = ops.stream().anyMatch(o -> o.bare() && o.name().equals("STORE"));
        compiled = null;
        awaitingRuleText = true;
    }

    private void endCompile(int line) {
        if (compiling == null) {
            return;
        }
        String type = context == RecordKind.RESOURCE_RULE ? resourceType : null;
        compiled = compiling.build(type);
        compiling = null;
        if (compileStores) {
            db.putRule(compiled);
            compiled = null;
        }
    }

    private void store(int line) {
        if (compiled == null) {
            problems.add(new Problem(line, "STORE without a compiled rule set; not applied"));
            return;
        }
        db.putRule(compiled);
        compiled = null;
    }

    private boolean hasRecid(int line, List<Operand> ops, String verb) {
        if (ops.isEmpty() || !ops.get(0).bare()) {
            problems.add(new Problem(line, verb + " needs a record ID; not applied"));
            return false;
        }
        return true;
    }

    private void autoIds(Acf2Record r) {
        if (r.flags().remove("AUTOUID")) {
            r.fields().put("UID", Long.toString(next(db.omvsUsers(), "UID")));
        }
        if (r.flags().remove("AUTOGID")) {
            r.fields().put("GID", Long.toString(next(db.omvsGroups(), "GID")));
        }
    }

    private static long next(Map<String, Acf2Record> records, String field) {
        Set<Long> used = new java.util.HashSet<>();
        for (Acf2Record r : records.values()) {
            try {
                if (r.field(field) != null) {
                    used.add(Long.parseLong(r.field(field)));
                }
            } catch (NumberFormatException e) {
                // a non-numeric value blocks nothing
            }
        }
        long id = FIRST_AUTO_ID;
        while (used.contains(id)) {
            id++;
        }
        return id;
    }
}
