package dev.esmscan.input.jcl;

import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadOptions;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A batch job as an input: the SYSTSIN its TSO steps read, handed to the command reader that
 * recognised it, reported under the job's own name with the format {@code jcl(<commands>)}, and with
 * what the job's JCL says added to that reader's notices and problems. Line numbers are the job's.
 */
public final class JclReader implements ExtractReader {
    private final ExtractReader commands;
    private final JclExtraction extraction;

    public JclReader(ExtractReader commands, JclExtraction extraction) {
        this.commands = commands;
        this.extraction = extraction;
    }

    /** True when the first line that is not blank starts with {@code //}: a JOB statement, a step, or a JCL comment. */
    public static boolean isJob(byte[] head) {
        int skip = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(head, skip, head.length - skip, StandardCharsets.ISO_8859_1);
        if (text.indexOf('\0') >= 0) {
            return false;
        }
        for (String line : text.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                return line.startsWith("//");
            }
        }
        return false;
    }

    @Override
    public String format() {
        return "jcl(" + commands.format() + ")";
    }

    @Override
    public boolean accepts(byte[] head) {
        return isJob(head);
    }

    @Override
    public boolean appliesCommands() {
        return commands.appliesCommands();
    }

    @Override
    public ExtractReader orderedAs() {
        return commands.orderedAs();
    }

    /** The command reader the SYSTSIN goes to. */
    public ExtractReader commands() {
        return commands;
    }

    public JclExtraction extraction() {
        return extraction;
    }

    @Override
    public ReadStats read(Path file, SecurityModel.Builder model) throws IOException {
        return read(file, model, ReadOptions.DEFAULT);
    }

    @Override
    public ReadStats read(Path file, SecurityModel.Builder model, ReadOptions options) throws IOException {
        Path systsin = Files.createTempFile("esmscan-systsin", ".txt");
        try {
            Files.write(systsin, extraction.bytes());
            ReadStats stats = commands.read(systsin, model, options).withPath(file.toString()).withFormat(format());
            extraction.addTo(stats);
            return stats;
        } catch (InputException e) {
            throw new InputException(String.valueOf(e.getMessage()).replace(systsin.toString(), file + " (" + extraction.describe() + ")"));
        } finally {
            Files.deleteIfExists(systsin);
        }
    }
}
