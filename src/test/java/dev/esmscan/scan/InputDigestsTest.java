package dev.esmscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.esmscan.esm.Esms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input is identified by the SHA-256 of its bytes, its size and its date, labelled for what it is. */
class InputDigestsTest {

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void theDigestIsTheFilesSha256InThisJvmAndInTheHelperJvm(@TempDir Path tmp) throws Exception {
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(bytes);
        Path big = Files.write(tmp.resolve("big file.bin"), bytes);
        Path empty = Files.write(tmp.resolve("empty"), new byte[0]);
        Path small = Files.writeString(tmp.resolve("small.txt"), "abc");
        List<Path> files = List.of(big, empty, small);

        Map<Path, InputDigests.Digest> here = InputDigests.digest(files, "never");
        Map<Path, InputDigests.Digest> helped = InputDigests.digest(files, "always");
        for (Path f : files) {
            assertEquals(sha256(f), here.get(f).sha256(), f.toString());
            assertEquals(Files.size(f), here.get(f).size(), f.toString());
            assertEquals(here.get(f), helped.get(f), "the second JVM gives the same digest for " + f);
        }
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", here.get(small).sha256(), "SHA-256 of 'abc' (FIPS 180-2)");
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", here.get(empty).sha256());
    }

    @Test
    void aScanIdentifiesEachInputByItsReportedPath(@TempDir Path tmp) throws Exception {
        Path site = Files.copy(Path.of("sample-exports/racf/site.irrdbu00"), tmp.resolve("site.irrdbu00"));
        Path setropts = Files.copy(Path.of("sample-exports/racf/setropts.txt"), tmp.resolve("setropts.txt"));
        Files.setLastModifiedTime(site, FileTime.from(Instant.parse("2025-03-14T09:30:15.750Z")));
        List<ScanInput> inputs = new InputResolver(Esms.all()).resolve(List.of(setropts, site), Optional.empty()).inputs();

        Scanner.Loaded loaded = Scanner.load(inputs);
        assertEquals(2, loaded.identities().size());
        for (int i = 0; i < 2; i++) {
            InputIdentity id = loaded.identities().get(i);
            assertEquals(loaded.stats().get(i).path(), id.path(), "in the order of the inputs read");
            Path file = Path.of(id.path());
            assertEquals(sha256(file), id.sha256());
            assertEquals(Files.size(file), id.size());
            assertEquals(InputIdentity.FILE_MODIFIED, id.dateSource(), "IRRDBU00 and SETROPTS LIST carry no date of their own");
        }
        InputIdentity unload = loaded.identities().get(0);
        assertEquals(site.toString(), unload.path());
        assertEquals("2025-03-14T09:30:15Z", unload.date(), "the modification time to the second, in UTC");
    }
}
