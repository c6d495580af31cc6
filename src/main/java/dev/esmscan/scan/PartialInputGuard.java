package dev.esmscan.scan;

import dev.esmscan.input.Reach;
import dev.esmscan.input.ReadStats;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * No PASS from a damaged extract. When a reader could not read or model some records or commands,
 * the model may lack exactly the user, permit or profile a requirement turns on. Each problem
 * carries the part of the database it could have changed ({@link Reach}); every result of a
 * requirement that reads that part and that the data could have made different in the scanner's
 * favour — a PASS, or a NOT_APPLICABLE drawn from the data (one with a subject) — becomes ERROR,
 * naming the damage. Results of requirements that read nothing the damage reaches keep their
 * verdict. FAILs stay FAILs; MANUAL items and requirements switched off by the site do not read
 * the data. Notices (what the input says without damage) change nothing.
 */
public final class PartialInputGuard {

    private PartialInputGuard() {
    }

    public static List<Finding> apply(List<Finding> findings, List<ReadStats> stats) {
        if (stats.stream().allMatch(s -> s.errors() == 0 && s.unseen().isNothing())) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            boolean dataDriven = f.status() == Status.PASS
                    || (f.status() == Status.NOT_APPLICABLE && !f.subject().equals("-"));
            String damage = dataDriven ? damage(stats, f.requirement().reads()) : null;
            out.add(damage != null ? new Finding(f.requirement(), f.subject(), Status.ERROR,
                    "cannot be trusted: " + damage + "; the result from the records read was " + f.status() + ": " + f.evidence(),
                    List.of(), List.of(), f.severity()) : f);
        }
        return out;
    }

    /** What was lost that reaches what a requirement reads, in words, or null when nothing was. */
    static String damage(List<ReadStats> stats, Reach reads) {
        List<String> parts = new ArrayList<>();
        for (ReadStats s : stats) {
            if (!s.unseen().isNothing() && s.unseen().touches(reads)) {
                parts.add(s.path() + " may be cut short: " + s.horizon());
            }
            if (s.errors() > 0 && s.damage().touches(reads)) {
                String scope = s.damage().isEverything() ? "" : " (they could change " + s.damage().describe() + ")";
                String first = s.firstProblemTouching(reads);
                parts.add(s.errors() + " problem" + (s.errors() == 1 ? "" : "s") + " in " + s.path() + scope
                        + (first == null ? "" : "; first: " + first));
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
