package dev.esmscan.racf.unload;

import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The real unload, and small unloads built field by field from the IBM layouts. */
final class UnloadTestFiles {

    /** A model and the statistics of the read that built it. */
    record Read(SecurityModel model, ReadStats stats) {
        /**
         * The problems but those of users and groups the fragment names without holding them (a
         * test's few records are no whole database): the problems of reading the records themselves.
         */
        long readErrors() {
            long missing = stats.problemSummary().stream().filter(k -> k.kind().equals(UnloadRecordMapper.MISSING_IDENTITY))
                    .mapToLong(ReadStats.Summary::count).sum();
            return stats.errors() - missing;
        }

        /** The first problems of reading the records themselves, as {@link ReadStats#problems()} has them. */
        List<String> readProblems() {
            return stats.problems().stream().filter(p -> !p.contains("a whole RACF database always holds it")).toList();
        }
    }

    private UnloadTestFiles() {
    }

    static Path realUnload() {
        return Path.of(System.getProperty("esmscan.shared", "../shared"), "real-world", "adcd-2021.irrdbu00");
    }

    /** The real unload's lines, decoded byte for byte. */
    static List<String> realLines() {
        try {
            return Files.readAllLines(realUnload(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One blank-padded record: the type in columns 1-4 and each named field at its IBM columns,
     * e.g. {@code record(USER_BASIC, "USBD_NAME", "ALICE", "USBD_SPECIAL", "YES")}.
     */
    static String record(RecordLayout layout, String... namesAndValues) {
        List<Field> fields = layout.fields();
        char[] line = new char[fields.get(fields.size() - 1).end()];
        Arrays.fill(line, ' ');
        layout.type().getChars(0, 4, line, 0);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Field f = layout.field(namesAndValues[i]);
            String value = namesAndValues[i + 1];
            if (value.length() > f.length()) {
                throw new IllegalArgumentException(f.name() + " holds " + f.length() + " characters: " + value);
            }
            value.getChars(0, value.length(), line, f.start() - 1);
        }
        return new String(line);
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Read read(ExtractReader reader, Path... files) {
        SecurityModel.Builder builder = SecurityModel.builder();
        ReadStats last = null;
        try {
            for (Path file : files) {
                last = reader.read(file, builder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(builder.build(), last);
    }

    static Read readText(Path dir, String text) {
        return read(new Irrdbu00Reader(), write(dir, "test.irrdbu00", text));
    }
}
