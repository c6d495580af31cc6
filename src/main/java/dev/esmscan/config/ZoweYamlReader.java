package dev.esmscan.config;

import dev.esmscan.input.InputException;
import dev.esmscan.util.NearestName;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Takes the names under {@code zowe.setup.security} and the component switches under
 * {@code components.<name>.enabled} from a site's zowe.yaml, and checks what it reads as strictly
 * as the scanner's own configuration: a mistyped setting stops the run with its file and line
 * rather than leaving a name or a feature silently at its default.
 *
 * <ul>
 * <li>Every key under {@code zowe.setup.security} (and its {@code groups}, {@code users},
 * {@code stcs}) and under {@code zowe.setup.dataset} (and {@code parmlibMembers}) must be one
 * Zowe's zowe.yaml schema defines there ({@link ZoweYamlSchema}); an unknown one is an error naming
 * the nearest known key ("securty: did you mean security?").</li>
 * <li>On the way there, at the top level, under {@code zowe}, under {@code zowe.setup} and under
 * each {@code components.<name>}, where the schema or the components allow keys esmscan does not
 * read, a key that is a near miss of the one esmscan reads ({@code componets}, {@code securty},
 * {@code enabeld}) is an error; other keys there are ignored, as is the rest of the file.</li>
 * <li>{@code enabled} must be a boolean ({@code true} or {@code false}; YAML 1.1's {@code yes},
 * {@code no}, {@code on}, {@code off} are booleans too); {@code product} one of RACF, ACF2, TSS;
 * user and group IDs and procedure names must keep the z/OS naming rule ({@link ZosNames}).</li>
 * <li>A value written as a Zowe template ({@code ${{ ... }}}) cannot be evaluated offline. It is
 * used only when every template in it names another plain value of the same file
 * ({@code ${{ zowe.setup.security.groups.admin }}}); either way the settings carry a notice
 * with the file and line.</li>
 * </ul>
 * The YAML is only composed into nodes (their marks give the lines), never constructed into objects.
 */
public final class ZoweYamlReader {
    private static final Pattern TEMPLATE = Pattern.compile("\\$\\{\\{(.*?)}}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z_$][\\w$-]*(\\.[A-Za-z_$][\\w$-]*)*");
    private static final String ID_RULE = "a z/OS user ID or group name is " + ZosNames.RULE
            + " (the rule every ESM keeps)";
    private static final String PROC_RULE = "a started procedure name is " + ZosNames.RULE;

    private final Path file;
    private final Node root;
    private final SiteSettings.Builder settings;

    private ZoweYamlReader(Path file, Node root, SiteSettings.Builder settings) {
        this.file = file;
        this.root = root;
        this.settings = settings;
    }

    public static void apply(Path file, SiteSettings.Builder settings) {
        Node root = compose(file);
        if (root != null) {
            new ZoweYamlReader(file, root, settings).read();
        }
    }

    private void read() {
        if (isEmpty(root)) {
            return;
        }
        if (!(root instanceof MappingNode)) {
            throw error(root, "expected a zowe.yaml mapping at the top level");
        }
        Map<String, NodeTuple> top = entries(root, "");
        nearMissesOnly(top, "", ZoweYamlSchema.TOP, List.of("zowe", "components"));
        Map<String, NodeTuple> zowe = entries(value(top, "zowe"), "zowe");
        nearMissesOnly(zowe, "zowe", ZoweYamlSchema.ZOWE, List.of("setup"));
        Map<String, NodeTuple> setup = entries(value(zowe, "setup"), "zowe.setup");
        nearMissesOnly(setup, "zowe.setup", ZoweYamlSchema.SETUP, List.of("security", "dataset"));
        security(value(setup, "security"));
        dataset(value(setup, "dataset"));
        components(value(top, "components"));
    }

