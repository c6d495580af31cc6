package dev.esmscan.tss.command;

import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.tss.read.TssOutputReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of TSS commands (CREATE, ADD, ADDTO, PERMIT, REVOKE, REMOVE, DELETE, ...) as a model
 * source, alone or applied on top of LIST output. Recognised when its first statement, after
 * comments, is a TSS command; command output (which echoes commands between messages) is left to
 * the output reader.
 */
public final class TssCommandFileReader implements ExtractReader {
    public static final String FORMAT = "tss-commands";
    private static final Pattern PROBLEM_LINE = Pattern.compile("^line (\\d+): (.*)$", Pattern.DOTALL);

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
        return TssCommandParser.startsWithTssCommand(text);
    }

    @Override
    public ReadStats read(Path file, SecurityModel.Builder model) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        ReadStats stats = new ReadStats(file.toString(), FORMAT);
        TssCommandParser.Parsed parsed = TssCommandParser.parse(text);
        if (parsed.commands().isEmpty()) {
            throw new InputException(file, "holds no TSS command");
        }
        TssCommandInterpreter interpreter = new TssCommandInterpreter(model);
        parsed.problems().forEach(p -> problem(stats, "line " + p));
        for (TssCommand c : parsed.commands()) {
            stats.record(c.function());
            interpreter.apply(c).forEach(p -> problem(stats, p));
        }
        return stats;
    }

    private static void problem(ReadStats stats, String p) {
        Matcher m = PROBLEM_LINE.matcher(p);
        if (m.matches()) {
            stats.error(Long.parseLong(m.group(1)), m.group(2));
        } else {
            stats.error(0, p);
        }
    }
}
