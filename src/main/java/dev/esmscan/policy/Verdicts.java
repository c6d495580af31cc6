package dev.esmscan.policy;

import dev.esmscan.model.AccessDecision;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The rules' only way to say something: a global that collects one verdict per requirement and
 * subject. The requirement is taken from the firing rule's {@code @id} metadata. A second,
 * different verdict for the same requirement and subject is a defect in the rules: it becomes ERROR.
 */
public final class Verdicts {
    private final Catalogue catalogue;
    private final Map<String, Finding> findings = new LinkedHashMap<>();

    public Verdicts(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void pass(RuleContext rule, String subject, String evidence) {
        add(rule, subject, Status.PASS, evidence);
    }

    public void fail(RuleContext rule, String subject, String evidence) {
        add(rule, subject, Status.FAIL, evidence);
    }

    public void error(RuleContext rule, String subject, String evidence) {
        add(rule, subject, Status.ERROR, evidence);
    }

    public void manual(RuleContext rule, String subject, String instruction) {
        add(rule, subject, Status.MANUAL, instruction);
    }

    public void notApplicable(RuleContext rule, String subject, String reason) {
        add(rule, subject, Status.NOT_APPLICABLE, reason);
    }

    /** PASS when every condition of the check held, else FAIL listing what did not. */
    public void check(RuleContext rule, String subject, Check check) {
        add(rule, subject, check.passed() ? Status.PASS : Status.FAIL, check.evidence());
    }

    /** PASS when the ESM grants the requested access, else FAIL with the decision's reason. */
    public void access(RuleContext rule, String subject, AccessDecision decision) {
        add(rule, subject, AccessVerdict.status(decision), AccessVerdict.evidence(decision));
    }

    private void add(RuleContext rule, String subject, Status status, String evidence) {
        Requirement req = catalogue.requirementOf(rule.getRule());
        record(new Finding(req, subject, status, evidence, List.of()));
    }

    void record(Finding f) {
        String key = f.id() + "\u0000" + f.subject();
        Finding earlier = findings.get(key);
        if (earlier == null) {
            findings.put(key, f);
        } else if (earlier.status() != f.status() || !earlier.evidence().equals(f.evidence())) {
            findings.put(key, new Finding(f.requirement(), f.subject(), Status.ERROR,
                    "the rules gave conflicting verdicts: " + earlier.status() + " (" + earlier.evidence() + ") and "
                            + f.status() + " (" + f.evidence() + ")", List.of()));
        }
    }

    boolean hasVerdictFor(String requirementId) {
        for (Finding f : findings.values()) {
            if (f.id().equals(requirementId)) {
                return true;
            }
        }
        return false;
    }

    public Collection<Finding> findings() {
        return new ArrayList<>(findings.values());
    }
}
