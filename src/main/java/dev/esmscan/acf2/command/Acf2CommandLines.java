package dev.esmscan.acf2.command;

import java.util.ArrayList;
import java.util.List;

/**
 * The logical lines of an ACF subcommand stream, as TSO hands them to the ACF command processor:
 * <ul>
 *   <li>a line ending in {@code -} or {@code +} continues on the next: after {@code -} the next
 *       line follows as written, after {@code +} without its leading blanks (TSO's continuation
 *       rule, also inside a word);</li>
 *   <li>a comment from slash-asterisk to asterisk-slash is removed; one without its closing
 *       asterisk-slash ends with its logical line, so it runs on only when the line ends in a
 *       continuation character (TSO's comment rule);</li>
 *   <li>a logical line starting with {@code *} is one of ACF2's own comment lines;</li>
 *   <li>blank lines are kept: they end a COMPILE's rule text.</li>
 * </ul>
 */
final class Acf2CommandLines {

    /** What a logical line is. */
    enum Form {
        /** A subcommand, an operator command or a line of rule text. */
        COMMAND,
        /** An empty physical line. */
        BLANK,
        /** ACF2's comment form: the line starts with {@code *}. */
        COMMENT
    }

    /**
     * One logical line: the physical lines it spans, its text with comments removed and
     * continuations joined, whether its first line began with a blank (rule text does), and its form.
     */
    record Logical(int line, int lastLine, String text, boolean indented, Form form) {
    }

    /** A slash-asterisk comment that spans physical lines. */
    record Comment(int firstLine, int lastLine) {
    }

    /** The logical lines and the comments that span lines. */
    record Split(List<Logical> lines, List<Comment> comments) {
    }

    private Acf2CommandLines() {
    }

    static Split split(String text) {
        List<Logical> out = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        String[] physical = text.split("\r\n|\r|\n", -1);
        int last = physical.length;
        if (last > 0 && physical[last - 1].isEmpty()) {
            last--;
        }
        StringBuilder pending = null;
        int pendingLine = 0;
        boolean pendingIndented = false;
        char continuation = 0;
        boolean inComment = false;
        int commentStart = 0;
        for (int i = 0; i < last; i++) {
            int n = i + 1;
            String raw = stripTrailing(physical[i]);
            if (pending == null && raw.isEmpty()) {
                out.add(new Logical(n, n, "", false, Form.BLANK));
                continue;
            }
            char cont = raw.isEmpty() ? 0 : raw.charAt(raw.length() - 1);
            boolean continued = cont == '-' || cont == '+';
            String body = continued ? raw.substring(0, raw.length() - 1) : raw;
            StringBuilder kept = new StringBuilder();
            int j = 0;
            while (j < body.length()) {
                if (inComment) {
                    int end = body.indexOf("*/", j);
                    if (end < 0) {
                        j = body.length();
                    } else {
                        inComment = false;
                        if (n > commentStart) {
                            comments.add(new Comment(commentStart, n));
                        }
                        j = end + 2;
                    }
                } else if (body.startsWith("/*", j)) {
                    inComment = true;
                    commentStart = n;
                    j += 2;
                } else {
                    kept.append(body.charAt(j++));
                }
            }
            if (inComment && !continued) {
                inComment = false;
                if (n > commentStart) {
                    comments.add(new Comment(commentStart, n));
                }
            }
            if (pending == null) {
                pending = new StringBuilder(kept);
                pendingLine = n;
                pendingIndented = kept.length() > 0 && Character.isWhitespace(kept.charAt(0));
            } else if (continuation == '+') {
                pending.append(kept.toString().stripLeading());
            } else {
                pending.append(kept);
            }
            if (continued) {
                continuation = cont;
            } else {
                finish(out, pending.toString(), pendingLine, n, pendingIndented);
                pending = null;
            }
        }
        if (pending != null) {
            finish(out, pending.toString(), pendingLine, last, pendingIndented);
        }
        return new Split(out, comments);
    }

    private static void finish(List<Logical> out, String text, int first, int lastLine, boolean indented) {
        String t = text.trim();
        if (t.isEmpty()) {
            return;
        }
        out.add(new Logical(first, lastLine, t, indented, t.startsWith("*") ? Form.COMMENT : Form.COMMAND));
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }
}
