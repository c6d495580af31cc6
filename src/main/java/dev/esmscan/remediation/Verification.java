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

    /**
     * One fixable failure and what the rescan said of it: {@code after} is the verdict on the
     * records read; {@code distrust} is non-null when the input's own problems still leave that
     * verdict undecided in the report (the job fixed what was read, the rest is unknown).
     */
    public record Outcome(Finding before, Status after, String evidenceAfter, String distrust) {
        public Outcome(Finding before, Status after, String evidenceAfter) {
            this(before, after, evidenceAfter, null);
        }

        public boolean fixed() {
            return after == Status.PASS;
        }
    }

    /**
     * The outcomes, the commands the interpreter could not apply (problems), the commands the ESM
     * would refuse or that change nothing (notices), and the rescan.
     */
    public record Report(List<Outcome> outcomes, List<String> rejected, List<String> notices, ScanResult rescan, String job) {
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
        Scanner.Loaded asRead = new Scanner.Loaded(fixed.esm(), fixed.model(), fixed.resolver(), List.of());
        Map<String, Finding> onRecordsRead = byKey(Scanner.evaluate(asRead, settings, pack).findings());
        Map<String, Finding> reported = byKey(rescan.findings());
        List<Outcome> outcomes = new ArrayList<>();
        for (Finding f : scan.findings()) {
            if (f.status() == Status.FAIL && !f.remediation().isEmpty()) {
                Finding now = onRecordsRead.get(key(f));
                Finding shown = reported.get(key(f));
                String distrust = shown != null && now != null && shown.status() != now.status() ? shown.evidence() : null;
                outcomes.add(now == null
                        ? new Outcome(f, Status.ERROR, "the rescan has no result for it")
                        : new Outcome(f, now.status(), now.evidence(), distrust));
            }
        }
        return new Report(outcomes, applied.problems(), applied.notices(), rescan, job);
    }

    private static Map<String, Finding> byKey(List<Finding> findings) {
        Map<String, Finding> map = new HashMap<>();
        findings.forEach(f -> map.put(key(f), f));
        return map;
    }

    private static String key(Finding f) {
        return f.id() + " " + f.subject();
    }
}
