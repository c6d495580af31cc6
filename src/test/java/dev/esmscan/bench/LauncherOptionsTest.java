package dev.esmscan.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The scale benchmark times the reading phase with the JVM options the launcher gives a scan. */
class LauncherOptionsTest {

    @Test
    void theBenchmarkUsesTheLaunchersJvmOptions() throws IOException {
        String launcher = Files.readString(Path.of("esmscan"));
        for (String option : ScanBenchmark.LAUNCHER_JVM) {
            assertTrue(launcher.contains(option), "the launcher no longer gives " + option + "; update ScanBenchmark.LAUNCHER_JVM");
        }
    }
}
