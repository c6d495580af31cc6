package dev.esmscan.cli;

import dev.esmscan.policy.Finding;
import dev.esmscan.policy.Status;
import dev.esmscan.remediation.RemediationPlan;
import java.util.List;

/**
 * How remediate and verify count: the changes of the generated job (one per command the job makes,
 * shared changes once) and the failures they fix, so both commands give the same numbers.
 */
final class Changes {

    private Changes() {
    }

    /** "9 changes fix the 10 failures that commands can fix; 8 failures need a person (see the scan report)". */
    static String of(RemediationPlan plan, List<Finding> findings) {
        long fixable = findings.stream().filter(f -> f.status() == Status.FAIL && !f.remediation().isEmpty()).count();
        long needPerson = findings.stream().filter(f -> f.status() == Status.FAIL && f.remediation().isEmpty()).count();
        int changes = plan.steps().size();
        return changes + (changes == 1 ? " change fixes" : " changes fix") + " the " + fixable + " failure" + (fixable == 1 ? "" : "s")
                + " that commands can fix; " + needPerson + (needPerson == 1 ? " failure needs" : " failures need")
                + " a person (see the scan report)";
    }
}
