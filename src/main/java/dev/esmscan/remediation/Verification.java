package dev.esmscan.remediation;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.policy.Status;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proves a remediation job: its in-stream commands are applied to a copy of the model through
 * the ESM's interpreter and the copy is scanned again. A fixable failure counts as fixed only
 * when the rescan passes it.
 */
public final class Verification {

    /** One fixable failure and what the rescan said of it. */
    public record Outcome(Finding before, Status after, String evidenceAfter) {
        public boolean fixed() {
            return after == Status.PASS;
        }
    }

    /** The outcomes, the commands the interpreter rejected, and the rescan. */
    public record Report(List<Outcome> outcomes, List<String> rejected, ScanResult rescan, String job) {
        public boolean allFixed() {
            return rejected.isEmpty() && outcomes.stream().allMatch(Outcome::fixed);
        }
    }

    private Verification() {
    }

    public static Report verify(Scanner.Loaded loaded, ScanResult scan, SiteSettings settings, PolicyPack pack) {
        CommandRenderer renderer = loaded.esm().renderer(settings);
        String job = BatchJob.remediationJob(RemediationPlan.of(scan.findings()), renderer, loaded.esm().name());
        CommandInterpreter.Applied applied = loaded.esm().interpreter().apply(loaded.model(), BatchJob.systsin(job));
        Scanner.Loaded fixed = new Scanner.Loaded(loaded.esm(), applied.model(), loaded.esm().resolver(applied.model()), loaded.stats());
        ScanResult rescan = Scanner.evaluate(fixed, settings, pack);
        Map<String, Finding> after = new HashMap<>();
        rescan.findings().forEach(f -> after.put(f.id() + " " + f.subject(), f));
        List<Outcome> outcomes = new ArrayList<>();
        for (Finding f : scan.findings()) {
            if (f.status() == Status.FAIL && !f.remediation().isEmpty()) {
                Finding now = after.get(f.id() + " " + f.subject());
                outcomes.add(now == null
                        ? new Outcome(f, Status.ERROR, "the rescan has no result for it")
                        : new Outcome(f, now.status(), now.evidence()));
            }
        }
        return new Report(outcomes, applied.problems(), rescan, job);
    }
}
