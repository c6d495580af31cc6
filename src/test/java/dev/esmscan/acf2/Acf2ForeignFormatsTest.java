package dev.esmscan.acf2;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.esm.Esm;
import dev.esmscan.esm.Esms;
import dev.esmscan.input.ExtractReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader claims only its own ESM's samples: the ACF2 readers reject RACF's unload, SETROPTS
 * output and command files and Top Secret's listings; every other ESM's readers reject ACF2's
 * listings and command files; and exactly one ACF2 reader takes each ACF2 sample.
 */
class Acf2ForeignFormatsTest {
    private static final int HEAD = 64 * 1024;

    static Stream<Arguments> foreignSamples() throws IOException {
        List<Path> samples = new ArrayList<>(List.of(
                Path.of("sample-exports/racf/site.irrdbu00"),
                Path.of("sample-exports/racf/setropts.txt"),
                Path.of("src/test/resources/seed000-racf-setup.txt")));
        try (Stream<Path> tss = Files.list(Path.of("src/test/resources/acf2/foreign"))) {
            tss.sorted().forEach(samples::add);
        }
        return samples.stream().map(Arguments::of);
    }

    static Stream<Arguments> acf2Samples() throws IOException {
        List<Path> samples = new ArrayList<>();
        try (Stream<Path> f = Files.list(Path.of("src/test/resources/acf2/formats"))) {
            f.sorted().forEach(samples::add);
        }
        try (Stream<Path> f = Files.list(Path.of("sample-exports/acf2"))) {
            f.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(samples::add);
        }
        return samples.stream().map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("foreignSamples")
    void acf2ReadersRejectOtherFormats(Path sample) throws IOException {
        byte[] head = head(sample);
        for (ExtractReader r : new Acf2().readers()) {
            assertFalse(r.accepts(head), r.format() + " must not claim " + sample);
        }
    }

    @ParameterizedTest
    @MethodSource("acf2Samples")
    void otherEsmsRejectAcf2Samples(Path sample) throws IOException {
        byte[] head = head(sample);
        for (Esm esm : Esms.all()) {
            if (esm.name().equals("ACF2")) {
                continue;
            }
            for (ExtractReader r : esm.readers()) {
                assertFalse(r.accepts(head), esm.name() + " " + r.format() + " must not claim " + sample);
            }
        }
        long claimed = new Acf2().readers().stream().filter(r -> r.accepts(head)).count();
        assertTrue(claimed == 1, claimed + " ACF2 readers claim " + sample);
    }

    private static byte[] head(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return in.readNBytes(HEAD);
        }
    }
}
