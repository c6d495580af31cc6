package dev.esmscan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution a site installs: the build's target/esmscan-VERSION.tar.gz unpacked into a
 * fresh folder and run from another one, with nothing on the PATH but a Java runtime and the
 * shell tools the launcher uses (no Maven, no JAVA_HOME, a fresh HOME). The build runs this after
 * packaging (the surefire execution "distribution-test").
 */
class DistributionIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What bin/esmscan runs besides java: bash for itself, the file tools for its class-data sharing archive. */
    private static final List<String> SHELL_TOOLS = List.of("bash", "mkdir", "rm", "mv", "readlink");
    private static final String FORMATS = "json,text,html,sarif,junit,csv,md";
    private static final List<String> REPORT_FILES = List.of("report.csv", "report.html", "report.json", "report.junit.xml", "report.md",
            "report.sarif", "report.txt");

    @TempDir
    static Path tmp;

    private static Path install;
    private static Path path;
    private static String version;

    /** A finished run of bin/esmscan. */
    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void unpack() throws Exception {
        String dist = System.getProperty("esmscan.dist");
        version = System.getProperty("esmscan.version");
        assumeTrue(dist != null && version != null, "run by the build after packaging (mvn verify)");
        Path tarGz = Path.of(dist + ".tar.gz");
        assertTrue(Files.isRegularFile(tarGz), tarGz + " was not built");
        Path fresh = Files.createDirectories(tmp.resolve("opt"));
        assertEquals(0, new ProcessBuilder("tar", "xzf", tarGz.toAbsolutePath().toString()).directory(fresh.toFile())
                .redirectErrorStream(true).start().waitFor());
        install = fresh.resolve("esmscan-" + version);
        path = Files.createDirectories(tmp.resolve("path"));
        Files.createSymbolicLink(path.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : SHELL_TOOLS) {
            Files.createSymbolicLink(path.resolve(tool), which(tool));
        }
    }

    /** The PATH folder's links point outside the temporary folder: removed first, so that its cleanup has nothing to warn about. */
    @AfterAll
    static void unlink() throws Exception {
        if (path != null) {
            try (Stream<Path> links = Files.list(path)) {
                for (Path link : links.toList()) {
                    Files.delete(link);
                }
            }
        }
    }

    private static Path which(String tool) {
        for (String dir : new String[] {"/usr/bin", "/bin", "/usr/local/bin"}) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IllegalStateException(tool + " not found");
    }

    /** bin/esmscan with ARGS, from WORK, with only the Java runtime and the shell tools on the PATH. */
    private static Run esmscan(Path work, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(install.resolve("bin/esmscan").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", path.toString());
        pb.environment().put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
        pb.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "bin/esmscan did not finish");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void theArchiveHoldsTheLaunchersTheLibrariesTheRulePackTheSamplesAndTheDocuments() throws Exception {
        assertTrue(Files.getPosixFilePermissions(install.resolve("bin/esmscan")).contains(PosixFilePermission.OWNER_EXECUTE));
        for (String file : new String[] {"bin/esmscan.bat", "bin/esmscan_completion", "lib/esmscan.jar", "rules/zowe/pack.yaml",
                "sample-exports/racf/site.irrdbu00", "sample-exports/tss/acids.txt", "sample-exports/acf2/rules.txt", "README.md",
                "LICENSE", "CONTRIBUTING.md", "docs/performance.md"}) {
            assertTrue(Files.isRegularFile(install.resolve(file)), file);
        }
        try (Stream<Path> jars = Files.list(install.resolve("lib"))) {
            Set<String> names = new TreeSet<>(jars.map(p -> p.getFileName().toString()).toList());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("picocli-")) && names.stream().anyMatch(n -> n.startsWith("drools-core-")), names.toString());
        }
        assertTrue(Files.readString(install.resolve("LICENSE")).contains("Apache License"));
        assertTrue(Files.readString(install.resolve("bin/esmscan.bat")).contains("\r\n"), "the Windows launcher has Windows line ends");
        assertFalse(Files.isExecutable(path.resolve("mvn")), "no Maven on the PATH the launcher runs with");
    }

    @Test
    void theZipHoldsTheSameFilesWithTheLauncherExecutable() throws Exception {
        Set<String> tarNames = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(install)) {
            walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("esmscan.jsa"))
                    .forEach(p -> tarNames.add(install.getParent().relativize(p).toString()));
        }
        Set<String> zipNames = new TreeSet<>();
        try (ZipFile zip = new ZipFile(System.getProperty("esmscan.dist") + ".zip")) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.isDirectory()) {
                    zipNames.add(e.getName());
                }
            }
        }
        assertEquals(tarNames, zipNames);
    }

    @Test
    void bin_esmscan_scanWritesEveryFormatWithAJavaRuntimeAloneFromAnyFolder() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Run run = esmscan(work, Map.of(), "scan", install.resolve("sample-exports/racf").toString(), "--format", FORMATS,
                "--out", "out", "--as-of", "2026-01-15");
        assertEquals(8, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(work.resolve("out"))) {
            assertEquals(REPORT_FILES, files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        JsonNode report = JSON.readTree(work.resolve("out/report.json").toFile());
        JsonNode unload = report.at("/inputs/0");
        assertEquals(sha256(install.resolve("sample-exports/racf/site.irrdbu00")), unload.get("sha256").asText());
        assertEquals("PRD1", report.at("/system/name").asText());
        assertEquals(version, report.at("/tool/version").asText());
        String[] lines = run.out().split("\n");
        assertTrue(lines[lines.length - 1].startsWith("esmscan scan: "), run.out());

        Run tss = esmscan(work, Map.of(), "scan", install.resolve("sample-exports/tss").toString(), "--format", "json", "--out", "tss", "-q");
        assertTrue(tss.exitCode() == 4 || tss.exitCode() == 8, tss.err());
        assertEquals("TSS", JSON.readTree(work.resolve("tss/report.json").toFile()).get("esm").asText());

        assertTrue(Files.isRegularFile(install.resolve("lib/esmscan.jsa")), "the class-data sharing archive was built: " + run.err());
        Run shared = esmscan(work, Map.of("JAVA_OPTS", "-Xshare:on"), "scan", "--quiet", "--out", "again");
        assertEquals(8, shared.exitCode(), "-Xshare:on fails the JVM when the archive cannot be used: " + shared.err());
        assertTrue(Files.exists(work.resolve("again/report.json")), "with no input: the installed sample");
    }

    @Test
    void versionNamesTheBuildsCommitAndTheRulePacksDigest() throws Exception {
        Run run = esmscan(Files.createDirectories(tmp.resolve("v")), Map.of(), "--version");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals("esmscan " + version, lines[0]);
        assertTrue(lines[1].matches("commit ([0-9a-f]{7,40}(-dirty)?|unknown)"), run.out());
        StringBuilder listing = new StringBuilder();
        Path rules = install.resolve("rules");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(rules)) {
            files = walk.filter(Files::isRegularFile).sorted((a, b) -> rules.relativize(a).toString().compareTo(rules.relativize(b).toString()))
                    .toList();
        }
        for (Path f : files) {
            listing.append(sha256(f)).append("  ").append(rules.relativize(f)).append('\n');
        }
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(listing.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("rule pack zowe 1.0.0 sha256:" + digest, lines[2], "the digest of the installed rules/ folder");
    }

    @Test
    void theCompletionScriptCompletesTheCommands() throws Exception {
        Process p = new ProcessBuilder(path.resolve("bash").toString(), "-c",
                "source '" + install.resolve("bin/esmscan_completion") + "' && complete -p esmscan").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.startsWith("complete ") && out.contains(" -F _complete_esmscan ") && out.trim().endsWith(" esmscan"), out);
        String script = Files.readString(install.resolve("bin/esmscan_completion"));
        for (String command : new String[] {"scan", "access", "remediate", "verify", "rules", "render", "diff"}) {
            assertTrue(script.contains(command), command);
        }
    }

    @Test
    void usageErrorsFromTheInstallAreSentences() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("errors"));
        Files.writeString(work.resolve("afile"), "x");
        Run run = esmscan(work, Map.of(), "scan", "--out", "afile");
        assertEquals(12, run.exitCode());
        assertTrue(run.err().contains("--out afile: this is a file; name a folder"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
