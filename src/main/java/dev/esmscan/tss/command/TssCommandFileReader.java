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

/**
 * A file of TSS commands (the SYSTSIN of a batch TSO job: CREATE, ADD, ADDTO, PERMIT, REVOKE,
 * REMOVE, DELETE, LIST, WHOHAS, ...) as a model source, alone or applied on top of LIST output.
 * Recognised when its first statement, after comments, is a TSS command and it holds no command
 * output (which echoes commands between TSSnnnnI messages and is left to the output reader).
 *
 * <p>What the stream says besides the changes is kept apart: commands Top Secret refuses,
 * listings, TSO PROFILE and comments over several lines are notices, which change no verdict;
 * commands esmscan cannot model are problems naming the part of the database they could change;
 * values Top Secret chooses ({@code UID(?)}) are assumptions.
 */
public final class TssCommandFileReader implements ExtractReader {
    public static final String FORMAT = "tss-commands";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean appliesCommands() {
        return true;
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
        parsed.observations().forEach(o -> record(stats, o));
        for (TssCommand c : parsed.commands()) {
            stats.record(c.function());
            interpreter.apply(c).forEach(o -> record(stats, o));
        }
        return stats;
    }

    private static void record(ReadStats stats, TssObservation o) {
        if (o.isProblem()) {
            stats.problem(o.line(), o.kind(), o.message(), o.reach());
        } else if (o.isAssumption()) {
            stats.assumption(o.located());
        } else {
            stats.notice(o.line(), o.kind(), o.message());
        }
    }
}
