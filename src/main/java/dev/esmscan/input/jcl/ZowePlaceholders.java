package dev.esmscan.input.jcl;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.config.ZoweYamlReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zowe's placeholders in its security jobs, {@code {zowe.setup.security.users.zowe}} and the like,
 * filled as {@code zwe init security} fills them: with the value at that path of the site's
 * zowe.yaml; where the zowe.yaml is silent, with the default Zowe documents for that key (the
 * {@code zowe.setup.security} groups, users and started tasks: "zwe init security" command
 * reference and schemas/zowe-yaml-schema.json of zowe-install-packaging); otherwise unresolved.
 */
final class ZowePlaceholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(zowe\\.setup(?:\\.[A-Za-z0-9_-]+)+)}");

    /** Where a placeholder's value came from. */
    enum Source { YAML, DEFAULT, NONE }

    /** One placeholder's value: from the zowe.yaml, Zowe's documented default, or none (value null). */
    record Value(String path, String value, Source source) {
    }

    private static final Map<String, String> DEFAULTS = defaults();

    private final Optional<Path> yaml;
    private final Map<?, ?> root;

    private ZowePlaceholders(Optional<Path> yaml, Map<?, ?> root) {
        this.yaml = yaml;
        this.root = root;
    }

    /** Placeholders filled from this zowe.yaml, or from Zowe's defaults alone when there is none. */
    static ZowePlaceholders from(Optional<Path> yaml) {
        return new ZowePlaceholders(yaml, yaml.map(ZoweYamlReader::load).orElse(Map.of()));
    }

    Optional<Path> yaml() {
        return yaml;
    }

    static boolean mentions(String text) {
        return text.indexOf("{zowe.setup.") >= 0;
    }

    /** The text with every placeholder filled; those without a value stay as written. Each is told to {@code seen}. */
    String fill(String text, java.util.function.Consumer<Value> seen) {
        if (!mentions(text)) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Value v = value(m.group(1));
            seen.accept(v);
            m.appendReplacement(out, Matcher.quoteReplacement(v.value() != null ? v.value() : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    Value value(String path) {
        Object node = root;
        for (String key : path.split("\\.")) {
            node = node instanceof Map<?, ?> map ? map.get(key) : null;
        }
        if (node != null && !(node instanceof Map) && !(node instanceof List) && !node.toString().isBlank()) {
            return new Value(path, node.toString().trim(), Source.YAML);
        }
        String fallback = DEFAULTS.get(path);
        return fallback != null ? new Value(path, fallback, Source.DEFAULT) : new Value(path, null, Source.NONE);
    }

    private static Map<String, String> defaults() {
        SiteSettings d = SiteSettings.defaults();
        String prefix = "zowe.setup.security.";
        return Map.of(
                prefix + "groups.admin", d.getAdminGroup(),
                prefix + "groups.stc", d.getStcGroup(),
                // zowe-yaml-schema.json: "sysProg": {"description": "Zowe SysProg group", "default": "ZWEADMIN"}
                prefix + "groups.sysProg", "ZWEADMIN",
                prefix + "users.zowe", d.getStcUser(),
                prefix + "users.zis", d.getZisUser(),
                prefix + "stcs.zowe", d.getZoweStc(),
                prefix + "stcs.zis", d.getZisStc(),
                prefix + "stcs.aux", d.getAuxStc(),
                prefix + "product", "RACF");
    }
}
