package dev.esmscan.policy;

import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.remediation.AccessRemedy;
import dev.esmscan.remediation.Intent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The rules' only way to say something: a global that collects one verdict per requirement and
 * subject. The requirement is taken from the firing rule's {@code @id} metadata. A second,
 * different verdict for the same requirement and subject is a defect in the rules: it becomes ERROR.
 */
public final class Verdicts {
    private final Catalogue catalogue;
    private final AccessResolver resolver;
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final Set<String> decided = new HashSet<>();

    public Verdicts(Catalogue catalogue, AccessResolver resolver) {
        this.catalogue = catalogue;
        this.resolver = resolver;
    }

    public void pass(RuleContext rule, String subject, String evidence) {
        add(rule, subject, Status.PASS, evidence);
    }

    /** FAIL, with the neutral changes that would fix it (none: a person must act). */
    public void fail(RuleContext rule, String subject, String evidence, Intent... fix) {
        add(rule, subject, Status.FAIL, evidence, Arrays.asList(fix));
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
        add(rule, subject, check.passed() ? Status.PASS : Status.FAIL, check.evidence(), check.fixes());
    }

    /**
     * {@link #check(RuleContext, String, Check)} with this subject's own severity (high, medium or
     * low), for a requirement whose subjects weigh differently.
     */
    public void check(RuleContext rule, String subject, String severity, Check check) {
        if (!Catalogue.SEVERITIES.contains(severity)) {
            throw new IllegalArgumentException("severity '" + severity + "' for " + subject + "; use high, medium or low");
        }
        Requirement req = catalogue.requirementOf(rule.getRule());
        record(new Finding(req, subject, check.passed() ? Status.PASS : Status.FAIL, check.evidence(), check.fixes(), List.of(), severity));
    }

    /**
     * PASS when the ESM grants the requested access, else FAIL with the decision's reason and the
     * changes that grant it (or why a person must choose them).
     */
    public void access(RuleContext rule, String subject, AccessDecision decision) {
        Status status = AccessVerdict.status(decision);
        String evidence = AccessVerdict.evidence(decision);
        List<Intent> fix = List.of();
        if (status == Status.FAIL) {
            AccessRemedy.Remedy remedy = AccessRemedy.of(decision, resolver);
            fix = remedy.intents();
            if (remedy.needsPerson() != null) {
                evidence += "; a person must act: " + remedy.needsPerson();
            }
        }
        add(rule, subject, status, evidence, fix);
    }

    /**
     * An access decision and further conditions on the same subject: PASS when the ESM grants the
     * access and every condition of {@code also} held. The evidence is the decision's, then what
     * {@code also} found. The fixes are the access remedy's and the check's; none at all when the
     * access needs a person, so that a partial fix never passes for a complete one.
     */
    public void access(RuleContext rule, String subject, AccessDecision decision, Check also) {
        boolean granted = AccessVerdict.status(decision) == Status.PASS;
        String evidence = AccessVerdict.evidence(decision);
        List<Intent> fix = new ArrayList<>();
        String needsPerson = null;
        if (!granted) {
            AccessRemedy.Remedy remedy = AccessRemedy.of(decision, resolver);
            fix.addAll(remedy.intents());
            needsPerson = remedy.needsPerson();
        }
        also.fixes().stream().filter(f -> !fix.contains(f)).forEach(fix::add);
        if (!also.evidence().isEmpty()) {
            evidence += "; " + also.evidence();
        }
        if (needsPerson != null) {
            evidence += "; a person must act: " + needsPerson;
            fix.clear();
        }
        add(rule, subject, granted && also.passed() ? Status.PASS : Status.FAIL, evidence, fix);
    }

    private void add(RuleContext rule, String subject, Status status, String evidence) {
        add(rule, subject, status, evidence, List.of());
    }

    private void add(RuleContext rule, String subject, Status status, String evidence, List<Intent> fix) {
        Requirement req = catalogue.requirementOf(rule.getRule());
        record(new Finding(req, subject, status, evidence, fix, List.of()));
    }

    void record(Finding f) {
        String key = f.id() + "\u0000" + f.subject();
        Finding earlier = findings.get(key);
        decided.add(f.id());
        if (earlier == null) {
            findings.put(key, f);
        } else if (earlier.status() != f.status() || !earlier.evidence().equals(f.evidence())) {
            findings.put(key, new Finding(f.requirement(), f.subject(), Status.ERROR,
                    "the rules gave conflicting verdicts: " + earlier.status() + " (" + earlier.evidence() + ") and "
                            + f.status() + " (" + f.evidence() + ")", List.of()));
        }
    }

    boolean hasVerdictFor(String requirementId) {
        return decided.contains(requirementId);
    }

    public Collection<Finding> findings() {
        return new ArrayList<>(findings.values());
    }
}
