package dev.esmscan.remediation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The remediation and backout jobs in the style of Zowe's ZWESECUR: a JOB card to adapt,
 * IKJEFT01 with the commands in-stream (DLM=$$, so comment lines starting with slash-asterisk do
 * not end the data), a LIST before each change, each change commented with what it fixes, one
 * refresh per class at the end, and a closing reminder to verify.
 */
public final class BatchJob {
    static final int WIDTH = 71;
    private static final String DELIMITER = "$$";

    private BatchJob() {
    }

    /** The commands that make the plan's changes, one per line, for pasting into TSO. */
    public static String commands(RemediationPlan plan, CommandRenderer r) {
        StringBuilder sb = new StringBuilder();
        r.streamStart().forEach(c -> sb.append(c).append('\n'));
        for (RemediationPlan.Step s : plan.steps()) {
            r.change(s.intent()).forEach(c -> sb.append(c).append('\n'));
        }
        refreshes(plan, r).forEach(c -> sb.append(c).append('\n'));
        r.streamEnd().forEach(c -> sb.append(c).append('\n'));
        return sb.toString();
    }

    /** The commands that undo the plan's changes, in reverse order. */
    public static String backoutCommands(RemediationPlan plan, CommandRenderer r) {
        StringBuilder sb = new StringBuilder();
        r.streamStart().forEach(c -> sb.append(c).append('\n'));
        for (String c : backoutLines(plan, r)) {
            sb.append(c).append('\n');
        }
        refreshes(plan, r).forEach(c -> sb.append(c).append('\n'));
        r.streamEnd().forEach(c -> sb.append(c).append('\n'));
        return sb.toString();
    }

    public static String remediationJob(RemediationPlan plan, CommandRenderer r, String esm) {
        return remediationJob(plan, r, esm, List.of());
    }

    /** The remediation job, its header repeating each warning (word-wrapped comment lines) before the usual advice. */
    public static String remediationJob(RemediationPlan plan, CommandRenderer r, String esm, List<String> warnings) {
        List<String> in = new ArrayList<>(r.streamStart());
        for (RemediationPlan.Step s : plan.steps()) {
            in.addAll(comments(r, "fixes " + String.join(", ", s.fixes())));
            r.inspect(s.intent()).forEach(c -> in.addAll(wrap(c)));
            r.change(s.intent()).forEach(c -> in.addAll(wrap(c)));
        }
        List<String> refresh = refreshes(plan, r);
        if (!refresh.isEmpty()) {
            in.add(r.comment("activate the changes"));
            refresh.forEach(c -> in.addAll(wrap(c)));
        }
        in.add(r.comment("Verify the results: list the profiles above again, take a new"));
        in.add(r.comment("extract and rescan it with esmscan before you rely on them."));
        in.addAll(r.streamEnd());
        return job("ZWEFIX", "fixes the failed Zowe security requirements", esm, plan, in, warnings);
    }

    public static String backoutJob(RemediationPlan plan, CommandRenderer r, String esm) {
        List<String> in = new ArrayList<>(r.streamStart());
        List<RemediationPlan.Step> reversed = new ArrayList<>(plan.steps());
        java.util.Collections.reverse(reversed);
        for (RemediationPlan.Step s : reversed) {
            in.addAll(comments(r, "undoes the change for " + String.join(", ", s.fixes())));
            r.backout(s.intent()).forEach(c -> in.addAll(wrap(c)));
        }
        List<String> refresh = refreshes(plan, r);
        if (!refresh.isEmpty()) {
            in.add(r.comment("activate the changes"));
            refresh.forEach(c -> in.addAll(wrap(c)));
        }
        in.add(r.comment("Verify the results: the profiles should be as before ZWEFIX ran."));
        in.addAll(r.streamEnd());
        return job("ZWEBACK", "undoes exactly what the ZWEFIX remediation job changed", esm, plan, in, List.of());
    }

