package dev.esmscan.policy;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.SecurityModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.runtime.KieSession;

/**
 * Evaluates a policy pack against a model: inserts the site settings, the identities the rules look
 * up (see {@link RuleFacts}) and the Zowe end users as facts, exposes the model and the ESM's access resolver as globals, fires the rules
 * of the applicable requirements, and closes every requirement with a result.
 */
public final class PolicyEngine {
    public static final Comparator<Finding> ORDER =
            Comparator.comparing(Finding::id).thenComparing(Finding::subject);

    private final PolicyPack pack;

    public PolicyEngine(PolicyPack pack) {
        this.pack = pack;
    }

    public List<Finding> evaluate(SecurityModel model, SiteSettings settings, AccessResolver resolver) {
        Catalogue catalogue = pack.catalogue();
        Map<String, String> notApplicable = new HashMap<>();
        for (Requirement r : catalogue.requirements()) {
            String reason = r.notApplicableReason(settings);
            if (reason != null) {
                notApplicable.put(r.id(), reason);
            }
        }
        Verdicts verdicts = new Verdicts(catalogue, resolver);
        KieSession session = pack.kieBase().newKieSession();
        try {
            Map<String, Object> globals = Map.of("verdicts", verdicts, "access", resolver, "model", model, "settings", settings);
            for (String name : declaredGlobals()) {
                Object value = globals.get(name);
                if (value == null) {
                    throw new PolicyException("the policy pack declares global '" + name + "'; the engine offers " + globals.keySet());
                }
                session.setGlobal(name, value);
            }
            pack.ruleFacts().insert(session, model, settings, ZoweEndUser.of(settings, model));
            session.fireAllRules(match -> !notApplicable.containsKey(catalogue.idOf(match.getRule())));
        } finally {
            session.dispose();
        }
        List<Finding> results = new ArrayList<>(verdicts.findings());
        for (Requirement r : catalogue.requirements()) {
            String reason = notApplicable.get(r.id());
            if (reason != null) {
                results.add(new Finding(r, "-", Status.NOT_APPLICABLE, reason, List.of()));
            } else if (!verdicts.hasVerdictFor(r.id())) {
                results.add(new Finding(r, "-", Status.ERROR, "no rule of " + r.id() + " reached a verdict (" + r.file() + ")", List.of()));
            }
        }
        results.sort(ORDER);
        return results;
    }

    private Set<String> declaredGlobals() {
        Set<String> names = new HashSet<>();
        for (KiePackage p : pack.kieBase().getKiePackages()) {
            for (Global g : p.getGlobalVariables()) {
                names.add(g.getName());
            }
        }
        return names;
    }
}
