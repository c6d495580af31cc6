package dev.esmscan.remediation;

import dev.esmscan.policy.Finding;
import dev.esmscan.policy.Status;
import dev.esmscan.model.SecurityModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
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

    /**
     * Renders as {@link #render(List, CommandRenderer)} does, then keeps out the commands of a
     * finding that grant to, connect or run as an identity the model does not hold and no
     * generated command defines (its definition needs a person): the ESM would refuse them, so
     * the finding needs a person too, and says which identity must be defined first.
     */
    public static List<Finding> render(List<Finding> findings, CommandRenderer renderer, SecurityModel model) {
        List<Finding> rendered = render(findings, renderer);
        Set<String> defined = new HashSet<>();
        for (Finding f : rendered) {
            if (!f.remediation().isEmpty()) {
                for (Intent i : f.intents()) {
                    if (i instanceof Intent.DefineUser u) {
                        defined.add(u.user());
                    } else if (i instanceof Intent.DefineGroup g) {
                        defined.add(g.group());
                    }
                }
            }
        }
        List<Finding> out = new ArrayList<>(rendered.size());
        for (Finding f : rendered) {
            Optional<String> missing = f.remediation().isEmpty() ? Optional.empty()
                    : f.intents().stream().flatMap(i -> identitiesNeeded(i).stream())
                            .filter(id -> !defined.contains(id) && model.user(id).isEmpty() && model.group(id).isEmpty())
                            .findFirst();
            out.add(missing.isEmpty() ? f : f.withRemediation(f.evidence() + "; a person must act: " + missing.get()
                    + " is not defined and no generated command defines it (its definition needs a person),"
                    + " so the commands for this finding would be refused; define " + missing.get() + " first", List.of(), List.of()));
        }
        return out;
    }

    /** The identities a change needs to exist already. */
    private static List<String> identitiesNeeded(Intent i) {
        if (i instanceof Intent.Permit p) {
            return p.id().equals("*") ? List.of() : List.of(p.id());
        } else if (i instanceof Intent.Connect c) {
            return List.of(c.user(), c.group());
        } else if (i instanceof Intent.DefineStartedTask d) {
            return d.group() == null ? List.of(d.user()) : List.of(d.user(), d.group());
        } else if (i instanceof Intent.MapStartedTask m) {
            return m.group() == null ? List.of(m.user()) : List.of(m.user(), m.group());
        }
        return List.of();
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
