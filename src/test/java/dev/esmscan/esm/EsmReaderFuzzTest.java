package dev.esmscan.esm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.acf2.command.Acf2CommandFileReader;
import dev.esmscan.acf2.read.Acf2ListingReader;
import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.InputException;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.tss.command.TssCommandFileReader;
import dev.esmscan.tss.read.TssOutputReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random mutations (truncations, byte flips, line splices) of the Top Secret and ACF2 samples and
 * fixtures, read by the reader that claims the original: each must end in a model or an
 * InputException. {@code -Desmscan.fuzz.mutations=N} sets the mutations per reader (200 by
 * default), {@code -Desmscan.fuzz.seed=S} the seed; a failure names both and the mutation.
 */
class EsmReaderFuzzTest {
    static final int MUTATIONS = Integer.getInteger("esmscan.fuzz.mutations", 200);
    static final long SEED = Long.getLong("esmscan.fuzz.seed", 20261121L);
    private static final int HEAD_BYTES = 64 * 1024;

    @TempDir
    Path dir;

    static Stream<Arguments> readers() {
        return Stream.of(new TssOutputReader(), new TssCommandFileReader(), new Acf2ListingReader(), new Acf2CommandFileReader())
                .map(r -> Arguments.of(r.format(), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void everyMutationEndsInAModelOrAnInputError(String format, ExtractReader reader) throws IOException {
        List<Path> originals = originalsClaimedBy(reader);
        assertFalse(originals.isEmpty(), "samples for " + format);
        Random random = new Random(SEED ^ format.hashCode());
        Path file = dir.resolve("mutated.txt");
        int models = 0;
        int inputErrors = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            Path original = originals.get(random.nextInt(originals.size()));
            Mutation m = Mutation.random(random, Files.readAllBytes(original));
            Files.write(file, m.bytes());
            String where = format + " mutation " + i + " (" + m.description() + " of " + original
                    + ", -Desmscan.fuzz.seed=" + SEED + " -Desmscan.fuzz.mutations=" + MUTATIONS + ")";
            try {
                reader.read(file, SecurityModel.builder()).problems();
                models++;
            } catch (InputException e) {
                assertTrue(e.getMessage().startsWith(file.toString()), where + ": the message names the file: " + e.getMessage());
                inputErrors++;
            } catch (RuntimeException | IOException | StackOverflowError e) {
                throw new AssertionError(where + " ended in " + e, e);
            }
        }
        assertTrue(models + inputErrors == MUTATIONS, format + ": " + models + " models, " + inputErrors + " input errors");
    }

    private static List<Path> originalsClaimedBy(ExtractReader reader) throws IOException {
        List<Path> all = new ArrayList<>();
        for (String root : List.of("sample-exports/tss", "sample-exports/acf2", "src/test/resources/tss", "src/test/resources/acf2")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                all.addAll(files.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList()));
            }
        }
        all.add(Path.of("src/test/resources/seed000-tss-setup.txt"));
        List<Path> claimed = new ArrayList<>();
        for (Path p : all) {
            try (InputStream in = Files.newInputStream(p)) {
                if (reader.accepts(in.readNBytes(HEAD_BYTES))) {
                    claimed.add(p);
                }
            }
        }
        return claimed;
    }

    /** One random change to a file's bytes, described for reproduction. */
    record Mutation(byte[] bytes, String description) {
        static Mutation random(Random r, byte[] in) {
            int kind = r.nextInt(5);
            int at = in.length == 0 ? 0 : r.nextInt(in.length);
            switch (kind) {
                case 0 -> {
                    return new Mutation(Arrays.copyOf(in, at), "truncated at byte " + at);
                }
                case 1 -> {
                    byte[] out = in.clone();
                    int flips = 1 + r.nextInt(8);
                    for (int f = 0; f < flips && out.length > 0; f++) {
                        out[r.nextInt(out.length)] = (byte) r.nextInt(256);
                    }
                    return new Mutation(out, flips + " bytes flipped");
                }
                case 2 -> {
                    List<String> lines = new ArrayList<>(Arrays.asList(new String(in, java.nio.charset.StandardCharsets.ISO_8859_1)
                            .split("\n", -1)));
                    int from = r.nextInt(lines.size());
                    int to = r.nextInt(lines.size());
                    lines.add(to, lines.get(from));
                    return new Mutation(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                            "line " + (from + 1) + " copied before line " + (to + 1));
                }
                case 3 -> {
                    List<String> lines = new ArrayList<>(Arrays.asList(new String(in, java.nio.charset.StandardCharsets.ISO_8859_1)
                            .split("\n", -1)));
                    int line = r.nextInt(lines.size());
                    int cut = r.nextInt(lines.get(line).length() + 1);
                    String other = lines.get(r.nextInt(lines.size()));
                    lines.set(line, lines.get(line).substring(0, cut) + other.substring(Math.min(cut, other.length())));
                    return new Mutation(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                            "line " + (line + 1) + " spliced with another at column " + cut);
                }
                default -> {
                    byte[] out = new byte[in.length + 1];
                    System.arraycopy(in, 0, out, 0, at);
                    out[at] = (byte) "\0\r\n()'\"".charAt(r.nextInt(7));
                    System.arraycopy(in, at, out, at + 1, in.length - at);
                    return new Mutation(out, "byte " + (out[at] & 0xFF) + " inserted at " + at);
                }
            }
        }
    }
}
