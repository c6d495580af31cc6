package dev.esmscan.policy;

import dev.esmscan.config.Feature;
import dev.esmscan.input.Reach;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The requirement catalogue, read from the rules' own metadata ({@code @id @title @severity
 * @feature @esm @section @source}, and optionally {@code @reads}: the part of the database the
 * verdicts rest on, e.g. {@code @reads("identities, FACILITY")}; without it a requirement reads
 * everything). Every rule names its requirement; the rules of one requirement must agree on the rest.
 */
public final class Catalogue {
    static final List<String> KEYS = List.of("id", "title", "severity", "feature", "esm", "section", "source");
    static final Set<String> SEVERITIES = Set.of("high", "medium", "low");
    private static final Set<String> ESMS = Set.of("RACF", "TSS", "ACF2");

    private final Map<String, Requirement> byId = new TreeMap<>();
    private final Map<String, Requirement> byRule = new HashMap<>();

    private final Documentation documentation;

    private Catalogue(Documentation documentation) {
        this.documentation = documentation;
    }

    public static Catalogue of(KieBase base) {
        return of(base, Documentation.none());
    }

    /** The catalogue, each requirement citing the documentation section its @source and @section name. */
    public static Catalogue of(KieBase base, Documentation documentation) {
        Catalogue c = new Catalogue(documentation);
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                c.add(rule);
            }
        }
        return c;
    }

    private void add(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        String file = sourceOf(rule);
        for (String key : KEYS) {
            if (text(meta.get(key)).isEmpty()) {
                throw new PolicyException(file + ": rule \"" + rule.getName() + "\" has no @" + key + " metadata");
            }
        }
        String section = text(meta.get("section"));
        String source = text(meta.get("source"));
        Requirement req = new Requirement(text(meta.get("id")), text(meta.get("title")),
                text(meta.get("severity")).toLowerCase(Locale.ROOT), features(file, rule, text(meta.get("feature"))),
                esms(file, rule, text(meta.get("esm"))), section, source, file,
                reads(file, rule, text(meta.get("reads"))),
                documentation.cite(source, section, file + ": rule \"" + rule.getName() + "\"").orElse(null));
        if (!SEVERITIES.contains(req.severity())) {
            throw new PolicyException(file + ": rule \"" + rule.getName() + "\" has @severity(" + req.severity() + "); use high, medium or low");
        }
        Requirement earlier = byId.get(req.id());
        if (earlier != null && !sameMetadata(earlier, req)) {
            throw new PolicyException(file + ": rule \"" + rule.getName() + "\" gives " + req.id()
                    + " other metadata than its other rules in " + earlier.file());
        }
        byId.putIfAbsent(req.id(), req);
        byRule.put(ruleKey(rule), byId.get(req.id()));
    }

    private static boolean sameMetadata(Requirement a, Requirement b) {
        return a.title().equals(b.title()) && a.severity().equals(b.severity()) && a.features().equals(b.features())
                && a.esms().equals(b.esms()) && a.section().equals(b.section()) && a.source().equals(b.source())
                && a.reads().equals(b.reads());
    }

    private static Reach reads(String file, Rule rule, String value) {
        if (value.isEmpty()) {
            return Reach.everything();
        }
        try {
            return Reach.parse(value);
        } catch (IllegalArgumentException e) {
            throw new PolicyException(file + ": rule \"" + rule.getName() + "\" has @reads(" + value + "): " + e.getMessage());
        }
    }

    private static List<Feature> features(String file, Rule rule, String value) {
        List<Feature> list = new ArrayList<>();
        for (String part : value.split("[|,]")) {
            try {
                list.add(Feature.byKey(part));
            } catch (IllegalArgumentException e) {
                throw new PolicyException(file + ": rule \"" + rule.getName() + "\": " + e.getMessage());
            }
        }
        return List.copyOf(list);
    }

    private static Set<String> esms(String file, Rule rule, String value) {
        Set<String> set = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String esm = part.trim().toUpperCase(Locale.ROOT);
            if (!ESMS.contains(esm)) {
                throw new PolicyException(file + ": rule \"" + rule.getName() + "\" names unknown ESM '" + part.trim() + "' (use RACF, TSS, ACF2)");
            }
            set.add(esm);
        }
        return Set.copyOf(set);
    }

    private static String sourceOf(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return impl.getResource().getSourcePath();
        }
        return rule.getPackageName();
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    Requirement requirementOf(Rule rule) {
        Requirement r = byRule.get(ruleKey(rule));
        return Objects.requireNonNull(r, () -> "rule without catalogue entry: " + rule.getName());
    }

    private static String ruleKey(Rule rule) {
        return rule.getPackageName() + "\u0000" + rule.getName();
    }

    public String idOf(Rule rule) {
        return requirementOf(rule).id();
    }

    public Collection<Requirement> requirements() {
        return byId.values();
    }

    public Requirement get(String id) {
        return byId.get(id);
    }
}
