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
        String launcher = Files.readString(Path.of("esmscan"));
        for (String option : ScanBenchmark.LAUNCHER_JVM) {
            assertTrue(launcher.contains(option), "the launcher no longer gives " + option + "; update ScanBenchmark.LAUNCHER_JVM");
        }
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
