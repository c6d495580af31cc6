package dev.esmscan.remediation;

import dev.esmscan.policy.Finding;
import dev.esmscan.policy.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes that fix every fixable failure, once each: deduplicated across findings, class
 * activations merged per class, permits merged per profile and ID at the highest level asked for,
 * and ordered groups, users, connects, classes, profiles, permits, started tasks.
 */
public final class RemediationPlan {
    private static final Comparator<Intent> ORDER =
            Comparator.comparing(Intent::stage).thenComparing(Intent::sortKey);

    /** One change and the results (requirement and subject) it fixes. */
    public record Step(Intent intent, List<String> fixes) {
    }

    private final List<Step> steps;

    private RemediationPlan(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    public static RemediationPlan of(List<Finding> findings) {
        Map<Object, Intent> merged = new LinkedHashMap<>();
        Map<Object, Set<String>> reasons = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.status() != Status.FAIL || f.remediation().isEmpty()) {
                continue;
            }
            for (Intent i : f.intents()) {
                Object key = mergeKey(i);
                merged.merge(key, i, RemediationPlan::merge);
                reasons.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(f.id() + " " + f.subject());
            }
        }
        List<Step> steps = new ArrayList<>();
        merged.forEach((key, intent) -> steps.add(new Step(intent, List.copyOf(reasons.get(key)))));
        steps.sort(Comparator.comparing(Step::intent, ORDER));
        return new RemediationPlan(steps);
    }

    /** Orders one finding's own intents the way a job would. */
    public static List<Intent> ordered(List<Intent> intents) {
        List<Intent> sorted = new ArrayList<>(intents);
        sorted.sort(ORDER);
        return sorted;
    }

    private static Object mergeKey(Intent i) {
        if (i instanceof Intent.ActivateClass a) {
            return List.of("class", a.className());
        }
        if (i instanceof Intent.Permit p) {
            return List.of("permit", p.className(), p.profile(), p.id());
        }
        return i;
    }

    private static Intent merge(Intent a, Intent b) {
        if (a instanceof Intent.ActivateClass x && b instanceof Intent.ActivateClass y) {
            return x.merge(y);
        }
        if (a instanceof Intent.Permit x && b instanceof Intent.Permit y) {
            return x.level().compareTo(y.level()) >= 0 ? x : y;
        }
        return a;
    }

    public List<Step> steps() {
        return steps;
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