    private void security(Node node) {
        String path = "zowe.setup.security";
        Map<String, NodeTuple> security = entries(node, path);
        known(security, path, ZoweYamlSchema.SECURITY);
        NodeTuple product = security.get("product");
        if (product != null) {
            text(product.getValueNode(), path + ".product", "the ESM is taken from the extracts read",
                    v -> settings.esm(product(product.getValueNode(), v)));
        }
        Map<String, NodeTuple> users = entries(value(security, "users"), path + ".users");
        known(users, path + ".users", ZoweYamlSchema.USERS);
        id(users, path + ".users", "zowe", "ZWESVUSR", ID_RULE, settings::stcUser);
        id(users, path + ".users", "zis", "ZWESIUSR", ID_RULE, settings::zisUser);
        Map<String, NodeTuple> groups = entries(value(security, "groups"), path + ".groups");
        known(groups, path + ".groups", ZoweYamlSchema.GROUPS);
        id(groups, path + ".groups", "admin", "ZWEADMIN", ID_RULE, settings::adminGroup);
        id(groups, path + ".groups", "stc", "ZWEADMIN", ID_RULE, settings::stcGroup);
        id(groups, path + ".groups", "sysProg", null, ID_RULE, v -> { });
        Map<String, NodeTuple> stcs = entries(value(security, "stcs"), path + ".stcs");
        known(stcs, path + ".stcs", ZoweYamlSchema.STCS);
        id(stcs, path + ".stcs", "zowe", "ZWESLSTC", PROC_RULE, settings::zoweStc);
        id(stcs, path + ".stcs", "zis", "ZWESISTC", PROC_RULE, settings::zisStc);
        id(stcs, path + ".stcs", "aux", "ZWESASTC", PROC_RULE, settings::auxStc);
    }

    /** The data set names are not used by any rule; their keys are checked so that a typo does not pass unseen. */
    private void dataset(Node node) {
        String path = "zowe.setup.dataset";
        Map<String, NodeTuple> dataset = entries(node, path);
        known(dataset, path, ZoweYamlSchema.DATASET);
        known(entries(value(dataset, "parmlibMembers"), path + ".parmlibMembers"), path + ".parmlibMembers",
                ZoweYamlSchema.PARMLIB_MEMBERS);
    }

    private void components(Node node) {
        Map<String, NodeTuple> components = entries(node, "components");
        for (Map.Entry<String, NodeTuple> e : components.entrySet()) {
            String name = e.getKey();
            String path = "components." + name;
            Node component = e.getValue().getValueNode();
            if (isEmpty(component)) {
                continue;
            }
            if (!(component instanceof MappingNode)) {
                throw error(component, path + ": expected a mapping (for example 'enabled: false'), not a single value");
            }
            Map<String, NodeTuple> keys = entries(component, path);
            nearMissesOnly(keys, path, ZoweYamlSchema.COMPONENT, List.of("enabled"));
            NodeTuple enabled = keys.get("enabled");
            if (enabled == null) {
                continue;
            }
            Feature feature = switch (name) {
                case "zss" -> Feature.ZSS;
                case "app-server" -> Feature.DESKTOP;
                case "gateway" -> Feature.APIML;
                default -> null;
            };
            String kept = feature == null ? null : "the feature " + feature.key() + " keeps its default ("
                    + (feature.defaultOn() ? "on" : "off") + ")";
            enabled(enabled.getValueNode(), path + ".enabled", kept, on -> {
                if (feature != null) {
                    settings.feature(feature, on);
                }
            });
        }
    }

    // ---- values ----

    private void id(Map<String, NodeTuple> parent, String path, String key, String zoweDefault, String rule,
                    Consumer<String> target) {
        NodeTuple t = parent.get(key);
        if (t == null) {
            return;
        }
        String kept = zoweDefault == null ? null : "the Zowe default " + zoweDefault + " applies";
        text(t.getValueNode(), path + "." + key, kept, v -> {
            String id = v.trim().toUpperCase(Locale.ROOT);
            Optional<String> bad = ZosNames.check(id);
            if (bad.isPresent()) {
                throw error(t.getValueNode(), path + "." + key + ": '" + v.trim() + "' " + bad.get() + "; " + rule);
            }
            target.accept(id);
        });
    }

