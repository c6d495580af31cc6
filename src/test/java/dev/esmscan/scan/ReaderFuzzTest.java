package dev.esmscan.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.esmscan.esm.Esms;
import dev.esmscan.input.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random damage to real extracts (truncations, byte flips, line splices and duplications) must
 * end cleanly: a model, or an input error. Mutation i is made from the seed and i alone, so a
 * failure names the seed and the mutation to replay. The count is raised by -Pfuzz
 * (esmscan.fuzz.mutations); another seed comes from esmscan.fuzz.seed.
 */
class ReaderFuzzTest {
    private static final long DEFAULT_SEED = 20261121L;
    private static final int DEFAULT_MUTATIONS = 300;

    private static final String COMMANDS = String.join("\n",
            "/* site changes */",
            "ADDGROUP ZWEADMIN OMVS(GID(1000)) DATA('Zowe admins')",
            "ADDUSER ZWESVUSR DFLTGRP(ZWEADMIN) NOPASSWORD OMVS(UID(1001) HOME('/u/zwe') PROGRAM('/bin/sh'))",
            "RDEFINE FACILITY ZWES.IS UACC(NONE)",
            "PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)",
            "RDEFINE STARTED ZWESLSTC.* STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN)) -",
            "  UACC(NONE)",
            "CONNECT ZWESVUSR GROUP(SYS1) AUTHORITY(USE)",
            "SETROPTS RACLIST(FACILITY) REFRESH",
            "ALTUSER ZWESVUSR REVOKE(2026-01-01)",
            "");

    private static final String CSV = String.join("\n",
            "USBD_NAME,USBD_PROGRAMMER,USBD_SPECIAL,USBD_REVOKE_DATE",
            "IBMUSER,IBM USER,YES,",
            "ZWESVUSR,ZOWE SERVER,NO,2026-01-01",
            "GRACC_NAME,GRACC_CLASS_NAME,GRACC_AUTH_ID,GRACC_ACCESS",
            "BPX.DAEMON,FACILITY,OMVSKERN,READ",
            "GRBD_NAME,GRBD_CLASS_NAME,GRBD_UACC",
            "BPX.DAEMON,FACILITY,NONE",
            "");

    @TempDir
    Path dir;

    private record Seed(String name, byte[] bytes) {
    }

    @Test
    void damagedExtractsGiveAModelOrAnInputErrorAndNothingElse() throws IOException {
        long seed = Long.getLong("esmscan.fuzz.seed", DEFAULT_SEED);
        int mutations = Integer.getInteger("esmscan.fuzz.mutations", DEFAULT_MUTATIONS);
        List<Seed> seeds = seeds();
        int models = 0;
        int inputErrors = 0;
        for (int i = 0; i < mutations; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            Seed original = seeds.get(random.nextInt(seeds.size()));
            List<String> steps = new ArrayList<>();
            byte[] damaged = mutate(original.bytes(), random, steps);
            Path file = dir.resolve("m" + i + "-" + original.name());
            Files.write(file, damaged);
            try {
                InputResolver.Resolved resolved = new InputResolver(Esms.all()).resolve(List.of(file), Optional.empty());
                assertNotNull(Scanner.load(resolved.inputs()).model());
                models++;
            } catch (InputException e) {
                assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "an input error says what is wrong");
                inputErrors++;
            } catch (RuntimeException | Error e) {
                Files.copy(file, Path.of("target", "fuzz-failure-" + seed + "-" + i + "-" + original.name()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                fail("seed " + seed + ", mutation " + i + " of " + original.name() + " " + steps + " ended in " + e, e);
            } finally {
                Files.delete(file);
            }
        }
        System.out.printf("reader fuzz: seed %d, %d mutations: %d models, %d input errors%n", seed, mutations, models, inputErrors);
    }

    private static List<Seed> seeds() throws IOException {
        List<Seed> seeds = new ArrayList<>();
        Path adcd = Path.of(System.getProperty("esmscan.shared", "../shared"), "real-world", "adcd-2021.irrdbu00");
        if (Files.isRegularFile(adcd)) {
            seeds.add(new Seed("adcd-2021.irrdbu00", Files.readAllBytes(adcd)));
        }
        seeds.add(new Seed("site.irrdbu00", Files.readAllBytes(Path.of("sample-exports/racf/site.irrdbu00"))));
        seeds.add(new Seed("setropts.txt", Files.readAllBytes(Path.of("sample-exports/racf/setropts.txt"))));
        seeds.add(new Seed("commands.racf", COMMANDS.getBytes(StandardCharsets.ISO_8859_1)));
        seeds.add(new Seed("unload.csv", CSV.getBytes(StandardCharsets.ISO_8859_1)));
        seeds.add(new Seed("ebcdic.irrdbu00", HostileInputTest.withRecordDescriptors(HostileInputTest.siteLines(400),
                java.nio.charset.Charset.forName("IBM1047"))));
        return seeds;
    }

    /** One to four damages in a row, each described in {@code steps}. */
    private static byte[] mutate(byte[] original, Random random, List<String> steps) {
        byte[] b = original;
        int count = 1 + random.nextInt(4);
        for (int k = 0; k < count && b.length > 0; k++) {
            switch (random.nextInt(5)) {
                case 0 -> {
                    int at = random.nextInt(b.length);
                    steps.add("truncate at " + at);
                    b = Arrays.copyOf(b, at);
                }
                case 1 -> {
                    int flips = 1 + random.nextInt(16);
                    b = b.clone();
                    for (int f = 0; f < flips; f++) {
                        int at = random.nextInt(b.length);
                        byte to = (byte) random.nextInt(256);
                        steps.add("byte " + at + " := " + (to & 0xFF));
                        b[at] = to;
                    }
                }
                case 2 -> {
                    int from = random.nextInt(b.length);
                    int to = Math.min(b.length, from + 1 + random.nextInt(400));
                    int at = random.nextInt(b.length + 1);
                    steps.add("splice " + from + ".." + to + " in at " + at);
                    b = insert(b, Arrays.copyOfRange(b, from, to), at);
                }
                case 3 -> {
                    int from = random.nextInt(b.length);
                    int to = Math.min(b.length, from + 1 + random.nextInt(2000));
                    steps.add("duplicate " + from + ".." + to);
                    b = insert(b, Arrays.copyOfRange(b, from, to), to);
                }
                default -> {
                    int from = random.nextInt(b.length);
                    int to = Math.min(b.length, from + 1 + random.nextInt(300));
                    steps.add("cut out " + from + ".." + to);
                    byte[] shorter = new byte[b.length - (to - from)];
                    System.arraycopy(b, 0, shorter, 0, from);
                    System.arraycopy(b, to, shorter, from, b.length - to);
                    b = shorter;
                }
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, byte[] piece, int at) {
        byte[] out = new byte[b.length + piece.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(b, at, out, at + piece.length, b.length - at);
        return out;
    }
}
