package dev.esmscan.acf2.command;

import dev.esmscan.acf2.read.Acf2Text;
import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file of ACF subcommands (what SYSTSIN of an {@code ACF} batch step holds, or SYSIN of
 * ACFBATCH) as a model source, alone or on top of ACF LIST output read before it. Each subcommand
 * counts as a record of its name. What the interpreter says of the lines goes to the input's
 * notices (refused by ACF2, listings, no effect, comments) and problems (not modelled, with what
 * they could have changed); AUTOUID and AUTOGID stand-ins are assumptions.
 */
public final class Acf2CommandFileReader implements ExtractReader {
    public static final String FORMAT = "acf2-commands";
    private static final Set<String> FIRST_WORDS = Set.of("ACF", "SET", "INSERT", "CHANGE", "DELETE", "RECKEY", "COMPILE");
    private static final Pattern ACF2_MARKER = Pattern.compile(
            "(?im)^\\s*(ACF\\s*$|SET\\s+(LID|LOGONID|RULE|CONTROL\\(|C\\(|RESOURCE\\(|R\\(|PROFILE\\(|X\\()|RECKEY\\s)");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean appliesCommands() {
        return true;
    }

    /** True when the first subcommand is an ACF one, the text names an ACF2 record family, and it holds no LIST output. */
    @Override
    public boolean accepts(byte[] head) {
        String text = Acf2Text.head(head);
        if (text.indexOf('\0') >= 0 || Acf2Text.looksLikeListing(text)) {
            return false;
        }
        String first = Acf2Text.firstWord(Acf2Text.firstSignificantLine(withoutStarComments(text)));
        return FIRST_WORDS.contains(first.toUpperCase(Locale.ROOT)) && ACF2_MARKER.matcher(text).find();
    }

    /** The text without ACF2's own comment lines (a {@code *} first), which may open a stream. */
    private static String withoutStarComments(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\r\n|\r|\n")) {
            if (!line.trim().startsWith("*")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    public ReadStats read(Path file, SecurityModel.Builder model) throws IOException {
        if (!accepts(Acf2Text.headBytes(file))) {
            throw new InputException(file, 1, "not a file of ACF subcommands: expected SET LID, SET RULE, SET CONTROL(...),"
                    + " SET RESOURCE(...) or another ACF subcommand first, and no LIST output");
        }
        String text = Acf2Text.decode(file);
        ReadStats stats = new ReadStats(file.toString(), FORMAT);
        Acf2CommandInterpreter interpreter = new Acf2CommandInterpreter(model);
        Acf2CommandInterpreter.Result result = interpreter.interpret(text);
        if (interpreter.verbs().isEmpty()) {
            throw new InputException(file, "holds no ACF subcommand");
        }
        interpreter.verbs().forEach((verb, n) -> {
            for (long i = 0; i < n; i++) {
                stats.record(verb);
            }
        });
        result.notices().forEach(n -> stats.notice(n.line(), n.kind(), n.message()));
        result.problems().forEach(p -> stats.problem(p.line(), p.kind(), p.message(), p.reach()));
        result.assumptions().forEach(stats::assumption);
        return stats;
    }
}
