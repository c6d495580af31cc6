package dev.esmscan.acf2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.acf2.read.Acf2ListingReader;
import dev.esmscan.input.Reach;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ACF prints no completion message after a LIST, and Zowe's own ACF jobs end without END, so END is
 * never required; but an echoed LIST with nothing at all after it shows a capture cut there.
 */
class Acf2ListingCompletenessTest {
    private static final Path SAMPLE = Path.of("sample-exports/acf2");

    @TempDir
    Path dir;

    @Test
    void theSampleListingsLeaveNothingUnseen() throws IOException {
        for (String name : List.of("gso.txt", "logonids.txt", "omvs.txt", "roles.txt", "rules.txt")) {
            ReadStats stats = read(SAMPLE.resolve(name));
            assertNull(stats.horizon(), name);
        }
    }

    @Test
    void aListingWithoutEndIsNotTakenForACut() throws IOException {
        String text = Files.readString(SAMPLE.resolve("logonids.txt")).replaceAll("(?m)^END\\s*$", "");
        assertNull(read(write("no-end.txt", text)).horizon());
    }

    @Test
    void anEchoedListWithNothingAfterItIsACut() throws IOException {
        String text = Files.readString(SAMPLE.resolve("logonids.txt")).replaceAll("(?m)^END\\s*$", "")
                + " SET RESOURCE(FAC)\n LIST LIKE(-)\n";
        ReadStats stats = read(write("cut.txt", text));
        assertEquals(Reach.everything(), stats.unseen());
        assertTrue(stats.horizon().startsWith("the listing ends right after the echoed LIST LIKE(-) (line "), stats.horizon());
    }

    @Test
    void aMessageAnswersTheList() throws IOException {
        String text = Files.readString(SAMPLE.resolve("logonids.txt")).replaceAll("(?m)^END\\s*$", "")
                + " SET RESOURCE(FAC)\n LIST LIKE(-)\nACF0A005 RECORD(S) NOT FOUND\n";
        assertNull(read(write("answered.txt", text)).horizon());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static ReadStats read(Path file) throws IOException {
        return new Acf2ListingReader().read(file, SecurityModel.builder());
    }
}
