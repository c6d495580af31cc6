package dev.esmscan.scan;

import dev.esmscan.input.ProfileScope;
import dev.esmscan.policy.PolicyException;
import dev.esmscan.util.ClasspathFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The profile classes a policy pack's rules look at, declared in {@code pack.yaml} files beside the
 * rules ({@code resourceClasses: [FACILITY, STARTED, ...]}; DATASET stands for data set profiles).
 * A scan keeps only those classes' profiles. Every {@code .drl} must be covered by a declaration in
 * its own folder or a folder above it; when one is not, the pack keeps every class, because a rule
 * without a declaration may look at any class.
 */
public final class PackScope {
    public static final String FILE = "pack.yaml";
    private static final String KEY = "resourceClasses";
    private static final String EMBEDDED = "rules/";
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Z0-9@#$]{1,8}");

    private PackScope() {
    }

    /** The scope of the pack shipped inside the scanner. */
    public static ProfileScope embedded() {
        return of(ClasspathFolder.read(EMBEDDED, ""));
    }

    /** The scope of the pack in {@code dir}, as {@code --rules DIR} loads it. */
    public static ProfileScope fromFolder(Path dir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                String name = p.getFileName().toString();
                if (name.endsWith(".drl") || name.equals(FILE)) {
                    files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(files);
    }

    /** The scope of a pack given as its files keyed by '/'-separated path; only .drl and pack.yaml files count. */
    static ProfileScope of(Map<String, byte[]> files) {
        Map<String, Set<String>> declared = new LinkedHashMap<>();
        files.forEach((path, bytes) -> {
            if (path.equals(FILE) || path.endsWith("/" + FILE)) {
                declared.put(folderOf(path), classes(path, bytes));
            }
        });
        Set<String> union = new TreeSet<>();
        boolean anyRule = false;
        for (String path : files.keySet()) {
            if (!path.endsWith(".drl")) {
                continue;
            }
            anyRule = true;
            Set<String> covering = covering(declared, folderOf(path));
            if (covering == null) {
                return ProfileScope.all();
            }
            union.addAll(covering);
        }
        return anyRule ? ProfileScope.only(union) : ProfileScope.all();
    }

    private static Set<String> covering(Map<String, Set<String>> declared, String folder) {
        String f = folder;
        while (true) {
            Set<String> classes = declared.get(f);
            if (classes != null) {
                return classes;
            }
            if (f.isEmpty()) {
                return null;
            }
            int slash = f.lastIndexOf('/', f.length() - 2);
            f = slash < 0 ? "" : f.substring(0, slash + 1);
        }
    }

    /** "a/b/" for "a/b/x.drl", "" for "x.drl". */
    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    private static Set<String> classes(String path, byte[] bytes) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(bytes, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            throw new PolicyException(path + ": not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
        // name, version and documentation describe the pack as a whole (PackManifest reads them)
        if (!(doc instanceof Map<?, ?> map) || !(map.get(KEY) instanceof List<?> list)
                || !Set.of(KEY, "name", "version", "documentation").containsAll(map.keySet())) {
            throw new PolicyException(path + ": expected " + KEY + ", holding a list of class names"
                    + " (and optionally name, version and documentation)");
        }
        Set<String> classes = new TreeSet<>();
        for (Object item : list) {
            String name = String.valueOf(item);
            if (!CLASS_NAME.matcher(name).matches()) {
                throw new PolicyException(path + ": '" + name + "' is not a class name (1-8 of A-Z, 0-9, @, #, $)");
            }
            classes.add(name);
        }
        return classes;
    }
}
