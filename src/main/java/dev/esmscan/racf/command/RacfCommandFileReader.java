package dev.esmscan.racf.command;

import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.ExtractText;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file of RACF TSO commands (what a batch job's SYSTSIN holds) as a scan input, alone or applied
 * on top of an unload read before it. Each command counts as a record of its command name. What
 * RACF or TSO refuses, listings, TSO's PROFILE, RACDCERT and comments over several lines are
 * notices; what esmscan cannot model is a problem with the part of the database it could change.
 */
public final class RacfCommandFileReader implements ExtractReader {
    public static final String FORMAT = "racf-commands";
    /** A heading of SETROPTS LIST output, which may start with the echoed command. */
    private static final String SETROPTS_LIST_OUTPUT = "ACTIVE CLASSES =";

    @Override
    public String format() {
        return FORMAT;
    }

    /** Commands apply to the whole database: the inputs read before them keep every profile. */
    @Override
    public boolean appliesCommands() {
        return true;
    }

    /**
     * True when the first command after blank lines, comments and TSO PROFILE commands is one of the
     * RACF commands esmscan reads, listing commands (LISTDSD, RLIST, ...) and RACDCERT included.
     */
    @Override
    public boolean accepts(byte[] head) {
        int skip = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(head, skip, head.length - skip, StandardCharsets.ISO_8859_1);
        if (text.indexOf('\0') >= 0 || text.contains(SETROPTS_LIST_OUTPUT)) {
            return false;
        }
        for (String name : RacfCommandParser.commandNames(text)) {
            Optional<RacfVerb> verb = RacfVerb.of(name);
            if (verb.isPresent() && !verb.get().isRacf()) {
                continue;
            }
            return verb.isPresent();
        }
        return false;
    }

    @Override
    public ReadStats read(Path file, SecurityModel.Builder model) throws IOException {
        String text = ExtractText.decode(file);
        ReadStats stats = new ReadStats(file.toString(), FORMAT);
        CommandStream.Result result = CommandStream.apply(model, text);
        if (result.commandNames().isEmpty() && result.problems().isEmpty()) {
            throw new InputException(file, "holds no RACF command");
        }
        result.commandNames().forEach(stats::record);
        for (CommandNote n : result.notes()) {
            if (n.isProblem()) {
                stats.problem(n.line(), n.kind().label(), n.message(), n.reach());
            } else {
                stats.notice(n.line(), n.kind().label(), n.message());
            }
        }
        result.assumptions().forEach(stats::assumption);
        return stats;
    }
}