    private String product(Node node, String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.equals("TOPSECRET") || v.equals("TOP SECRET")) {
            return "TSS";
        }
        if (ZoweYamlSchema.PRODUCTS.contains(v)) {
            return v;
        }
        throw error(node, "zowe.setup.security.product: '" + value.trim() + "' is not one of "
                + String.join(", ", ZoweYamlSchema.PRODUCTS)
                + NearestName.of(v, ZoweYamlSchema.PRODUCTS).map(n -> " (did you mean " + n + "?)").orElse(""));
    }

    private void enabled(Node node, String path, String kept, Consumer<Boolean> target) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, path + ": expected true or false");
        }
        if (s.getTag().equals(Tag.BOOL)) {
            target.accept(bool(s.getValue()));
            return;
        }
        if (s.getValue().contains("${{")) {
            text(node, path, kept, v -> {
                String b = v.trim().toLowerCase(Locale.ROOT);
                if (!b.equals("true") && !b.equals("false")) {
                    throw error(node, path + ": the template resolves to '" + v + "', which is not a boolean (true or false)");
                }
                target.accept(b.equals("true"));
            });
            return;
        }
        String shown = s.getValue();
        String why = s.isPlain() ? "is not a boolean" : "is a quoted string, not a boolean";
        throw error(node, path + ": '" + shown + "' " + why + "; write true or false"
                + NearestName.of(shown, List.of("true", "false")).filter(n -> s.isPlain())
                        .map(n -> " (did you mean " + n + "?)").orElse(""));
    }

    private static boolean bool(String yaml11) {
        return switch (yaml11.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        };
    }

    /**
     * Hands the value to {@code target}, once any templates in it are resolved from this file. A
     * blank value is no value. A template that does not resolve is not used: a notice says so and
     * what applies instead ({@code kept}; null when esmscan does not use the value, and then
     * nothing is said).
     */
    private void text(Node node, String path, String kept, Consumer<String> target) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, path + ": expected a single value");
        }
        String raw = s.getValue();
        if (raw.isBlank()) {
            return;
        }
        if (!raw.contains("${{")) {
            target.accept(raw);
            return;
        }
        Resolution r = resolve(raw, new HashSet<>(Set.of(path)));
        if (r.value() != null) {
            if (kept != null) {
                notice(node, path + " is the Zowe template '" + raw + "'; resolved from this file ("
                        + String.join(", ", r.from()) + ") to " + r.value());
            }
            target.accept(r.value());
        } else if (kept != null) {
            notice(node, path + " is the Zowe template '" + raw + "', which esmscan cannot evaluate offline ("
                    + r.why() + "); it is not used, and " + kept
                    + ": write the value itself into the zowe.yaml given to esmscan");
        }
    }

    private record Resolution(String value, List<String> from, String why) {
    }

    /** Resolves every {@code ${{ a.b.c }}} in {@code raw} from plain values of this file. */
    private Resolution resolve(String raw, Set<String> visiting) {
        Matcher m = TEMPLATE.matcher(raw);
        StringBuilder out = new StringBuilder();
        List<String> from = new ArrayList<>();
        while (m.find()) {
            String expr = m.group(1).trim();
            if (!REFERENCE.matcher(expr).matches()) {
                return new Resolution(null, from, "'" + expr + "' is an expression, not a reference to a value of this file");
            }
            if (!visiting.add(expr)) {
                return new Resolution(null, from, "'" + expr + "' refers back to itself");
            }
            Node target = lookup(expr);
            if (!(target instanceof ScalarNode ts) || ts.getValue().isBlank()) {
                return new Resolution(null, from, "'" + expr + "' is not a value of this file");
            }
            String value = ts.getValue();
            from.add(expr + " at line " + line(target));
            if (value.contains("${{")) {
                Resolution inner = resolve(value, visiting);
                if (inner.value() == null) {
                    return new Resolution(null, from, inner.why());
                }
                from.addAll(inner.from());
                value = inner.value();
            }
            visiting.remove(expr);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return new Resolution(out.toString(), from, null);
    }

    private Node lookup(String dotted) {
        Node node = root;
        for (String key : dotted.split("\\.")) {
            if (!(node instanceof MappingNode map)) {
                return null;
            }
            Node next = null;
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    next = t.getValueNode();
                }
            }
            node = next;
        }
        return node;
    }

    // ---- keys ----

    /** Under a parent the schema closes: every key must be one it defines. */
    private void known(Map<String, NodeTuple> entries, String path, List<String> names) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            String key = e.getKey();
            if (!names.contains(key)) {
                Optional<String> near = NearestName.of(key, names);
                throw error(e.getValue().getKeyNode(), near.map(n -> key + ": did you mean " + n + "? ").orElse(key + ": ")
                        + "not a key of " + path + " in " + ZoweYamlSchema.SOURCE + ", which knows " + String.join(", ", names));
            }
        }
    }

    /**
     * Where keys esmscan does not read are allowed: only a near miss of a key it reads is an
     * error ({@code components.zss.enabeld}); anything else is someone else's setting.
     */
    private void nearMissesOnly(Map<String, NodeTuple> entries, String path, List<String> names, List<String> read) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            String key = e.getKey();
            if (names.contains(key)) {
                continue;
            }
            Optional<String> near = NearestName.of(key, read);
            if (near.isPresent()) {
                throw error(e.getValue().getKeyNode(), key + ": did you mean " + near.get() + "? "
                        + (path.isEmpty() ? "the top level" : path) + " has no key " + key + " in " + ZoweYamlSchema.SOURCE
                        + ", and esmscan reads " + (path.isEmpty() ? "" : path + ".") + near.get());
            }
        }
    }

    /** A mapping's entries by key, in order; a missing or empty value is an empty mapping. */
    private Map<String, NodeTuple> entries(Node node, String path) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        if (node == null || isEmpty(node)) {
            return out;
        }
        if (!(node instanceof MappingNode map)) {
            throw error(node, (path.isEmpty() ? "the top level" : path) + ": expected a mapping of keys, not a single value or a list");
        }
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw error(t.getKeyNode(), (path.isEmpty() ? "" : path + ": ") + "a key must be a plain name");
            }
            if (out.put(k.getValue(), t) != null) {
                throw error(k, (path.isEmpty() ? "" : path + ": ") + "duplicate key '" + k.getValue() + "'");
            }
        }
        return out;
    }

    private static Node value(Map<String, NodeTuple> entries, String key) {
        NodeTuple t = entries.get(key);
        return t == null ? null : t.getValueNode();
    }

    private static boolean isEmpty(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private void notice(Node node, String message) {
        settings.notice(file + ":" + line(node) + ": " + message);
    }

    private InputException error(Node node, String message) {
        return new InputException(file, line(node), message);
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /**
     * The whole zowe.yaml as a mapping (empty for an empty file), for readers that need values
     * beyond the names above (a job's {@code {zowe.setup...}} placeholders).
     *
     * @throws InputException naming the file and line when it is not a YAML mapping
     */
    public static Map<?, ?> load(Path file) {
        Node root = compose(file);
        if (isEmpty(root)) {
            return Map.of();
        }
        if (!(root instanceof MappingNode)) {
            throw new InputException(file, line(root), "expected a zowe.yaml mapping at the top level");
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(options)).load(r);
        } catch (YAMLException e) {
            throw new InputException(file, "malformed YAML: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage());
        }
    }

    private static Node compose(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(new LoaderOptions()).compose(r);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such zowe.yaml");
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            long line = mark == null ? 0 : mark.getLine() + 1;
            throw new InputException(file, line, "malformed YAML: " + firstLine(e.getProblem()));
        } catch (YAMLException e) {
            throw new InputException(file, "malformed YAML: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
