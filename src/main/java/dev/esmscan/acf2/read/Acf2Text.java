package dev.esmscan.acf2.read;

import dev.esmscan.input.ExtractText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Decoding and the first-line checks both ACF2 readers use to recognise their inputs. */
public final class Acf2Text {
    /** Subcommands that change the database: a file starting with one is a command file. */
    static final Set<String> CHANGE_VERBS = Set.of("INSERT", "CHANGE", "DELETE", "RECKEY", "COMPILE", "STORE");

    private static final int HEAD_BYTES = 64 * 1024;

    private Acf2Text() {
    }

    /** The extract's text: see {@link ExtractText#decode}. */
    public static String decode(Path file) throws IOException {
        return ExtractText.decode(file);
    }

    /** The first bytes of a file, as many as format recognition looks at. */
    public static byte[] headBytes(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    public static String head(byte[] head) {
        int skip = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(head, skip, head.length - skip, StandardCharsets.ISO_8859_1);
    }

    /** Text that holds ACF LIST output: record headers, stored-by lines. */
    public static boolean hasListingMarkers(String text) {
        String u = text.toUpperCase(Locale.ROOT);
        return u.contains(" LAST CHANGED BY ") || u.matches("(?s).*\\bSTORED(:| BY ).*");
    }

    /** The first line that is neither blank nor a comment, trimmed; empty when none. */
    public static String firstSignificantLine(String text) {
        boolean inComment = false;
        for (String line : text.split("\r\n|\r|\n")) {
            String t = line.trim();
            if (inComment) {
                int end = t.indexOf("*/");
                if (end < 0) {
                    continue;
                }
                inComment = false;
                t = t.substring(end + 2).trim();
            }
            while (t.startsWith("/*")) {
                int end = t.indexOf("*/", 2);
                if (end < 0) {
                    inComment = true;
                    t = "";
                    break;
                }
                t = t.substring(end + 2).trim();
            }
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    public static String firstWord(String line) {
        String t = line.trim();
        int end = 0;
        while (end < t.length() && t.charAt(end) != ' ' && t.charAt(end) != '(' && t.charAt(end) != ',') {
            end++;
        }
        return t.substring(0, end).toUpperCase(Locale.ROOT);
    }

    public static boolean isBinary(String text) {
        return text.indexOf('\0') >= 0;
    }

    /**
     * Text that is ACF LIST output rather than a command file: record headers or stored-by lines,
     * DECOMP text starting with $KEY, or a LIST/SHOW/DECOMP echo in a stream with no subcommand
     * that changes the database.
     */
    public static boolean looksLikeListing(String text) {
        String first = firstSignificantLine(text);
        if (CHANGE_VERBS.contains(firstWord(first))) {
            return false;
        }
        if (first.regionMatches(true, 0, "$KEY(", 0, 5) || hasListingMarkers(text)) {
            return true;
        }
        boolean lists = false;
        for (String line : text.split("\r\n|\r|\n")) {
            String w = firstWord(line);
            if (CHANGE_VERBS.contains(w)) {
                return false;
            }
            lists |= w.equals("LIST") || w.equals("SHOW") || w.equals("DECOMP");
        }
        return lists;
    }
}
