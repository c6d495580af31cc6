package dev.esmscan.tss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.esmscan.esm.Esm;
import dev.esmscan.esm.Esms;
import dev.esmscan.input.ExtractReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each sample is claimed by exactly its own reader, among all readers of all ESMs. */
class FormatRecognitionTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(TssInputs.resource("formats-list-user.txt"), "TSS tss-list"),
                Arguments.of(TssInputs.resource("formats-stc-record.txt"), "TSS tss-list"),
                Arguments.of(TssInputs.resource("formats-whohas.txt"), "TSS tss-list"),
                Arguments.of(TssInputs.resource("formats-facility.txt"), "TSS tss-list"),
                Arguments.of(TssInputs.resource("formats-rdt.txt"), "TSS tss-list"),
                Arguments.of(Path.of("sample-exports/tss/tssparms.txt"), "TSS tss-parms"),
                Arguments.of(Path.of("src/test/resources/seed000-tss-setup.txt"), "TSS tss-commands"),
                // comments, then a LIST: a command stream as Zowe's jobs write them, not output
                Arguments.of(TssInputs.resource("streams/zowe-setup-systsin.txt"), "TSS tss-commands"),
                Arguments.of(TssInputs.resource("streams/zowe-undo-systsin.txt"), "TSS tss-commands"),
                Arguments.of(TssInputs.resource("streams/site-after-setup.txt"), "TSS tss-list"),
                Arguments.of(Path.of("sample-exports/racf/site.irrdbu00"), "RACF irrdbu00"),
                Arguments.of(Path.of("sample-exports/racf/setropts.txt"), "RACF setropts"),
                Arguments.of(Path.of("src/test/resources/seed000-racf-setup.txt"), "RACF racf-commands"),
                Arguments.of(TssInputs.resource("acf2-gso-stc.txt"), null),
                Arguments.of(TssInputs.resource("acf2-rules.txt"), null),
                Arguments.of(TssInputs.resource("acf2-roles.txt"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void onlyItsOwnReaderClaimsIt(Path file, String expected) throws IOException {
        byte[] head = Files.readAllBytes(file);
        List<String> claimed = new ArrayList<>();
        for (Esm esm : Esms.all()) {
            for (ExtractReader r : esm.readers()) {
                if (r.accepts(head) && !(expected == null && esm.name().equals("ACF2"))) {
                    claimed.add(esm.name() + " " + r.format());
                }
            }
        }
        assertEquals(expected == null ? List.of() : List.of(expected), claimed);
    }
}
