package dev.esmscan.report.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What two reports checked, side by side: whether they compare like with like. The scope is what
 * decides which requirements apply and to whom: the ESM, the system, every site setting (names,
 * features, Zowe end users; not the scan date, which moves with every scan) and the rule pack
 * (name, version, digest). The inputs are listed too, by path with their SHA-256: they change
 * between any two scans of a live system, so they are shown but are not the scope.
 */
final class ScopeDiff {

    private ScopeDiff() {
    }

    /** Every difference in scope, as "what: before -> after" lines, in a fixed order. */
    static List<String> scope(JsonNode older, JsonNode newer) {
        List<String> out = new ArrayList<>();
        compare(out, "esm", older.path("esm"), newer.path("esm"));
        compare(out, "system", system(older), system(newer));
        Map<String, String> before = flatten(older.path("settings"));
        Map<String, String> after = flatten(newer.path("settings"));
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (!key.equals("asOf") && !Objects.equals(before.get(key), after.get(key))) {
                out.add("settings." + key + ": " + shown(before.get(key)) + " -> " + shown(after.get(key)));
            }
        }
        compare(out, "rule pack", pack(older), pack(newer));
        return out;
    }

    /** Each input by path: its digest before and after, added or removed; "unchanged" when the same file was read. */
    static List<String> inputs(JsonNode older, JsonNode newer) {
        Map<String, JsonNode> before = byPath(older);
        Map<String, JsonNode> after = byPath(newer);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            JsonNode now = after.get(e.getKey());
            if (now == null) {
                out.add(e.getKey() + ": only in the older report (" + identity(e.getValue()) + ")");
            } else if (Objects.equals(identity(e.getValue()), identity(now))) {
                out.add(e.getKey() + ": the same file (" + identity(now) + ")");
            } else {
                out.add(e.getKey() + ": " + identity(e.getValue()) + " -> " + identity(now));
            }
        }
        for (Map.Entry<String, JsonNode> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                out.add(e.getKey() + ": only in the newer report (" + identity(e.getValue()) + ")");
            }
        }
        return out;
    }

    private static void compare(List<String> out, String what, JsonNode before, JsonNode after) {
        compare(out, what, text(before), text(after));
    }

    private static void compare(List<String> out, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(what + ": " + shown(before) + " -> " + shown(after));
        }
    }

    private static String system(JsonNode report) {
        JsonNode name = report.path("system").path("name");
        return name.isTextual() ? name.asText() : null;
    }

    private static String pack(JsonNode report) {
        JsonNode pack = report.path("pack");
        if (!pack.isObject()) {
            return null;
        }
        return pack.path("name").asText() + " " + pack.path("version").asText() + " " + pack.path("digest").asText();
    }

    private static String identity(JsonNode input) {
        return input.path("sha256").isTextual()
                ? "sha256 " + input.path("sha256").asText() + ", " + input.path("size").asLong() + " bytes"
                : "no digest recorded";
    }

    private static Map<String, JsonNode> byPath(JsonNode report) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        report.path("inputs").forEach(i -> m.putIfAbsent(i.path("path").asText(), i));
        return m;
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value.isEmpty() ? "(empty)" : value;
    }

    /** Settings as dotted keys; lists joined with ", ", booleans as on/off. */
    private static Map<String, String> flatten(JsonNode settings) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", settings, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), out);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.asText()));
            out.put(prefix, String.join(", ", items));
        } else if (!node.isMissingNode()) {
            out.put(prefix, node.isNull() ? null : node.isBoolean() ? (node.asBoolean() ? "on" : "off") : node.asText());
        }
    }
}
