package dev.esmscan.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report names the rule pack it evaluated: name and version from pack.yaml, and a digest anyone can recompute. */
class PackIdentityTest {

    /**
     * What {@code LC_ALL=C find * -type f \( -name '*.drl' -o -name pack.yaml \) | LC_ALL=C sort | xargs sha256sum | sha256sum}
     * prints, from the folder.
     */
    private static String sha256sumOfListing(Path folder) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".drl") || p.getFileName().toString().equals("pack.yaml"))
                    .sorted((a, b) -> folder.relativize(a).toString().compareTo(folder.relativize(b).toString())).toList();
        }
        StringBuilder listing = new StringBuilder();
        for (Path f : files) {
            listing.append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))))
                    .append("  ").append(folder.relativize(f).toString().replace('\\', '/')).append('\n');
        }
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(listing.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBuiltInPackIsNamedVersionedAndDigestedAsSha256sumWould() throws Exception {
        PackIdentity id = PolicyPack.embedded().identity();
        assertEquals("zowe", id.name());
        assertEquals("1.0.0", id.version());
        assertEquals(sha256sumOfListing(Path.of("rules")), id.digest(), "the digest of the repository's rules/ folder");
        assertEquals(id, PolicyPack.embeddedIdentity(), "--version tells the same digest without compiling");
    }

    @Test
    void aRulesFolderIsDigestedAsItIsAndAnEditChangesTheDigest(@TempDir Path tmp) throws Exception {
        Path rules = copy(Path.of("rules"), tmp.resolve("mine"));
        PackIdentity same = PolicyPack.fromFolder(rules).identity();
        assertEquals(PolicyPack.embeddedIdentity(), same, "the same files: the same name, version and digest");

        Path drl = rules.resolve("zowe/apf/ZWE-APF.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// a local comment\n");
        PackIdentity edited = PolicyPack.fromFolder(rules).identity();
        assertNotEquals(same.digest(), edited.digest());
        assertEquals(sha256sumOfListing(rules), edited.digest());
    }

    @Test
    void aPackWithoutPackYamlIsUnversionedAndNamedAfterItsFolder(@TempDir Path tmp) throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("site-rules"));
        Files.copy(Path.of("rules/zowe/apf/ZWE-APF.drl"), rules.resolve("ZWE-APF.drl"));
        PolicyPack pack = PolicyPack.fromFolder(rules);
        assertEquals("site-rules", pack.identity().name());
        assertEquals(PackIdentity.UNVERSIONED, pack.identity().version());
        assertEquals("", pack.identity().documentation());
        Requirement apf = pack.catalogue().get("ZWE-APF");
        assertEquals(apf.source(), apf.citedSource(), "no documentation declared: the source stays as the rule names it");
        assertEquals("", apf.url());
        assertTrue(pack.identity().digest().startsWith("sha256:"));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
