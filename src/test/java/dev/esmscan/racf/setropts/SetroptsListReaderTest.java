package dev.esmscan.racf.setropts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.ModelDump;
import dev.esmscan.model.SecurityModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SETROPTS LIST as TSO prints it (formats doc 8.1), with its variants. */
class SetroptsListReaderTest {
    private static final String CAPTURE = resource("setropts-list.txt");

    @TempDir
    Path dir;

    @Test
    void readsTheClassListsOfTheCapture() {
        ClassOptions o = read(CAPTURE).classOptions().orElseThrow();
        assertEquals(70, o.activeClasses().size());
        assertTrue(o.activeClasses().containsAll(List.of("DATASET", "USER", "GROUP", "FACILITY", "STARTED", "ZMFCLOUD", "WBEM")));
        assertEquals(27, o.raclistedClasses().size());
        assertTrue(o.isRaclisted("FACILITY") && o.isRaclisted("STARTED") && o.isRaclisted("ZMFCLOUD"));
        assertFalse(o.isRaclisted("PROGRAM"));
        assertEquals(38, o.genericClasses().size());
        assertTrue(o.isGeneric("DATASET") && o.isGeneric("FACILITY") && o.isGeneric("ZMFCLOUD"));
        assertFalse(o.isGeneric("PROGRAM"), "PROGRAM is only GENCMD");
        assertTrue(o.isGenericCommand("PROGRAM"));
        assertEquals(39, o.genericCommandClasses().size());
        assertTrue(o.isListOfGroups());
        assertTrue(o.isEnhancedGenericNaming());
    }

    @Test
    void countsTheHeadingsItTookAndSkipsTheOthers() {
        ReadStats stats = readStats(CAPTURE);
        assertEquals(0, stats.errors(), () -> String.join("\n", stats.problems()));
        assertEquals("setropts", stats.format());
        Map<String, Long> taken = stats.recordsByType().entrySet().stream()
                .filter(e -> !stats.skippedByType().containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of("ACTIVE CLASSES", 1L, "SETR RACLIST CLASSES", 1L, "GENERIC PROFILE CLASSES", 1L,
                "GENERIC COMMAND CLASSES", 1L, "LIST OF GROUPS ACCESS CHECKING", 1L, "ENHANCED GENERIC NAMING", 1L), taken);
        assertEquals(Set.of("ATTRIBUTES", "STATISTICS", "AUDIT CLASSES", "GENLIST CLASSES", "GLOBAL CHECKING CLASSES",
                "GLOBAL=YES RACLIST ONLY", "KERBLVL"), stats.skippedByType().keySet());
    }

    @Test
    void withoutTheLeadingBlankAndWithCrlfTheOptionsAreTheSame() {
        String noLeadingBlank = CAPTURE.lines().map(l -> l.substring(1)).collect(Collectors.joining("\n", "", "\n"));
        String crlf = CAPTURE.replace("\n", "\r\n");
        String trimmed = CAPTURE.lines().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
        String expected = optionsDump(read(CAPTURE));
        assertEquals(expected, optionsDump(read(noLeadingBlank)));
        assertEquals(expected, optionsDump(read(crlf)));
        assertEquals(expected, optionsDump(read(trimmed)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "LIST OF GROUPS ACCESS CHECKING IS ACTIVE.,       true",
            "LIST OF GROUPS ACCESS CHECKING IS INACTIVE.,     false",
            "LIST OF GROUPS ACCESS CHECKING IS NOT ACTIVE.,   false"})
    void listOfGroupsChecking(String line, boolean on) {
        String text = CAPTURE.replace("LIST OF GROUPS ACCESS CHECKING IS ACTIVE.", line);
        assertEquals(on, read(text).classOptions().orElseThrow().isListOfGroups());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ENHANCED GENERIC NAMING IS IN EFFECT,       true",
            "ENHANCED GENERIC NAMING IS NOT IN EFFECT,   false"})
    void enhancedGenericNaming(String line, boolean on) {
        String text = CAPTURE.replace("ENHANCED GENERIC NAMING IS IN EFFECT", line);
        assertEquals(on, read(text).classOptions().orElseThrow().isEnhancedGenericNaming());
    }