    /** Words of {@code text} in lines of at most {@code width} characters (a longer word stands alone). */
    static List<String> wrapWords(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The in-stream commands of a job this class wrote: what IKJEFT01 would read from SYSTSIN. */
    public static String systsin(String jcl) {
        StringBuilder sb = new StringBuilder();
        boolean inside = false;
        for (String line : jcl.split("\n", -1)) {
            if (!inside && line.startsWith("//SYSTSIN ")) {
                inside = true;
            } else if (inside && line.equals(DELIMITER)) {
                inside = false;
            } else if (inside) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static List<String> backoutLines(RemediationPlan plan, CommandRenderer r) {
        List<String> lines = new ArrayList<>();
        for (int i = plan.steps().size() - 1; i >= 0; i--) {
            lines.addAll(r.backout(plan.steps().get(i).intent()));
        }
        return lines;
    }

    private static List<String> refreshes(RemediationPlan plan, CommandRenderer r) {
        TreeSet<String> classes = new TreeSet<>();
        plan.steps().forEach(s -> r.refreshedClass(s.intent()).ifPresent(classes::add));
        List<String> out = new ArrayList<>();
        classes.forEach(c -> out.add(r.refresh(c)));
        return out;
    }

    private static String job(String name, String purpose, String esm, RemediationPlan plan, List<String> systsin,
                              List<String> warnings) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("//%-8s JOB (ACCOUNT),'ESMSCAN %s',CLASS=A,MSGCLASS=A,", name, name.substring(3))).append('\n');
        sb.append("//             MSGLEVEL=(1,1),NOTIFY=&SYSUID\n");
        sb.append("//*").append("-".repeat(68)).append('\n');
        sb.append("//* ").append(name).append(": ").append(purpose).append('\n');
        sb.append("//* (").append(esm).append(", ").append(plan.steps().size()).append(" changes). Written by esmscan.\n");
        for (String w : warnings) {
            sb.append("//*\n");
            for (String line : wrapWords("WARNING: " + w, 68)) {
                sb.append("//* ").append(line).append('\n');
            }
            sb.append("//*\n");
        }
        sb.append("//* Change the JOB card above to your installation's standard.\n");
        sb.append("//* Review every command before you submit the job. Run it under\n");
        sb.append("//* a user with the authority the commands need (for example\n");
        sb.append("//* SPECIAL). Each change is preceded by a LIST of what it changes.\n");
        sb.append("//*").append("-".repeat(68)).append('\n');
        sb.append("//RUN      EXEC PGM=IKJEFT01,REGION=0M\n");
        sb.append("//SYSTSPRT DD SYSOUT=*\n");
        sb.append("//SYSTSIN  DD DATA,DLM=").append(DELIMITER).append('\n');
        systsin.forEach(l -> sb.append(l).append('\n'));
        sb.append(DELIMITER).append('\n');
        return sb.toString();
    }

    /** A comment in as many lines as it needs to fit WIDTH columns, broken at blanks. */
    static List<String> comments(CommandRenderer r, String text) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && r.comment(line + " " + word).length() > WIDTH) {
                out.add(r.comment(line.toString()));
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.add(r.comment(line.toString()));
        return out;
    }

    /** Splits a command into lines of at most WIDTH columns, continued with " -" at blanks outside quotes. */
    static List<String> wrap(String command) {
        List<String> lines = new ArrayList<>();
        String rest = command;
        while (rest.length() > WIDTH) {
            int cut = breakPoint(rest, WIDTH - 2);
            if (cut <= 0) {
                break;
            }
            lines.add(rest.substring(0, cut) + " -");
            rest = "  " + rest.substring(cut + 1);
        }
        lines.add(rest);
        return lines;
    }

    private static int breakPoint(String s, int max) {
        boolean quoted = false;
        int last = -1;
        for (int i = 0; i < s.length() && i <= max; i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted && i > 2) {
                last = i;
            }
        }
        return last;
    }
}
