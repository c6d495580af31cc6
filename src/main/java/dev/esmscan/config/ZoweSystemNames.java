package dev.esmscan.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The z/OS system names a site's zowe.yaml gives: {@code haInstances.<id>.sysname}, which Zowe's
 * schema (schemas/zowe-yaml-schema.json) describes as "z/OS system name of the Zowe high
 * availability instance" and requires of every instance. A zowe.yaml without high availability
 * instances names no system.
 */
public final class ZoweSystemNames {

    private ZoweSystemNames() {
    }

    /** The distinct system names, sorted; empty when the file names none (or cannot be read: ZoweYamlReader reports that). */
    public static List<String> of(Path zoweYaml) {
        Object doc;
        try (Reader r = Files.newBufferedReader(zoweYaml, StandardCharsets.UTF_8)) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (IOException | YAMLException e) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        if (doc instanceof Map<?, ?> root && root.get("haInstances") instanceof Map<?, ?> instances) {
            for (Object instance : instances.values()) {
                if (instance instanceof Map<?, ?> m && m.get("sysname") != null && !m.get("sysname").toString().isBlank()) {
                    names.add(m.get("sysname").toString().trim().toUpperCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(names);
    }
}
