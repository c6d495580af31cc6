package dev.esmscan.acf2.command;

import java.util.ArrayList;
import java.util.List;

/**
 * The logical lines of an ACF subcommand stream as TSO reads them: comments between slash-asterisk
 * and asterisk-slash removed (also across lines), a line ending in {@code -} or {@code +} (after a
 * blank) continued on the next, blank lines kept (they end a COMPILE's rule text).
 */
final class Acf2CommandLines {

    /** One logical line, the physical line it starts on, and whether it began indented (rule text does). */
    record Logical(int line, String text, boolean indented) {
    }

    private Acf2CommandLines() {
    }

    static List<Logical> split(String text) {
        List<Logical> out = new ArrayList<>();
        String[] physical = text.split("\r\n|\r|\n", -1);
        StringBuilder pending = null;
        int pendingLine = 0;
        boolean pendingIndented = false;
        boolean inComment = false;
        for (int i = 0; i < physical.length; i++) {
            StringBuilder kept = new StringBuilder();
            String line = physical[i];
            int j = 0;
            while (j < line.length()) {
                if (inComment) {
                    int end = line.indexOf("*/", j);
                    if (end < 0) {
                        j = line.length();
                    } else {
                        inComment = false;
                        j = end + 2;
                    }
                } else if (line.startsWith("/*", j)) {
                    inComment = true;
                    j += 2;
                } else {
                    kept.append(line.charAt(j++));
                }
            }
            String s = kept.toString().stripTrailing();
            boolean continued = s.length() >= 2 && (s.endsWith(" -") || s.endsWith(" +"));
            String body = continued ? s.substring(0, s.length() - 1).stripTrailing() : s;
            if (pending == null) {
                if (body.isBlank() && !continued) {
                    boolean commentOnly = !line.isBlank();
                    if (!commentOnly) {
                        out.add(new Logical(i + 1, "", false));
                    }
                    continue;
                }
                pending = new StringBuilder(body);
                pendingLine = i + 1;
                pendingIndented = !body.isEmpty() && Character.isWhitespace(body.charAt(0));
            } else {
                pending.append(' ').append(body.trim());
            }
            if (!continued) {
                out.add(new Logical(pendingLine, pending.toString().trim(), pendingIndented));
                pending = null;
            }
        }
        if (pending != null) {
            out.add(new Logical(pendingLine, pending.toString().trim(), pendingIndented));
        }
        return out;
    }
}
