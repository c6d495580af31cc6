package dev.esmscan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's JVM options: the benchmark times the reading phase with them, and JAVA_OPTS comes after them. */
class LauncherOptionsTest {

    @Test
    void theBenchmarkUsesTheLaunchersJvmOptions() throws IOException {
        for (String script : new String[] {"esmscan", "src/dist/bin/esmscan", "src/dist/bin/esmscan.bat"}) {
            String launcher = Files.readString(Path.of(script));
            for (String option : ScanBenchmark.LAUNCHER_JVM) {
                assertTrue(launcher.contains(option), script + " no longer gives " + option + "; update ScanBenchmark.LAUNCHER_JVM");
            }
        }
    }

    private static Path executable(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** The clone's launcher builds when Java sources, the POM or the rules changed, not when a sample file did. */
    @Test
    void theCloneLauncherRebuildsForSourcesAndRulesButNotForSamples(@TempDir Path home) throws Exception {
        Path launcher = home.resolve("esmscan");
        Files.copy(Path.of("esmscan"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(home.resolve("target/lib"));
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Path jar = Files.writeString(home.resolve("target/esmscan.jar"), "");
        Files.writeString(home.resolve("target/esmscan.jsa"), "");
        Path bin = home.resolve("bin");
        executable(bin.resolve("java"), "#!/bin/sh\nexit 0\n");
        executable(bin.resolve("mvn"), "#!/bin/sh\necho built >>\"" + home.resolve("mvn.log") + "\"\nexit 0\n");
        Instant old = Instant.now().minusSeconds(600);
        Files.setLastModifiedTime(home.resolve("pom.xml"), FileTime.from(old.minusSeconds(60)));
        Files.setLastModifiedTime(jar, FileTime.from(old));
        Files.setLastModifiedTime(home.resolve("target/esmscan.jsa"), FileTime.from(old.plusSeconds(1)));

        Files.createDirectories(home.resolve("sample-exports/racf"));
        Files.writeString(home.resolve("sample-exports/racf/zowe.yaml"), "zowe: {}\n");
        assertEquals(0, run(launcher, bin));
        assertTrue(Files.notExists(home.resolve("mvn.log")), "an edited sample is read as it is: no build");

        Files.createDirectories(home.resolve("rules/zowe"));
        Files.writeString(home.resolve("rules/zowe/NEW.drl"), "package x;\n");
        assertEquals(0, run(launcher, bin));
        assertEquals(List.of("built"), Files.readAllLines(home.resolve("mvn.log")), "an edited rule: one build");
    }

    private static int run(Path launcher, Path bin) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--version");
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return pb.start().waitFor();
    }

    /** The installed launcher runs the scanner with its own options, then JAVA_OPTS, on the libraries of its install. */
    @Test
    void theInstalledLauncherPassesJavaOptsAfterItsOwnOptions(@TempDir Path home) throws Exception {
        Path launcher = home.resolve("esmscan-9/bin/esmscan");
        Files.createDirectories(launcher.getParent());
        Files.copy(Path.of("src/dist/bin/esmscan"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path lib = Files.createDirectories(home.resolve("esmscan-9/lib"));
        for (String jar : new String[] {"esmscan.jar", "b.jar", "a.jar"}) {
            Files.writeString(lib.resolve(jar), "");
        }
        Path bin = home.resolve("jre");
        executable(bin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");

        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "scan", "--format", "json");
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("JAVA_OPTS", "-Xmx123m -XX:TieredStopAtLevel=4");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        List<String> args = Arrays.asList(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        assertEquals(0, p.waitFor(), String.join("\n", args));
        int cp = args.lastIndexOf("-cp");
        assertEquals(List.of("-cp", lib.resolve("esmscan.jar") + ":" + lib.resolve("a.jar") + ":" + lib.resolve("b.jar"),
                "dev.esmscan.cli.Main", "scan", "--format", "json"), args.subList(cp, args.size()), "the scanner first, then its libraries in name order");
        assertEquals(List.of("-Xmx123m", "-XX:TieredStopAtLevel=4"), args.subList(cp - 2, cp), "JAVA_OPTS last, before the class path");
        assertTrue(args.indexOf("-XX:TieredStopAtLevel=1") < args.indexOf("-XX:TieredStopAtLevel=4"), args.toString());
        assertTrue(args.contains("-Desmscan.sample=" + home.resolve("esmscan-9/sample-exports/racf")), "the installed sample: " + args);
    }

    /** Runs the launcher against a built jar stand-in, with a {@code java} on the PATH that prints its arguments. */
    @Test
    void javaOptsReachTheJvmAfterTheLaunchersOwnOptions(@TempDir Path home) throws Exception {
        Path launcher = home.resolve("esmscan");
        Files.copy(Path.of("esmscan"), launcher);
        Files.createDirectories(home.resolve("target/lib"));
        Path jar = Files.writeString(home.resolve("target/esmscan.jar"), "");
        Path archive = Files.writeString(home.resolve("target/esmscan.jsa"), "");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "scan", "--format", "json");
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("JAVA_OPTS", "-Xmx123m -XX:TieredStopAtLevel=4");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        List<String> args = Arrays.asList(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        assertEquals(0, p.waitFor(), String.join("\n", args));

        int jarAt = args.indexOf("-jar");
        assertTrue(jarAt > 0, String.join("\n", args));
        assertEquals(List.of("-jar", jar.toString(), "scan", "--format", "json"), args.subList(jarAt, args.size()));
        assertEquals(List.of("-Xmx123m", "-XX:TieredStopAtLevel=4"), args.subList(jarAt - 2, jarAt), "JAVA_OPTS last, before -jar");
        assertTrue(args.indexOf("-XX:TieredStopAtLevel=1") < args.indexOf("-XX:TieredStopAtLevel=4"),
                "the launcher's own choice comes first, so JAVA_OPTS overrides it: " + args);
        assertTrue(args.contains("-XX:SharedArchiveFile=" + archive), "the class-data sharing archive is used: " + args);
    }
}
