package dev.esmscan.config;

import dev.esmscan.input.InputException;
import dev.esmscan.tss.TssNames;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The scanner's own configuration (esmscan.yaml): the Zowe end users and feature overrides.
 * <pre>
 * zoweUsers: [APPDEV, JDOE]   # user IDs, or groups meaning their connected users
 * features:
 *   idt: on
 *   mfa: off
 * tssOwnerAcid: SECADM        # Top Secret: the ACID that owns resources the remediation defines
 * tssDepartment: ZOWEDEPT     # Top Secret: the department new ACIDs are created in
 * tssDefaultIdRange: true     # Top Secret: a default UID and GID range exists, so new ACIDs take UID(?) and GID(?)
 * </pre>
 * Every key is checked: a key the scanner does not know stops the run with its line, so a typo
 * never silently leaves a feature at its default.
 */
public final class ScannerConfigReader {
    private static final String KNOWN_KEYS = "zoweUsers, features, tssOwnerAcid, tssDepartment, tssDefaultIdRange";

    private ScannerConfigReader() {
    }

    public static void apply(Path file, SiteSettings.Builder settings) {
        Node root = compose(file);
        if (root == null) {
            return;
        }
        if (!(root instanceof MappingNode top)) {
            throw error(file, root, "expected a mapping with the keys " + KNOWN_KEYS);
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple entry : top.getValue()) {
            String key = unique(file, entry.getKeyNode(), seen);
            Node value = entry.getValueNode();
            switch (key) {
                case "zoweUsers" -> settings.zoweUsers(userIds(file, value));
                case "features" -> features(file, value, settings);
                case "tssOwnerAcid" -> settings.tssOwnerAcid(acid(file, value, key));
                case "tssDepartment" -> settings.tssDepartment(acid(file, value, key));
                case "tssDefaultIdRange" -> settings.tssDefaultIdRange(trueOrFalse(file, value, key));
                default -> throw error(file, entry.getKeyNode(), "unknown key '" + key + "' (known: " + KNOWN_KEYS + ")");
            }
        }
    }

    private static String acid(Path file, Node value, String key) {
        String acid = scalar(file, value, "a Top Secret ACID").trim().toUpperCase(Locale.ROOT);
        Optional<String> invalid = TssNames.checkAcid(acid);
        if (invalid.isPresent()) {
            throw error(file, value, key + ": " + invalid.get());
        }
        return acid;
    }

    private static boolean trueOrFalse(Path file, Node value, String key) {
        String v = scalar(file, value, "true or false").trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(file, value, key + ": '" + v + "' is neither true nor false");
        };
    }

    private static List<String> userIds(Path file, Node value) {
        List<Node> items = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
        List<String> ids = new ArrayList<>();
        for (Node item : items) {
            String id = scalar(file, item, "a user ID or group name").trim().toUpperCase(Locale.ROOT);
            if (id.isEmpty()) {
                throw error(file, item, "zoweUsers: an empty user ID or group name");
            }
            ids.add(id);
        }
        return ids;
    }

    private static void features(Path file, Node value, SiteSettings.Builder settings) {
        if (!(value instanceof MappingNode map)) {
            throw error(file, value, "features: expected a mapping of feature names to on or off");
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple entry : map.getValue()) {
            String name = unique(file, entry.getKeyNode(), seen);
            Feature feature;
            try {
                feature = Feature.byKey(name);
            } catch (IllegalArgumentException e) {
                throw error(file, entry.getKeyNode(), "features: " + e.getMessage());
            }
            settings.feature(feature, onOff(file, entry.getValueNode(), name));
        }
    }

    private static boolean onOff(Path file, Node node, String name) {
        String v = scalar(file, node, "on or off").trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw error(file, node, "features: " + name + ": '" + v + "' is neither on nor off");
        };
    }

    private static String unique(Path file, Node keyNode, Set<String> seen) {
        String key = scalar(file, keyNode, "a key");
        if (!seen.add(key)) {
            throw error(file, keyNode, "duplicate key '" + key + "'");
        }
        return key;
    }

    private static String scalar(Path file, Node node, String expected) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw error(file, node, "expected " + expected);
    }

    private static Node compose(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(new LoaderOptions()).compose(r);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new InputException(file, mark == null ? 0 : mark.getLine() + 1, "malformed YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InputException(file, "malformed YAML: " + e.getMessage());
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage());
        }
    }

    private static InputException error(Path file, Node node, String message) {
        return new InputException(file, node.getStartMark().getLine() + 1, message);
    }
}
