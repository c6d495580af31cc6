package dev.esmscan.racf.command;

import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.ExtractText;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A file of RACF TSO commands as a scan input, alone or applied on top of an unload read before it.
 * Each command counts as a record of its command name; each command or operand not applied counts
 * as an error with its line.
 */
public final class RacfCommandFileReader implements ExtractReader {
    public static final String FORMAT = "racf-commands";
    /** A heading of SETROPTS LIST output, which may start with the echoed command. */
    private static final String SETROPTS_LIST_OUTPUT = "ACTIVE CLASSES =";

    @Override
    public String format() {
        return FORMAT;
    }

    /** True when the first command after blank lines and comments is one of the RACF commands esmscan reads. */
    @Override
    public boolean accepts(byte[] head) {
        int skip = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(head, skip, head.length - skip, StandardCharsets.ISO_8859_1);
        if (text.indexOf('\0') >= 0 || text.contains(SETROPTS_LIST_OUTPUT)) {
            return false;
        }
        Optional<String> first = RacfCommandParser.firstCommandName(text);
        return first.isPresent() && RacfVerb.of(first.get()).isPresent();
    }

    @Override
    public ReadStats read(Path file, SecurityModel.Builder model) throws IOException {
        String text = ExtractText.decode(file);
        ReadStats stats = new ReadStats(file.toString(), FORMAT);
        RacfCommandParser.Parsed parsed = RacfCommandParser.parse(text);
        if (parsed.commands().isEmpty() && parsed.problems().isEmpty()) {
            throw new InputException(file, "holds no RACF command");
        }
        List<CommandProblem> problems = new ArrayList<>(parsed.problems());
        RacfCommandInterpreter interpreter = new RacfCommandInterpreter(model);
        for (RacfCommand command : parsed.commands()) {
            stats.record(command.verb().name());
            problems.addAll(interpreter.apply(command));
        }
        problems.sort(Comparator.comparingInt(CommandProblem::line));
        problems.forEach(p -> stats.error(p.line(), p.message()));
        return stats;
    }
}
