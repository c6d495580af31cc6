package dev.esmscan.tss.read;

import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.input.Reach;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.tss.data.TssData;
import dev.esmscan.tss.data.TssDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Top Secret parameter file (TSSPARMS), the member DISA's data collection prints as
 * {@code TSSPRMFL}: control option statements such as {@code AUTH(OVERRIDE,ALLOVER)},
 * {@code MODE(FAIL)}, {@code FACILITY(ZOWE=MODE=FAIL)} and {@code FACILITY(ZOWE=RES)}, with
 * comment lines starting with an asterisk. AUTH, the global MODE and the facility sub-options
 * MODE, RES and NORES are read (they change access decisions); every other option is counted and
 * read past. A statement whose value cannot be read is a problem reaching every resource class,
 * since AUTH and MODE decide access in all of them.
 */
public final class TssParameterFileReader implements ExtractReader {
    public static final String FORMAT = "tss-parms";
    /** One statement, its value without blanks and with at most one level of nested parentheses. */
    private static final Pattern STATEMENT = Pattern.compile("[A-Z][A-Z0-9]*\\([^\\s()]*(?:\\([^\\s()]*\\)[^\\s()]*)*\\)",
            Pattern.CASE_INSENSITIVE);
    /** A parameter file is a card image member: longer lines are no statements of it. */
    private static final int MAX_LINE = 255;
    private static final Set<String> DECIDING = Set.of("AUTH", "MODE", "FACILITY", "FAC");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.indexOf('\0') >= 0 || new TssOutputReader().accepts(head)) {
            return false;
        }
        boolean deciding = false;
        int statements = 0;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == lines.length - 1 && head.length >= 64 * 1024) {
                break;
            }
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("*") || t.startsWith("/*")) {
                continue;
            }
            if (!statementLine(t)) {
                return false;
            }
            for (String[] s : TssControlOptionText.statements(t)) {
                statements++;
                deciding |= DECIDING.contains(s[0]);
            }
        }
        return statements > 0 && deciding;
    }

    /** Whether a line holds only statements, separated by blanks or commas, and perhaps a trailing comment. */
    private static boolean statementLine(String t) {
        if (t.length() > MAX_LINE) {
            return false;
        }
        int comment = t.indexOf(" *");
        String body = comment < 0 ? t : t.substring(0, comment);
        java.util.regex.Matcher m = STATEMENT.matcher(body);
        int at = 0;
        int n = 0;
        while (m.find()) {
            if (!body.substring(at, m.start()).matches("[\\s,]*")) {
                return false;
            }
            at = m.end();
            n++;
        }
        return n > 0 && body.substring(at).matches("[\\s,]*");
    }

    @Override
    public ReadStats read(Path file, SecurityModel.Builder model) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        if (!accepts(String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1))) {
            throw new InputException(file, "holds no Top Secret control option statements (AUTH(..), MODE(..), FACILITY(..))");
        }
        ReadStats stats = new ReadStats(file.toString(), FORMAT);
        TssData data = new TssDatabase(model).data();
        long lineNo = 0;
        for (String line : lines) {
            lineNo++;
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("*") || t.startsWith("/*")) {
                continue;
            }
            int comment = t.indexOf(" *");
            String statements = comment < 0 ? t : t.substring(0, comment);
            for (String[] s : TssControlOptionText.statements(statements)) {
                try {
                    if (TssControlOptionText.applyStatement(s[0], s[1], data, "TSSPARMS line " + lineNo)) {
                        stats.record(s[0]);
                    } else {
                        stats.skipped("option " + s[0]);
                    }
                } catch (IllegalArgumentException e) {
                    stats.problem(lineNo, "not modelled", e.getMessage(), Reach.everything());
                }
            }
        }
        return stats;
    }
}
