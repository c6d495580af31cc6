package dev.esmscan.acf2.read;

import dev.esmscan.acf2.db.RuleEntry;
import dev.esmscan.acf2.read.Acf2Operands.Operand;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One rule line ({@code SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW}) into a {@link RuleEntry}. */
public final class RuleEntryParser {

    private RuleEntryParser() {
    }

    public static RuleEntry parse(String text) throws Acf2Operands.SyntaxException {
        List<Operand> ops = Acf2Operands.parse(text);
        String resource = "";
        String uid = null;
        String role = null;
        String user = null;
        String action = null;
        Set<String> services = new LinkedHashSet<>();
        Map<String, String> conditions = new TreeMap<>();
        for (int i = 0; i < ops.size(); i++) {
            Operand o = ops.get(i);
            if (i == 0 && o.bare() && !isAction(o.name())) {
                resource = o.written().toUpperCase(Locale.ROOT);
                continue;
            }
            switch (o.name()) {
                case "UID" -> uid = required(o);
                case "ROLE" -> role = required(o).toUpperCase(Locale.ROOT);
                case "USER" -> user = required(o).toUpperCase(Locale.ROOT);
                case "SERVICE" -> {
                    for (String s : required(o).toUpperCase(Locale.ROOT).split("[,\\s]+")) {
                        if (!s.isEmpty() && !s.equals("ALL")) {
                            services.add(s);
                        }
                    }
                }
                case "ALLOW", "PREVENT", "LOG" -> {
                    if (!o.bare()) {
                        throw new Acf2Operands.SyntaxException(o.name() + " takes no value in '" + text.trim() + "'");
                    }
                    if (action != null) {
                        throw new Acf2Operands.SyntaxException("two actions in '" + text.trim() + "'");
                    }
                    action = o.name();
                }
                default -> {
                    if (o.bare()) {
                        throw new Acf2Operands.SyntaxException("unexpected word " + o.written() + " in '" + text.trim() + "'");
                    }
                    conditions.put(o.name(), o.value());
                }
            }
        }
        return new RuleEntry(resource, uid, role, user, services, action, conditions);
    }

    private static boolean isAction(String word) {
        return word.equals("ALLOW") || word.equals("PREVENT") || word.equals("LOG");
    }

    private static String required(Operand o) throws Acf2Operands.SyntaxException {
        if (o.value() == null || o.value().isEmpty()) {
            throw new Acf2Operands.SyntaxException(o.name() + " needs a value");
        }
        return o.value();
    }
}
