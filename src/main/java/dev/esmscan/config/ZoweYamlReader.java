package dev.esmscan.config;

import dev.esmscan.input.InputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Takes the names under {@code zowe.setup.security} and the component switches under
 * {@code components.<name>.enabled} from a site's zowe.yaml.
 */
public final class ZoweYamlReader {

    private ZoweYamlReader() {
    }

    public static void apply(Path file, SiteSettings.Builder settings) {
        Map<?, ?> root = load(file);
        Map<?, ?> security = map(map(map(root, "zowe"), "setup"), "security");
        text(security, "product", v -> settings.esm(normaliseEsm(v)));
        Map<?, ?> users = map(security, "users");
        text(users, "zowe", settings::stcUser);
        text(users, "zis", settings::zisUser);
        Map<?, ?> groups = map(security, "groups");
        text(groups, "admin", settings::adminGroup);
        text(groups, "stc", settings::stcGroup);
        Map<?, ?> stcs = map(security, "stcs");
        text(stcs, "zowe", settings::zoweStc);
        text(stcs, "zis", settings::zisStc);
        text(stcs, "aux", settings::auxStc);
        Map<?, ?> components = map(root, "components");
        enabled(components, "zss", on -> settings.feature(Feature.ZSS, on));
        enabled(components, "app-server", on -> settings.feature(Feature.DESKTOP, on));
        enabled(components, "gateway", on -> settings.feature(Feature.APIML, on));
    }

    /**
     * The whole zowe.yaml as a mapping (empty for an empty file), for readers that need values
     * beyond the names above (a job's {@code {zowe.setup...}} placeholders).
     *
     * @throws InputException naming the file and line when it is not a YAML mapping
     */
    public static Map<?, ?> load(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object doc = new Yaml(new SafeConstructor(options)).load(r);
            if (doc == null) {
                return Map.of();
            }
            if (!(doc instanceof Map<?, ?> m)) {
                throw new InputException(file, 1, "expected a zowe.yaml mapping at the top level");
            }
            return m;
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

    private static Map<?, ?> map(Map<?, ?> parent, String key) {
        Object v = parent.get(key);
        return v instanceof Map<?, ?> m ? m : Map.of();
    }

    private static void text(Map<?, ?> parent, String key, Consumer<String> target) {
        Object v = parent.get(key);
        if (v != null && !v.toString().isBlank()) {
            target.accept(v.toString().trim().toUpperCase(Locale.ROOT));
        }
    }

    private static void enabled(Map<?, ?> components, String name, Consumer<Boolean> target) {
        Object v = map(components, name).get("enabled");
        if (v instanceof Boolean b) {
            target.accept(b);
        } else if (v != null) {
            target.accept(Boolean.parseBoolean(v.toString().trim()));
        }
    }

    private static String normaliseEsm(String product) {
        return product.equals("TOPSECRET") || product.equals("TOP SECRET") ? "TSS" : product;
    }
}
