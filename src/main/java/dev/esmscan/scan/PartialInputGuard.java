package dev.esmscan.scan;

import dev.esmscan.input.ReadStats;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * No PASS from a damaged extract. When a reader could not parse some records, the model may lack
 * exactly the user, permit or profile a requirement turns on, and which one is unknowable. So
 * every result that the data could have made different in the scanner's favour — a PASS, or a
 * NOT_APPLICABLE drawn from the data (one with a subject) — becomes ERROR, naming the damage.
 * FAILs stay FAILs; MANUAL items and requirements switched off by the site do not read the data.
 */
public final class PartialInputGuard {

    private PartialInputGuard() {
    }

    public static List<Finding> apply(List<Finding> findings, List<ReadStats> stats) {
        String damage = damage(stats);
        if (damage == null) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            boolean dataDriven = f.status() == Status.PASS
                    || (f.status() == Status.NOT_APPLICABLE && !f.subject().equals("-"));
            out.add(dataDriven ? new Finding(f.requirement(), f.subject(), Status.ERROR,
                    "cannot be trusted: " + damage + "; the result from the records read was " + f.status() + ": " + f.evidence(),
                    List.of(), List.of(), f.severity()) : f);
        }
        return out;
    }

    /** What was lost, in words, or null when every input was read whole. */
    static String damage(List<ReadStats> stats) {
        List<String> parts = new ArrayList<>();
        for (ReadStats s : stats) {
            if (s.errors() > 0) {
                parts.add(s.errors() + " record" + (s.errors() == 1 ? "" : "s") + " of " + s.path() + " could not be read"
                        + (s.problems().isEmpty() ? "" : " (first: " + s.problems().get(0) + ")"));
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
