package dev.esmscan.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * What a pack's {@code pack.yaml} files say about the pack as a whole: its name, its version and
 * the documentation its rules cite (besides {@code resourceClasses}, which the scan's scope reads).
 * The shallowest pack.yaml that names a version or documentation gives it.
 *
 * <pre>
 * name: zowe
 * version: 1.0.0
 * documentation:
 *   site: https://docs.zowe.org
 *   version: v3.0.x              # the documentation version the rules were written against
 *   pages:
 *     000_f6430533b2adc5a1.txt:  # as the rules' @source names it
 *       title: Customizing z/OS system security
 *       path: user-guide/configure-zos-system
 *       headings: [...]          # every heading of the page, in page order
 * </pre>
 */
public final class PackManifest {
    public static final String FILE = "pack.yaml";
    private static final Set<String> KEYS = Set.of("resourceClasses", "name", "version", "documentation");

    private final PackIdentity identity;
    private final Documentation documentation;

    private PackManifest(PackIdentity identity, Documentation documentation) {
        this.identity = identity;
        this.documentation = documentation;
    }

    /**
     * The manifest of a pack given as its files keyed by path relative to the pack's folder
     * ('/'-separated); only {@code .drl} and {@code pack.yaml} files count.
     *
     * @param fallbackName the pack's name when no pack.yaml gives one (its folder's name)
     */
    public static PackManifest of(Map<String, byte[]> files, String fallbackName) {
        Map<String, byte[]> counted = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".drl") || isManifest(path)) {
                counted.put(path, bytes);
            }
        });
        String name = null;
        String version = null;
        Documentation documentation = null;
        List<String> manifests = new ArrayList<>();
        counted.keySet().stream().filter(PackManifest::isManifest)
                .sorted((a, b) -> a.split("/").length != b.split("/").length ? a.split("/").length - b.split("/").length : a.compareTo(b))
                .forEach(manifests::add);
        for (String path : manifests) {
            Map<?, ?> doc = load(path, counted.get(path));
            if (name == null && doc.get("name") != null) {
                name = text(path, doc, "name");
            }
            if (version == null && doc.get("version") != null) {
                version = text(path, doc, "version");
            }
            if (documentation == null && doc.get("documentation") != null) {
                documentation = documentation(path, doc.get("documentation"));
            }
        }
        Documentation docs = documentation == null ? Documentation.none() : documentation;
        PackIdentity identity = new PackIdentity(name == null ? fallbackName : name, version == null ? PackIdentity.UNVERSIONED : version,
                digest(counted), docs.base());
        return new PackManifest(identity, docs);
    }

    public PackIdentity identity() {
        return identity;
    }

    public Documentation documentation() {
        return documentation;
    }

    static boolean isManifest(String path) {
        return path.equals(FILE) || path.endsWith("/" + FILE);
    }

    /** "sha256:" and the SHA-256 of the sha256sum lines of the files, in path order (see {@link PackIdentity}). */
    static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest listing = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                String line = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(f.getValue())) + "  " + f.getKey() + "\n";
                listing.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(listing.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<?, ?> load(String path, byte[] bytes) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(bytes, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            throw new PolicyException(path + ": not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new PolicyException(path + ": expected a mapping with resourceClasses, and optionally name, version and documentation");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new PolicyException(path + ": unknown key '" + key + "' (known: resourceClasses, name, version, documentation)");
            }
        }
        return map;
    }

    private static String text(String path, Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v instanceof Map || v instanceof List || v == null || v.toString().isBlank()) {
            throw new PolicyException(path + ": '" + key + "' must be a text");
        }
        return v.toString().trim();
    }

    private static Documentation documentation(String path, Object value) {
        if (!(value instanceof Map<?, ?> doc) || !(doc.get("pages") instanceof Map<?, ?> pages)) {
            throw new PolicyException(path + ": documentation needs site, version and pages");
        }
        String site = text(path + " documentation", doc, "site");
        String version = doc.get("version") == null ? null : text(path + " documentation", doc, "version");
        Map<String, Documentation.Page> byName = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : pages.entrySet()) {
            String where = path + " documentation page " + e.getKey();
            if (!(e.getValue() instanceof Map<?, ?> page) || !(page.get("headings") instanceof List<?> headings)) {
                throw new PolicyException(where + ": needs title, path and headings");
            }
            List<String> list = new ArrayList<>();
            headings.forEach(h -> list.add(String.valueOf(h).trim()));
            byName.put(String.valueOf(e.getKey()), new Documentation.Page(text(where, page, "title"), text(where, page, "path"), list));
        }
        return new Documentation(site, version, byName);
    }
}
