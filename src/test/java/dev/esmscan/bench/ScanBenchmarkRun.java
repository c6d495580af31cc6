package dev.esmscan.bench;

import org.junit.jupiter.api.Test;

/**
 * Runs {@link ScanBenchmark} from {@code mvn -Pbench verify} (the profile includes only this class,
 * after the jar is built). Its name keeps it out of the ordinary test run. The benchmark checks the
 * verdicts, never the times.
 */
class ScanBenchmarkRun {

    @Test
    void benchmark() throws Exception {
        ScanBenchmark.main(new String[] {
                "--repo", System.getProperty("bench.repo", "."),
                "--dir", System.getProperty("bench.dir", "target/bench"),
                "--runs", System.getProperty("bench.runs", "3"),
                "--workloads", System.getProperty("bench.workloads", "pyracf,3gb,6gb")});
    }
}
