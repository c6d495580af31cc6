package dev.esmscan.remediation;

import dev.esmscan.policy.Finding;
import dev.esmscan.policy.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Renders each failed finding's intents as the ESM's commands (the lines report.json shows, the
 * same the job holds). A name that fails the ESM's naming rules, or a change the ESM's renderer
 * cannot express, keeps every command of that finding out: the result says a person must act, and why.
 */
public final class RemediationRenderer {

    private RemediationRenderer() {
    }

    public static List<Finding> render(List<Finding> findings, CommandRenderer renderer) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(f.status() == Status.FAIL && !f.intents().isEmpty() ? render(f, renderer) : f);
        }
        return out;
    }

    private static Finding render(Finding f, CommandRenderer renderer) {
        for (Intent i : f.intents()) {
            Optional<String> bad = unsupportedOrInvalid(i, renderer);
            if (bad.isPresent()) {
                return f.withRemediation(f.evidence() + "; a person must act: no command was generated because the "
                        + bad.get(), List.of(), List.of());
            }
        }
        List<String> commands = new ArrayList<>();
        TreeSet<String> refresh = new TreeSet<>();
        for (Intent i : RemediationPlan.ordered(f.intents())) {
            commands.addAll(renderer.change(i));
            renderer.refreshedClass(i).ifPresent(refresh::add);
        }
        refresh.forEach(c -> commands.add(renderer.refresh(c)));
        return f.withRemediation(f.evidence(), f.intents(), commands);
    }

    private static Optional<String> unsupportedOrInvalid(Intent i, CommandRenderer renderer) {
        try {
            return renderer.invalidName(i);
        } catch (IllegalArgumentException unsupported) {
            return Optional.of("change (" + i.getClass().getSimpleName() + ") has no command in this ESM's renderer yet");
        }
    }
}
