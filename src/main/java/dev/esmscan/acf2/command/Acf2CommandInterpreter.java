package dev.esmscan.acf2.command;

import dev.esmscan.acf2.Acf2Projection;
import dev.esmscan.acf2.access.ClassMapping;
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
import dev.esmscan.input.Reach;
import dev.esmscan.model.SecurityModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Applies a stream of ACF subcommands to a model under construction, as ACF2 would, and says of
 * every line what it did:
 * <ul>
 *   <li>{@code SET} selects the record family; {@code INSERT}/{@code CHANGE}/{@code DELETE} work on
 *       its records; {@code RECKEY key ADD(line)/DEL(line)} edits a rule set (creating it on the
 *       first ADD, a role rule set when that line names a role; removing it when its last line
 *       goes); {@code COMPILE} reads rule text up to a blank line and {@code STORE} stores it;</li>
 *   <li>a subcommand ACF2 itself refuses (an INSERT of a record that exists, a CHANGE, DELETE or
 *       RECKEY DEL of one that does not, ...) changes nothing: a notice of kind
 *       {@value #REFUSED};</li>
 *   <li>what changes nothing is a notice too: the {@code ACF} line, {@code END}, operator commands
 *       ({@code F ACF2,REBUILD(..)}, {@code REFRESH}, {@code NEWXREF}) and a second copy of what is
 *       already there ({@value #NO_EFFECT}), {@code LIST}/{@code SHOW}/{@code DECOMP}/{@code ROLES}
 *       ({@value #LISTING}), runs of {@code *} comment lines and slash-asterisk comments over
 *       several lines ({@value #COMMENT}); blank lines say nothing;</li>
 *   <li>what esmscan cannot model is a problem of kind {@value #NOT_MODELLED}, reaching only
 *       what the record family could change: logonid, profile and role records the identities;
 *       GSO STC records STARTED; a resource rule the classes its type maps to; a data set rule
 *       DATASET; anything else everything.</li>
 * </ul>
 * AUTOUID and AUTOGID take the lowest value from 1000 up that no OMVS profile of the model holds:
 * a stand-in for the value ACF2 assigns from the GSO AUTOIDOM record's ranges, said in an
 * assumption. On CHANGE, {@code NO<name>} removes an attribute or a field.
 */
public final class Acf2CommandInterpreter {
    static final long FIRST_AUTO_ID = 1000;
    public static final String REFUSED = "refused";
    public static final String LISTING = "listing";
    public static final String NO_EFFECT = "no effect";
    public static final String COMMENT = "comment";
    public static final String NOT_MODELLED = "not modelled";
    /**
     * What ACF prints when the record a subcommand names is not there: seen verbatim for a GSO
     * DELETE in Zowe's test runs (zowe-install-packaging issue #1734); taken for every record a
     * DELETE, CHANGE or RECKEY looks up, as they share the lookup.
     */
    static final String NOT_FOUND = "ACF0A005 RECORD(S) NOT FOUND";
    /** KB 26426: a rule entry with its own qualifiers in a rule set whose $KEY holds a period. */
    static final String SECOND_LEVEL = "ACF70041 SECOND LEVEL QUALIFIER NOT ALLOWED WITHIN THIS RULESET";
    private static final Pattern OPERATOR = Pattern.compile("(?i)(F|MODIFY)\\s+ACF2\\s*,.*");
    /**
     * A JCL symbol ({@code &ADMINGRP.}) or a Zowe placeholder ({@code {zowe.setup.security.users.zowe}})
     * left in the text: the job fills it before ACF2 reads the line, so the value is unknown here.
     */
    private static final Pattern UNRESOLVED = Pattern.compile("&[A-Za-z@#$][A-Za-z0-9@#$]{0,7}\\.?|\\{zowe\\.[^}\\s]*}");
    private static final Set<String> CHANGING = Set.of("SET", "T", "INSERT", "I", "CHANGE", "CH", "DELETE", "DEL", "RECKEY", "COMPILE", "STORE");

    /** A subcommand or part of one esmscan could not model, and what it could have changed. */
    public record Problem(int line, String kind, String message, Reach reach) {
    }

    /** A line that changes nothing, or changes it in a way every reading agrees on. */
    public record Notice(int line, String kind, String message) {
    }

    /** What the stream did besides changing the model. */
    public record Result(List<Problem> problems, List<Notice> notices, List<String> assumptions) {
    }

    private final SecurityModel.Builder model;
    private final Acf2Database db;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final List<String> autoIds = new ArrayList<>();
    private final Map<String, Long> verbs = new TreeMap<>();
    private RecordKind context;
    private String resourceType;
    /** The family an unmodelled SET selected (e.g. "SET ENTRY"), and what its records reach. */
    private String unknownSet;
    private Reach unknownReach;
    private boolean afterEnd;
    private boolean awaitingRuleText;
    private RuleTextParser.Draft compiling;
    private int compileLine;
    private boolean compileStores;
    private boolean compileAttempted;
    private RuleSet compiled;
    private String compileSymbol;

    public Acf2CommandInterpreter(SecurityModel.Builder model) {
        this.model = model;
        this.db = model.extension(Acf2Database.class, Acf2Database::new);
    }

    /** Applies every subcommand of the text and projects the neutral model; only what could not be modelled. */
    public List<Problem> apply(String text) {
        return interpret(text).problems();
    }

    /** Applies every subcommand of the text, then projects the neutral model; what the stream did besides. */
    public Result interpret(String text) {
        Acf2CommandLines.Split split = Acf2CommandLines.split(text);
        split.comments().forEach(c -> notices.add(new Notice(c.firstLine(), COMMENT,
                "a comment from line " + c.firstLine() + " to line " + c.lastLine())));
        List<Acf2CommandLines.Logical> lines = split.lines();
        for (int i = 0; i < lines.size(); i++) {
            Acf2CommandLines.Logical l = lines.get(i);
            if (l.form() == Acf2CommandLines.Form.COMMENT && !(compiling != null && l.indented())) {
                int last = l.lastLine();
                while (i + 1 < lines.size() && lines.get(i + 1).form() == Acf2CommandLines.Form.COMMENT
                        && lines.get(i + 1).line() == last + 1) {
                    last = lines.get(++i).lastLine();
                }
                notices.add(new Notice(l.line(), COMMENT, last == l.line() ? "an ACF2 comment line (*)"
                        : "ACF2 comment lines (*) from line " + l.line() + " to line " + last));
                continue;
            }
            try {
                line(l);
            } catch (Acf2Operands.SyntaxException e) {
                String[] words = l.text().split("\\s+");
                problem(l.line(), e.getMessage() + "; not applied", contextReach(words.length > 1 ? words[1] : null));
            }
        }
        endCompile();
        Acf2Projection.project(db, model);
        List<String> assumptions = new ArrayList<>();
        if (!autoIds.isEmpty()) {
            assumptions.add("AUTOUID/AUTOGID (" + String.join(", ", autoIds) + "): ACF2 assigns the value from the ranges of the GSO"
                    + " AUTOIDOM record when the subcommand runs (and refuses it when the site has no such record"
                    + (db.gso().containsKey("AUTOIDOM") ? "" : "; none was read here") + "); the value is not known offline."
                    + " esmscan holds a stand-in: the lowest from " + FIRST_AUTO_ID + " up that no other OMVS profile holds,"
                    + " so a requirement that needs a UID or GID counts it as present and not 0, and no conclusion rests on the number");
        }
        return new Result(List.copyOf(problems), List.copyOf(notices), assumptions);
    }

    /** How many subcommands of each name were read. */
    public Map<String, Long> verbs() {
        return verbs;
    }

    private void line(Acf2CommandLines.Logical l) throws Acf2Operands.SyntaxException {
        String t = l.text();
        int n = l.line();
        if (awaitingRuleText) {
            if (l.form() == Acf2CommandLines.Form.BLANK) {
                return;
            }
            awaitingRuleText = false;
            if (RuleTextParser.isKeyLine(t)) {
                compiling = RuleTextParser.start(t);
                return;
            }
            problem(compileLine, "COMPILE is not followed by rule text starting with $KEY; nothing compiled", contextReach(null));
        }
        if (compiling != null) {
            if (l.form() == Acf2CommandLines.Form.BLANK) {
                endCompile();
                return;
            }
            if (t.startsWith("$") || l.indented()) {
                RuleTextParser.add(compiling, t);
                java.util.regex.Matcher m = UNRESOLVED.matcher(t);
                if (m.find() && compileSymbol == null) {
                    compileSymbol = m.group();
                }
                return;
            }
            endCompile();
        }
        if (l.form() == Acf2CommandLines.Form.BLANK) {
            return;
        }
        if (OPERATOR.matcher(t).matches()) {
            verbs.merge("F ACF2", 1L, Long::sum);
            notices.add(new Notice(n, NO_EFFECT, t + ": an operator command; ACF2 reloads what it holds in storage"
                    + " (or answers ACF60055 when the submitter may not issue it) and the database stays as it is"));
            return;
        }
        List<Operand> ops = Acf2Operands.parse(t);
        String verb = ops.get(0).name();
        List<Operand> rest = ops.subList(1, ops.size());
        verbs.merge(verb, 1L, Long::sum);
        java.util.regex.Matcher unresolved = UNRESOLVED.matcher(t);
        if (!afterEnd && CHANGING.contains(verb) && unresolved.find()) {
            String why = t + ": " + unresolved.group() + " is not filled in (the job substitutes it before ACF2 reads the line),"
                    + " so what this changes is unknown; fill it, or give the whole job, and scan again";
            if (verb.equals("SET") || verb.equals("T")) {
                set(rest);
                if (unknownSet == null) {
                    unknownSet = "SET with " + unresolved.group();
                    unknownReach = contextReach(null);
                }
                notices.add(new Notice(n, NO_EFFECT, why.replace("what this changes", "what the subcommands after it change")));
                return;
            }
            problem(n, why + "; not applied", contextReach(rest.isEmpty() ? null : rest.get(0).name()));
            return;
        }
        if (afterEnd) {
            if (verb.equals("ACF")) {
                afterEnd = false;
                notices.add(new Notice(n, NO_EFFECT, "ACF: starts ACF2's subcommand processor again"));
            } else {
                problem(n, t + ": after END this line is a TSO command, not an ACF subcommand; esmscan does not model it",
                        Reach.everything());
            }
            return;
        }
        switch (verb) {
            case "ACF" -> notices.add(new Notice(n, NO_EFFECT, "ACF: starts ACF2's subcommand processor"));
            case "END", "QUIT" -> {
                afterEnd = true;
                notices.add(new Notice(n, NO_EFFECT, verb + ": ends the ACF subcommands"));
            }
            case "LIST", "SHOW", "DECOMP", "ROLES" -> notices.add(new Notice(n, LISTING, t + ": reads without changing"));
            case "HELP" -> notices.add(new Notice(n, NO_EFFECT, t + ": shows help"));
            case "SET", "T" -> set(rest);
            case "INSERT", "I" -> insert(n, t, rest);
            case "CHANGE", "CH" -> change(n, t, rest);
            case "DELETE", "DEL" -> delete(n, t, rest);
            case "RECKEY" -> reckey(n, t, rest);
            case "COMPILE" -> compile(n, rest);
            case "STORE" -> store(n);
            default -> problem(n, "unknown ACF subcommand " + verb + "; esmscan does not model it", Reach.everything());
        }
    }

    private void set(List<Operand> ops) {
        SetOperand set = SetOperand.of(ops);
        endCompile();
        if (set == null) {
            context = null;
            resourceType = null;
            unknownSet = "SET " + ops.stream().map(Operand::written).reduce((a, b) -> a + " " + b).orElse("");
            boolean profile = !ops.isEmpty() && (ops.get(0).name().equals("PROFILE") || ops.get(0).name().equals("P"));
            unknownReach = profile ? Reach.identities() : Reach.everything();
            return;
        }
        unknownSet = null;
        unknownReach = null;
        context = set.kind();
        resourceType = set.type();
    }

    /** What a record of the current family could change; for GSO records, by record ID. */
    private Reach contextReach(String recid) {
        if (unknownSet != null) {
            return unknownReach;
        }
        if (context == null) {
            return Reach.everything();
        }
        return switch (context) {
            case LOGONID, OMVS_USER, OMVS_GROUP, ROLE -> Reach.identities();
            case GSO -> recid != null && recid.toUpperCase(Locale.ROOT).startsWith("STC.") ? Reach.classes("STARTED") : Reach.everything();
            case DATASET_RULE -> Reach.classes("DATASET");
            case RESOURCE_RULE -> ruleReach(resourceType);
        };
    }

    /** The classes a resource rule type maps to, through the CLASMAP records the model holds and ACF2's defaults. */
    private Reach ruleReach(String type) {
        Set<String> classes = new ClassMapping(db).classesOf(type);
        return classes.isEmpty() ? Reach.everything() : Reach.classes(classes.toArray(String[]::new));
    }

    private void problem(int line, String message, Reach reach) {
        problems.add(new Problem(line, NOT_MODELLED, message, reach));
    }

    private void refused(int line, String message) {
        notices.add(new Notice(line, REFUSED, message));
    }

    /** The records of the current family, or null (with a problem) when it holds none esmscan models. */
    private Map<String, Acf2Record> records(int line, String text, String verb) {
        if (unknownSet != null) {
            problem(line, text + ": " + unknownSet + " selects records esmscan does not model; not applied", unknownReach);
            return null;
        }
        if (context == null || context == RecordKind.RESOURCE_RULE || context == RecordKind.DATASET_RULE) {
            problem(line, text + ": " + verb + " needs SET LID, SET PROFILE, SET CONTROL(GSO) or SET X(ROL) before it"
                    + (context == null ? "" : " (the SET in effect selects rules)") + "; not applied", contextReach(null));
            return null;
        }
        return db.records(context);
    }

    private static String family(RecordKind kind) {
        return switch (kind) {
            case LOGONID -> "logonid";
            case OMVS_USER -> "OMVS user profile record";
            case OMVS_GROUP -> "OMVS group profile record";
            case GSO -> "GSO record";
            case ROLE -> "role record";
            case RESOURCE_RULE, DATASET_RULE -> "rule set";
        };
    }

    private void insert(int line, String text, List<Operand> ops) {
        Map<String, Acf2Record> records = records(line, text, "INSERT");
        if (records == null || !hasRecid(line, text, ops)) {
            return;
        }
        String recid = ops.get(0).name();
        List<Operand> rest = new ArrayList<>(ops.subList(1, ops.size()));
        boolean replace = context == RecordKind.GSO && rest.removeIf(o -> o.bare() && o.name().equals("REP"));
        if (records.containsKey(recid) && !replace) {
            refused(line, "INSERT " + recid + ": the " + family(context) + " " + recid + " already exists; ACF2 refuses the INSERT"
                    + " and the record stays as it is");
            return;
        }
        Acf2Record r = new Acf2Record(recid);
        RecordText.apply(r, rest);
        autoIds(line, r);
        records.put(recid, r);
    }

    private void change(int line, String text, List<Operand> ops) {
        Map<String, Acf2Record> records = records(line, text, "CHANGE");
        if (records == null || !hasRecid(line, text, ops)) {
            return;
        }
        String recid = ops.get(0).name();
        Acf2Record r = records.get(recid);
        if (r == null) {
            refused(line, "CHANGE " + recid + ": no " + family(context) + " " + recid + "; " + NOT_FOUND);
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
            if (o.bare() && o.name().startsWith("NO") && o.name().length() > 2 && !o.name().contains("-")) {
                String name = o.name().substring(2);
                r.flags().remove(name);
                r.fields().remove(name);
            } else if (!o.bare() && listOp != null && !listOp.equals("REP")) {
                changeList(line, r, o, listOp);
            } else {
                RecordText.apply(r, List.of(o));
            }
        }
        autoIds(line, r);
    }

    private void changeList(int line, Acf2Record r, Operand o, String op) {
        Set<String> values = new LinkedHashSet<>(split(r.field(o.name())));
        for (String v : split(o.value())) {
            boolean changed = op.equals("ADD") ? values.add(v) : values.remove(v);
            if (!changed) {
                notices.add(new Notice(line, NO_EFFECT, o.name() + " of " + r.recid() + (op.equals("ADD") ? " already holds " : " does not hold ")
                        + v + "; the record stays as it is"));
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

    private void delete(int line, String text, List<Operand> ops) {
        if (context == RecordKind.RESOURCE_RULE || context == RecordKind.DATASET_RULE) {
            if (!hasRecid(line, text, ops)) {
                return;
            }
            String key = ops.get(0).written().toUpperCase(Locale.ROOT);
            if (context == RecordKind.DATASET_RULE && key.contains(".")) {
                problem(line, text + ": a data set rule $KEY is a high-level qualifier; how ACF2 takes " + key
                        + " is not modelled; not applied", Reach.classes("DATASET"));
                return;
            }
            Map<String, RuleSet> rules = context == RecordKind.DATASET_RULE ? db.datasetRules() : db.resourceRules();
            String ruleKey = context == RecordKind.DATASET_RULE ? key : Acf2Database.ruleKey(resourceType, key);
            if (rules.remove(ruleKey) == null) {
                refused(line, "DELETE " + key + ": no rule set $KEY(" + key + ")" + (resourceType == null || context == RecordKind.DATASET_RULE
                        ? "" : " TYPE(" + resourceType + ")") + "; " + NOT_FOUND);
            }
            return;
        }
        Map<String, Acf2Record> records = records(line, text, "DELETE");
        if (records == null || !hasRecid(line, text, ops)) {
            return;
        }
        String recid = ops.get(0).name();
        if (records.remove(recid) == null) {
            refused(line, "DELETE " + recid + ": no " + family(context) + " " + recid + "; " + NOT_FOUND);
        }
    }

    private void reckey(int line, String text, List<Operand> ops) throws Acf2Operands.SyntaxException {
        if (unknownSet != null || (context != RecordKind.RESOURCE_RULE && context != RecordKind.DATASET_RULE)) {
            problem(line, text + ": RECKEY needs SET RESOURCE(type) or SET RULE before it; not applied", contextReach(null));
            return;
        }
        if (!hasRecid(line, text, ops)) {
            return;
        }
        String key = ops.get(0).written().toUpperCase(Locale.ROOT);
        String type = context == RecordKind.DATASET_RULE ? null : resourceType;
        if (type == null && key.contains(".")) {
            problem(line, text + ": a data set rule $KEY is a high-level qualifier; how ACF2 takes " + key
                    + " is not modelled; not applied", Reach.classes("DATASET"));
            return;
        }
        String where = "$KEY(" + key + ")" + (type == null ? "" : " TYPE(" + type + ")");
        for (Operand o : ops.subList(1, ops.size())) {
            if (o.name().equals("ADD") && o.value() != null) {
                RuleEntry e = RuleEntryParser.parse(o.value());
                if (type != null && key.contains(".") && !e.resource().isEmpty()) {
                    refused(line, "RECKEY " + key + " ADD(" + o.value() + "): " + SECOND_LEVEL + " ($KEY(" + key
                            + ") names the whole resource, so a line cannot add qualifiers)");
                    continue;
                }
                RuleSet rule = type == null ? db.datasetRules().get(key) : db.resourceRule(type, key);
                if (rule == null) {
                    rule = new RuleSet(type, key);
                    rule.setRoleset(e.role() != null);
                    db.putRule(rule);
                }
                if (rule.entries().contains(e)) {
                    notices.add(new Notice(line, NO_EFFECT, "RECKEY " + key + " ADD(" + o.value() + "): " + where
                            + " already has this line; a second copy changes no decision"));
                } else {
                    rule.entries().add(e);
                }
            } else if (o.name().equals("DEL") && o.value() != null) {
                RuleEntry e = RuleEntryParser.parse(o.value());
                RuleSet rule = type == null ? db.datasetRules().get(key) : db.resourceRule(type, key);
                if (rule == null) {
                    refused(line, "RECKEY " + key + " DEL(" + o.value() + "): no rule set " + where + "; " + NOT_FOUND);
                } else if (!rule.entries().remove(e)) {
                    refused(line, "RECKEY " + key + " DEL(" + o.value() + "): " + where + " has no such line"
                            + " (RECKEY deletes an exact match only); the rule set stays as it is");
                } else if (rule.entries().isEmpty()) {
                    if (type == null) {
                        db.datasetRules().remove(key);
                    } else {
                        db.resourceRules().remove(Acf2Database.ruleKey(type, key));
                    }
                }
            } else {
                problem(line, "RECKEY operand " + o.written() + " is not ADD(...) or DEL(...); not applied", contextReach(null));
            }
        }
    }

    private void compile(int line, List<Operand> ops) {
        endCompile();
        compileAttempted = true;
        compileLine = line;
        compileSymbol = null;
        compiled = null;
        compileStores = ops.stream().anyMatch(o -> o.bare() && o.name().equals("STORE"));
        boolean inline = ops.stream().allMatch(o -> o.bare() && (o.name().equals("STORE") || o.name().equals("*")));
        if (!inline) {
            problem(line, "COMPILE of rule text held elsewhere (" + ops.stream().map(Operand::written).filter(w -> !w.equalsIgnoreCase("STORE"))
                    .reduce((a, b) -> a + " " + b).orElse("") + "): esmscan cannot read it; not applied", contextReach(null));
            return;
        }
        awaitingRuleText = true;
    }

    private void endCompile() {
        awaitingRuleText = false;
        if (compiling == null) {
            return;
        }
        String type = context == RecordKind.RESOURCE_RULE ? resourceType : null;
        compiled = compiling.build(type);
        compiling = null;
        if (compileSymbol != null) {
            Reach reach = compiled.type() == null ? Reach.classes("DATASET") : ruleReach(compiled.type());
            problem(compileLine, "the rule text of " + compiled.describe() + " holds " + compileSymbol + ", not filled in (the job"
                    + " substitutes it before ACF2 reads the text), so what the rule grants is unknown", reach);
            compileSymbol = null;
        }
        if (compileStores) {
            db.putRule(compiled);
            compiled = null;
        }
    }

    private void store(int line) {
        endCompile();
        if (compiled == null) {
            if (!compileAttempted) {
                refused(line, "STORE: no rule text was compiled before it; nothing to store");
            }
            return;
        }
        db.putRule(compiled);
        compiled = null;
    }

    private boolean hasRecid(int line, String text, List<Operand> ops) {
        if (ops.isEmpty() || !ops.get(0).bare()) {
            problem(line, text + ": no record ID; not applied", contextReach(null));
            return false;
        }
        return true;
    }

    private void autoIds(int line, Acf2Record r) {
        if (r.flags().remove("AUTOUID")) {
            r.fields().put("UID", Long.toString(next(db.omvsUsers(), r.recid(), "UID")));
            autoIds.add("UID of " + r.recid() + " at line " + line);
        }
        if (r.flags().remove("AUTOGID")) {
            r.fields().put("GID", Long.toString(next(db.omvsGroups(), r.recid(), "GID")));
            autoIds.add("GID of " + r.recid() + " at line " + line);
        }
    }

    private static long next(Map<String, Acf2Record> records, String self, String field) {
        Set<Long> used = new java.util.HashSet<>();
        for (Acf2Record r : records.values()) {
            try {
                if (r.field(field) != null && !r.recid().equals(self)) {
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
