package dev.esmscan.acf2.read;

import dev.esmscan.acf2.db.RuleEntry;
import dev.esmscan.acf2.db.RuleSet;
import dev.esmscan.acf2.read.Acf2Operands.Operand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule text in DECOMP / compiler form, one line at a time: {@code $KEY(key) [TYPE(t)]}, control
 * statements ({@code $TYPE}, {@code $ROLESET}, {@code $NOSORT}, {@code $MODE}, {@code $USERDATA},
 * {@code $UIDOWNER}, ...), a stored-by line as ACF LIST shows it, and entry lines.
 */
public final class RuleTextParser {
    private static final Pattern STORED = Pattern.compile("(?i)(?:^|\\s)STORED(?::|\\s+BY)\\s*(.*)$");

    /** A rule set being read: its type may follow the $KEY on a $TYPE line. */
    public static final class Draft {
        final String key;
        String type;
        boolean roleset;
        boolean nosort;
        String mode;
        String storedBy;
        final Map<String, String> controls = new LinkedHashMap<>();
        final List<RuleEntry> entries = new ArrayList<>();

        Draft(String key, String type) {
            this.key = key;
            this.type = type;
        }

        public String key() { return key; }
        public String type() { return type; }

        /** The rule set; its type is the draft's, else {@code defaultType} (null: a data set rule). */
        public RuleSet build(String defaultType) {
            RuleSet r = new RuleSet(type != null ? type : defaultType, key);
            r.setRoleset(roleset);
            r.setNosort(nosort);
            r.setMode(mode);
            r.setStoredBy(storedBy);
            r.controls().putAll(controls);
            r.entries().addAll(entries);
            return r;
        }
    }

    private RuleTextParser() {
    }

    public static boolean isKeyLine(String trimmed) {
        return trimmed.regionMatches(true, 0, "$KEY(", 0, 5);
    }

    /** The stored-by text of a line such as {@code STORED: 01/19/05-10:58 BY: TLCSLL} or {@code BPX STORED BY ZOWEAD3 ON ...}. */
    public static Optional<String> storedBy(String line) {
        Matcher m = STORED.matcher(line.trim());
        return m.find() && !line.trim().startsWith("$") ? Optional.of(m.group(1).trim()) : Optional.empty();
    }

    /** Starts a rule set from its $KEY line. */
    public static Draft start(String line) throws Acf2Operands.SyntaxException {
        List<Operand> ops = Acf2Operands.parse(line.trim());
        Operand first = ops.get(0);
        if (!first.name().equals("$KEY") || first.value() == null || first.value().isEmpty()) {
            throw new Acf2Operands.SyntaxException("$KEY needs a key");
        }
        Draft draft = new Draft(first.value().toUpperCase(Locale.ROOT), null);
        for (Operand o : ops.subList(1, ops.size())) {
            switch (o.name()) {
                case "TYPE", "$TYPE" -> draft.type = o.value() == null ? null : o.value().toUpperCase(Locale.ROOT);
                case "$MODE" -> draft.mode = o.value() == null ? null : o.value().toUpperCase(Locale.ROOT);
                case "ROLESET", "$ROLESET" -> draft.roleset = true;
                case "NOSORT", "$NOSORT" -> draft.nosort = true;
                default -> draft.controls.put(o.name(), o.value() == null ? "" : o.value());
            }
        }
        return draft;
    }

    /** Adds one line after the $KEY: a control statement or an entry. */
    public static void add(Draft draft, String line) throws Acf2Operands.SyntaxException {
        String t = line.trim();
        if (t.startsWith("$")) {
            for (Operand o : Acf2Operands.parse(t)) {
                switch (o.name()) {
                    case "$TYPE" -> draft.type = o.value() == null ? null : o.value().toUpperCase(Locale.ROOT);
                    case "$ROLESET" -> draft.roleset = true;
                    case "$NOSORT" -> draft.nosort = true;
                    case "$MODE" -> draft.mode = o.value() == null ? null : o.value().toUpperCase(Locale.ROOT);
                    default -> draft.controls.put(o.name(), o.value() == null ? "" : o.value());
                }
            }
            return;
        }
        draft.entries.add(RuleEntryParser.parse(t));
    }
}