    @Test
    void noneMeansAnEmptyList() {
        String text = String.join("\n",
                "ACTIVE CLASSES = DATASET USER GROUP FACILITY",
                "GENERIC PROFILE CLASSES =  NONE",
                "GENERIC COMMAND CLASSES =  NONE",
                "SETR RACLIST CLASSES =  NONE",
                "LIST OF GROUPS ACCESS CHECKING IS INACTIVE.",
                "ENHANCED GENERIC NAMING IS NOT IN EFFECT", "");
        ClassOptions o = read(text).classOptions().orElseThrow();
        assertEquals(Set.of("DATASET", "USER", "GROUP", "FACILITY"), o.activeClasses());
        assertTrue(o.raclistedClasses().isEmpty());
        assertTrue(o.genericClasses().isEmpty());
        assertTrue(o.genericCommandClasses().isEmpty());
    }

    @Test
    void continuationLinesEndAtTheNextHeading() {
        String text = String.join("\n",
                "ACTIVE CLASSES = DATASET USER",
                "                 FACILITY",
                "GENLIST CLASSES =  NONE",
                "SETR RACLIST CLASSES =  FACILITY",
                "                        STARTED",
                "AUTOMATIC DATASET PROTECTION IS IN EFFECT",
                "     INDENTED TEXT AFTER A STATEMENT",
                "LIST OF GROUPS ACCESS CHECKING IS ACTIVE.",
                "ENHANCED GENERIC NAMING IS IN EFFECT", "");
        ClassOptions o = read(text).classOptions().orElseThrow();
        assertEquals(Set.of("DATASET", "USER", "FACILITY"), o.activeClasses());
        assertEquals(Set.of("FACILITY", "STARTED"), o.raclistedClasses());
    }

    @Test
    void aListingReplacesClassOptionsTheModelHeld() throws IOException {
        SecurityModel.Builder builder = SecurityModel.builder();
        builder.classOptions().setActive("OLDCLASS", true);
        builder.classOptions().setRaclisted("OLDCLASS", true);
        new SetroptsListReader().read(write(CAPTURE), builder);
        ClassOptions o = builder.build().classOptions().orElseThrow();
        assertFalse(o.isActive("OLDCLASS"));
        assertFalse(o.isRaclisted("OLDCLASS"));
        assertTrue(o.isActive("FACILITY"));
    }

    @Test
    void aMissingListOfGroupsLineIsReportedAsAnAssumptionNotALostRecord() {
        String text = CAPTURE.replace(" LIST OF GROUPS ACCESS CHECKING IS ACTIVE.\n", "");
        ReadStats stats = readStats(text);
        assertEquals(0, stats.errors());
        assertEquals(List.of(), stats.problems());
        assertEquals(1, stats.assumptions().size());
        assertTrue(stats.assumptions().get(0).contains("LIST OF GROUPS"), stats.assumptions().get(0));
    }

    @Test
    void aFileWithoutActiveClassesThrowsNamingTheFile() {
        String text = CAPTURE.lines().filter(l -> !l.startsWith(" ACTIVE CLASSES")).collect(Collectors.joining("\n"));
        InputException e = assertThrows(InputException.class, () -> readStats(text));
        assertTrue(e.getMessage().contains("setropts.txt") && e.getMessage().contains("ACTIVE CLASSES"), e.getMessage());
    }

    @Test
    void acceptsTextWithActiveClasses() {
        SetroptsListReader reader = new SetroptsListReader();
        assertTrue(reader.accepts(CAPTURE.getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(reader.accepts("0200 IBMUSER  1995-06-06 IBMUSER  NO   YES  YES".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("setropts", reader.format());
    }

    private SecurityModel read(String text) {
        SecurityModel.Builder builder = SecurityModel.builder();
        try {
            new SetroptsListReader().read(write(text), builder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builder.build();
    }

    private ReadStats readStats(String text) {
        try {
            return new SetroptsListReader().read(write(text), SecurityModel.builder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("setropts.txt"), text, StandardCharsets.ISO_8859_1);
    }

    private static String optionsDump(SecurityModel model) {
        return ModelDump.lines(model).stream().filter(l -> l.startsWith("classOptions")).collect(Collectors.joining("\n"));
    }

    private static String resource(String name) {
        try (InputStream in = SetroptsListReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
