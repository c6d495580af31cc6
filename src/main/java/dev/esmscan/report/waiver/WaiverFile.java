package dev.esmscan.report.waiver;

import dev.esmscan.input.InputException;
import dev.esmscan.util.NearestName;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * A waivers file: a YAML list of entries with {@code id}, optional {@code subject},
 * {@code justification}, {@code approved_by} and {@code expires} (yyyy-mm-dd). Anything else
 * (bad YAML, a missing or unknown key, a bad date) is an input error naming the file and line.
 * The YAML is only composed into nodes, never constructed into objects.
 */
public record WaiverFile(Path path, List<Waiver> waivers) {
    private static final List<String> KEYS = List.of("id", "subject", "justification", "approved_by", "expires");
    private static final Set<String> REQUIRED = Set.of("id", "justification", "approved_by", "expires");

    public WaiverFile {
        waivers = List.copyOf(waivers);
    }

    public static WaiverFile read(Path file) {
        Node root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(in);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such waivers file");
        } catch (MarkedYAMLException e) {
            Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Mark start = e.getContextMark();
            String context = start != null && e.getContext() != null && at != null && start.getLine() != at.getLine()
                    ? " (" + e.getContext() + " that starts on line " + (start.getLine() + 1) + ")" : "";
            throw new InputException(file, at == null ? 0 : at.getLine() + 1, "malformed YAML: " + e.getProblem() + context);
        } catch (YAMLException | IOException e) {
            throw new InputException(file, "cannot be read as YAML: " + e.getMessage());
        }
        if (root == null) {
            return new WaiverFile(file, List.of());
        }
        if (!(root instanceof SequenceNode)) {
            throw new InputException(file, line(root), "expected a list of waivers (entries starting with '- id:')");
        }
        List<Waiver> waivers = new ArrayList<>();
        for (Node entry : ((SequenceNode) root).getValue()) {
            waivers.add(entry(file, entry));
        }
        return new WaiverFile(file, waivers);
    }

    /**
     * Stops the run when a waiver names a requirement the catalogue does not hold: a typo there
     * would otherwise waive nothing and say so only as an unused waiver. Names the nearest ID.
     */
    public void requireKnownIds(Collection<String> catalogue) {
        for (Waiver w : waivers) {
            if (!catalogue.contains(w.id())) {
                throw new InputException(path, w.line(), "id '" + w.id() + "' is not a requirement of the catalogue"
                        + NearestName.of(w.id(), catalogue).map(n -> ": did you mean " + n + "?").orElse("")
                        + " (esmscan rules lists them)");
            }
        }
    }

    private static Waiver entry(Path file, Node node) {
        if (!(node instanceof MappingNode)) {
            throw new InputException(file, line(node), "a waiver must be a mapping of " + String.join(", ", KEYS));
        }
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode)) {
                throw new InputException(file, line(t.getKeyNode()), "a waiver key must be a plain name");
            }
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (!KEYS.contains(key)) {
                throw new InputException(file, line(t.getKeyNode()), "unknown key '" + key + "' (known: " + String.join(", ", KEYS) + ")");
            }
            if (values.containsKey(key)) {
                throw new InputException(file, line(t.getKeyNode()), "key '" + key + "' given twice");
            }
            if (!(t.getValueNode() instanceof ScalarNode)) {
                throw new InputException(file, line(t.getValueNode()), "'" + key + "' must be a single value");
            }
            String value = ((ScalarNode) t.getValueNode()).getValue().trim();
            if (value.isEmpty()) {
                throw new InputException(file, line(t.getValueNode()), "'" + key + "' is empty");
            }
            values.put(key, value);
            lines.put(key, line(t.getValueNode()));
        }
        for (String key : KEYS) {
            if (REQUIRED.contains(key) && !values.containsKey(key)) {
                throw new InputException(file, line(node), "waiver for " + values.getOrDefault("id", "?") + " lacks '" + key + "'");
            }
        }
        String subject = values.get("subject");
        return new Waiver(values.get("id"), subject == null ? null : SubjectPattern.of(subject), values.get("justification"),
                values.get("approved_by"), date(file, lines.get("expires"), values.get("expires")), line(node));
    }

    private static LocalDate date(Path file, int line, String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InputException(file, line, "expires '" + text + "' is not a date in the form yyyy-mm-dd");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new InputException(file, line, "expires '" + text + "' is not a valid date");
        }
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
