package dev.esmscan.input.jcl;

import java.util.Locale;

/**
 * One JCL statement, its continuation records joined: the lines it spans, its name field (empty
 * when column 3 is blank), its operation and its parameter field as written (comments removed).
 *
 * <p>Fields and continuation follow the z/OS MVS JCL Reference ("JCL statement fields", "Continuing
 * JCL statements"): a statement is columns 1–71 of records starting with {@code //}; the name starts
 * in column 3; the parameter field ends at the first blank outside apostrophes, and what follows is
 * comment; a parameter field ending in a comma continues on the next {@code //} record (from its
 * first non-blank column); a value in apostrophes that reaches column 71 continues in column 16 of
 * the next record; a non-blank column 72 continues only the comment, so the next record is skipped.
 */
record JclStatement(int line, int lastLine, String name, String operation, String parameters) {

    /** True for the null statement ({@code //} and blanks), which marks the end of a job. */
    boolean isNull() {
        return name.isEmpty() && operation.isEmpty();
    }

    boolean is(String op) {
        return operation.equals(op);
    }

    /** The lines this statement spans, as "line 12" or "lines 12–14". */
    String lines() {
        return lastLine == line ? "line " + line : "lines " + line + "–" + lastLine;
    }

    /** Columns 1–71 of a record: what JCL reads of it (72 is the comment continuation column, 73–80 sequence numbers). */
    static String card(String record) {
        return record.length() > 71 ? record.substring(0, 71) : record;
    }

    /**
     * Reads the statement starting at {@code lines[start]} (which starts with {@code //} and is not a
     * comment statement) and its continuation records.
     *
     * @return the statement and the index of the first record after it
     */
    static Read read(String[] lines, int start) {
        String card = card(lines[start]);
        int pos = 2;
        String name = "";
        if (card.length() > 2 && card.charAt(2) != ' ') {
            int end = blankFrom(card, 2);
            name = card.substring(2, end).toUpperCase(Locale.ROOT);
            pos = end;
        }
        pos = skipBlanks(card, pos);
        int opEnd = blankFrom(card, pos);
        String operation = card.substring(pos, opEnd).toUpperCase(Locale.ROOT);
        pos = skipBlanks(card, opEnd);

        StringBuilder params = new StringBuilder();
        int index = start;
        boolean inQuote = false;
        while (true) {
            // scan the parameter field of the current record from pos
            int i = pos;
            boolean ended = false;
            while (i < card.length()) {
                char c = card.charAt(i);
                if (c == '\'') {
                    inQuote = !inQuote;
                } else if (c == ' ' && !inQuote) {
                    ended = true;
                    break;
                }
                params.append(c);
                i++;
            }
            int next = index + 1;
            if (inQuote && !ended && continuationRecord(lines, next)) {
                // a value in apostrophes continued from column 71 to column 16 of the next record
                index = next;
                card = card(lines[index]);
                pos = Math.min(15, card.length());
                continue;
            }
            if (!inQuote && params.length() > 0 && params.charAt(params.length() - 1) == ',') {
                int cont = nextContinuation(lines, next);
                if (cont >= 0) {
                    index = cont;
                    card = card(lines[index]);
                    pos = skipBlanks(card, 2);
                    continue;
                }
            }
            // a non-blank column 72 continues the comment only: skip the records it continues onto
            String raw = lines[index];
            while (raw.length() > 71 && raw.charAt(71) != ' ' && next < lines.length && lines[next].startsWith("//")
                    && !lines[next].startsWith("//*")) {
                index = next;
                raw = lines[index];
                next = index + 1;
            }
            return new Read(new JclStatement(start + 1, index + 1, name, operation, params.toString()), index + 1);
        }
    }

    record Read(JclStatement statement, int next) {
    }

    /** A record that continues a statement: {@code //} followed by a blank in column 3. */
    private static boolean continuationRecord(String[] lines, int i) {
        return i < lines.length && lines[i].startsWith("//") && (lines[i].length() == 2 || lines[i].charAt(2) == ' ')
                && !lines[i].startsWith("//*");
    }

    /** The index of the record that continues a parameter field ending in a comma, passing comment statements; -1 if none. */
    private static int nextContinuation(String[] lines, int i) {
        while (i < lines.length && lines[i].startsWith("//*")) {
            i++;
        }
        return continuationRecord(lines, i) && !card(lines[i]).substring(2).isBlank() ? i : -1;
    }

    private static int blankFrom(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) != ' ') {
            i++;
        }
        return i;
    }

    private static int skipBlanks(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
