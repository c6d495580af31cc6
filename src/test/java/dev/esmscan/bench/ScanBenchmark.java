package dev.esmscan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scale benchmark: generates synthetic unloads once (the 7.1 million lines pyracf documents, a
 * 3 GB and a 6 GB one with the same users and more data sets, each with the bundled sample site
 * hidden in it), then, on the page-cached files, times {@code wc -l}, the reading phase alone and
 * the whole {@code esmscan scan} process with {@code JAVA_OPTS=-Xmx1g}, and checks that the scan of
 * each big file gives the sample's verdicts. Prints medians, the ratio to {@code wc -l}, records per
 * second and peak RSS. Run it with {@code mvn -Pbench verify}; arguments:
 * {@code --repo DIR --dir DIR --runs N --workloads pyracf,3gb,6gb} (or NAME=USERS/DATASETS/RESOURCES).
 */
public final class ScanBenchmark {
    private static final long PYRACF_LINES_PER_SECOND = 205_447;
    private static final String HEAP = "-Xmx1g";
    /**
     * The JIT and collector options the esmscan launcher gives a scan, so that the reading phase is
     * timed as a scan runs it ({@code LauncherOptionsTest} checks that the launcher still gives them).
     */
    static final List<String> LAUNCHER_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
            "-XX:InitialRAMPercentage=25", "-XX:NewRatio=1", "-XX:SurvivorRatio=32");
    private static final Pattern PHASE = Pattern.compile("^esmscan: (\\S+) +([0-9.]+) s$");

    /** One generated unload. */
    record Workload(String name, int users, long datasets, long resources) {
    }

    private static final Map<String, Workload> WORKLOADS = new LinkedHashMap<>();

    static {
        WORKLOADS.put("pyracf", new Workload("pyracf-7.1M-lines", 100_000, 810_000, 250_000));
        WORKLOADS.put("3gb", new Workload("site-3gb", 100_000, 2_000_000, 500_000));
        WORKLOADS.put("6gb", new Workload("site-6gb", 100_000, 5_200_000, 500_000));
    }

    /** A finished child process: wall time, peak resident set, exit code and output. */
    record Run(double seconds, long peakRssKb, int exitCode, String stdout, String stderr) {
    }

    /** The figures of one workload. */
    record Figures(Workload workload, long bytes, long records, double wc, double read, double readFirst, double scan, long rssKb,
                   boolean sameVerdicts) {
        double ratio() {
            return scan / wc;
        }
    }

    private final Path repo;
    private final Path dir;
    private final int runs;
    private final Path sample;
    private final ObjectMapper json = new ObjectMapper();

    private ScanBenchmark(Path repo, Path dir, int runs) {
        this.repo = repo.toAbsolutePath().normalize();
        this.dir = dir.toAbsolutePath().normalize();
        this.runs = runs;
        this.sample = this.repo.resolve("sample-exports/racf");
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(".");
        Path dir = Path.of("target/bench");
        int runs = 3;
        List<String> names = new ArrayList<>(WORKLOADS.keySet());
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--repo" -> repo = Path.of(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--workloads" -> names = Arrays.asList(args[i + 1].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(dir);
        ScanBenchmark bench = new ScanBenchmark(repo, dir, runs);
        bench.machine();
        JsonNode reference = bench.sampleReference();
        List<Figures> all = new ArrayList<>();
        for (String name : names) {
            Workload w = workload(name.trim());
            all.add(bench.measure(w, reference));
        }
        bench.summary(all);
        if (all.stream().anyMatch(f -> !f.sameVerdicts())) {
            throw new IllegalStateException("a big unload did not give the bundled sample's verdicts");
        }
    }

    /** A named workload, or one given as NAME=USERS/DATASETS/RESOURCES. */
    private static Workload workload(String name) {
        Workload w = WORKLOADS.get(name);
        if (w != null) {
            return w;
        }
        String[] spec = name.split("[=/]");
        if (spec.length != 4) {
            throw new IllegalArgumentException("no workload " + name + " (known: " + WORKLOADS.keySet() + ", or NAME=USERS/DATASETS/RESOURCES)");
        }
        return new Workload(spec[0], Integer.parseInt(spec[1]), Long.parseLong(spec[2]), Long.parseLong(spec[3]));
    }

    private void machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        System.out.printf(Locale.ROOT, "machine: %d cores (%s), %s, Java %s, load average %s%n",
                Runtime.getRuntime().availableProcessors(), cpu, mem, System.getProperty("java.version"),
                Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /** The sample's own verdicts, and the small-input start-up time. */
    private JsonNode sampleReference() throws Exception {
        Path out = dir.resolve("report-sample");
        List<Double> times = new ArrayList<>();
        Run last = null;
        for (int i = 0; i < Math.max(runs, 5); i++) {
            last = scan(sample.resolve("site.irrdbu00"), out);
            times.add(last.seconds());
        }
        System.out.printf(Locale.ROOT, "small input: esmscan scan of the bundled sample, median %.2f s wall over %d runs %s, peak RSS %d MB%n",
                median(times), times.size(), seconds(times), last.peakRssKb() / 1024);
        return json.readTree(out.resolve("report.json").toFile()).path("results");
    }

    private Figures measure(Workload w, JsonNode reference) throws Exception {
        Path file = dir.resolve(w.name() + ".irrdbu00");
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            long start = System.nanoTime();
            SyntheticUnload.Written written = new SyntheticUnload(new SyntheticUnload.Size(w.users(), w.datasets(), w.resources()), 1,
                    sample.resolve("site.irrdbu00")).write(file);
            System.out.printf(Locale.ROOT, "generated %s: %,d bytes, %,d records in %.1f s%n", file, written.bytes(), written.records(),
                    (System.nanoTime() - start) / 1e9);
        }
        long bytes = Files.size(file);
        warm(file);
        System.out.printf(Locale.ROOT, "%n%s: %,d bytes (%.2f GB), %,d users, %,d data set profiles, %,d general resources%n",
                w.name(), bytes, bytes / 1e9, w.users(), w.datasets(), w.resources());

        List<Double> wc = new ArrayList<>();
        long lines = 0;
        for (int i = 0; i < runs; i++) {
            Run r = run(List.of("wc", "-l", file.toString()), Map.of());
            wc.add(r.seconds());
            lines = Long.parseLong(r.stdout().trim().split("\\s+")[0]);
        }
        double wcMedian = median(wc);
        System.out.printf(Locale.ROOT, "  wc -l          median %.2f s %s  %.2f GB/s, %,d lines%n", wcMedian, seconds(wc), bytes / wcMedian / 1e9, lines);

        // the first run of a fresh JVM is what a scan has: one per JVM, as many JVMs as runs
        List<Double> firsts = new ArrayList<>();
        long readRss = 0;
        for (int i = 0; i < runs; i++) {
            ReadRuns fresh = readPhase(file, 1);
            firsts.add(fresh.seconds().get(0));
            readRss = Math.max(readRss, fresh.peakRssKb());
        }
        ReadRuns inOneJvm = readPhase(file, runs + 1);
        List<Double> later = inOneJvm.seconds().subList(1, inOneJvm.seconds().size());
        long records = inOneJvm.records();
        double readFirst = median(firsts);
        double readMedian = median(later);
        System.out.printf(Locale.ROOT, "  reading phase  first run of a fresh JVM (as in a scan) median %.2f s %s, %.2f GB/s, %.1f M records/s;"
                        + " later runs in one JVM median %.2f s %s, %.2f GB/s; peak RSS %d MB%n",
                readFirst, seconds(firsts), bytes / readFirst / 1e9, records / readFirst / 1e6, readMedian, seconds(later),
                bytes / readMedian / 1e9, Math.max(readRss, inOneJvm.peakRssKb()) / 1024);

        List<Double> scans = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        Map<String, List<Double>> phases = new LinkedHashMap<>();
        boolean same = true;
        Path out = dir.resolve("report-" + w.name());
        for (int i = 0; i < runs; i++) {
            Run r = scan(file, out);
            scans.add(r.seconds());
            rss.add(r.peakRssKb());
            for (String line : r.stderr().split("\n")) {
                Matcher m = PHASE.matcher(line.trim());
                if (m.matches()) {
                    phases.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Double.parseDouble(m.group(2)));
                }
            }
            same &= sameVerdicts(reference, json.readTree(out.resolve("report.json").toFile()).path("results"));
        }
        double scanMedian = median(scans);
        long rssMedian = (long) median(rss.stream().map(Long::doubleValue).toList());
        System.out.printf(Locale.ROOT, "  esmscan scan   median %.2f s %s  %.2f x wc -l, %.1f M records/s, %.2f GB/s; peak RSS median %d MB (max %d MB) with %s%n",
                scanMedian, seconds(scans), scanMedian / wcMedian, records / scanMedian / 1e6, bytes / scanMedian / 1e9,
                rssMedian / 1024, rss.stream().mapToLong(Long::longValue).max().orElse(0) / 1024, HEAP);
        StringBuilder inside = new StringBuilder();
        phases.forEach((name, times) -> inside.append(String.format(Locale.ROOT, "%s%s %.2f s", inside.length() > 0 ? ", " : "", name, median(times))));
        System.out.printf(Locale.ROOT, "  inside a scan  %s (medians; the rest is the JVM's start and exit)%n", inside);
        System.out.printf(Locale.ROOT, "  verdicts       %s%n", same ? "the same as the bundled sample's (" + reference.size() + " results)"
                : "DIFFERENT from the bundled sample's: see " + out.resolve("report.json"));
        return new Figures(w, bytes, records, wcMedian, readMedian, readFirst, scanMedian, rssMedian, same);
    }

    private void summary(List<Figures> all) {
        System.out.println();
        System.out.println("| unload | bytes | records | wc -l | reading phase, first run | reading phase, later runs | esmscan scan | scan / wc -l | records/s (scan) | peak RSS |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Figures f : all) {
            System.out.printf(Locale.ROOT, "| %s | %.2f GB | %,d | %.2f s | %.2f s (%.2f GB/s) | %.2f s (%.2f GB/s) | %.2f s | %.2f | %.1f M | %d MB |%n",
                    f.workload().name(), f.bytes() / 1e9, f.records(), f.wc(), f.readFirst(), f.bytes() / f.readFirst() / 1e9,
                    f.read(), f.bytes() / f.read() / 1e9, f.scan(), f.ratio(), f.records() / f.scan() / 1e6, f.rssKb() / 1024);
        }
        for (Figures f : all) {
            if (f.workload().name().startsWith("pyracf")) {
                System.out.printf(Locale.ROOT, "pyracf documents %,d lines/s; the reading phase here (first run): %,.0f lines/s (%.1f x), the whole scan: %,.0f lines/s (%.1f x)%n",
                        PYRACF_LINES_PER_SECOND, f.records() / f.readFirst(), f.records() / f.readFirst() / PYRACF_LINES_PER_SECOND,
                        f.records() / f.scan(), f.records() / f.scan() / PYRACF_LINES_PER_SECOND);
            }
        }
        Figures three = all.stream().filter(f -> f.workload().name().equals("site-3gb")).findFirst().orElse(null);
        Figures six = all.stream().filter(f -> f.workload().name().equals("site-6gb")).findFirst().orElse(null);
        if (three != null && six != null) {
            System.out.printf(Locale.ROOT, "peak RSS 6 GB / 3 GB: %d MB / %d MB (%+.1f %%)%n", six.rssKb() / 1024, three.rssKb() / 1024,
                    100.0 * (six.rssKb() - three.rssKb()) / three.rssKb());
        }
    }

    /** What {@code ReadPhase} printed: the seconds of each run, the records read, and its JVM's peak RSS. */
    record ReadRuns(List<Double> seconds, long records, long peakRssKb) {
    }

    /** Runs {@code ReadPhase} for {@code runs} runs in one JVM started with the launcher's options. */
    private static ReadRuns readPhase(Path file, int runs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBin(), HEAP));
        command.addAll(LAUNCHER_JVM);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReadPhase.class.getName(), file.toString(),
                Integer.toString(runs)));
        Run r = run(command, Map.of());
        List<Double> seconds = new ArrayList<>();
        long records = 0;
        for (String line : r.stdout().split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length >= 3 && f[0].equals("read")) {
                seconds.add(Double.parseDouble(f[1]));
                records = Long.parseLong(f[2]);
            }
        }
        if (seconds.size() != runs) {
            throw new IllegalStateException("the reading phase printed " + seconds.size() + " of " + runs + " runs (exit " + r.exitCode() + ")");
        }
        return new ReadRuns(seconds, records, r.peakRssKb());
    }

    private Run scan(Path unload, Path out) throws IOException, InterruptedException {
        Run r = run(List.of(repo.resolve("esmscan").toString(), "scan", unload.toString(), sample.resolve("setropts.txt").toString(),
                "--zowe-yaml", sample.resolve("zowe.yaml").toString(), "--format", "json", "--out", out.toString()),
                Map.of("JAVA_OPTS", HEAP + " -Desmscan.timings=true"));
        if (r.exitCode() > 8) {
            throw new IllegalStateException("esmscan scan " + unload + " failed with exit code " + r.exitCode());
        }
        return r;
    }

    /** Equal when every result has the same requirement, subject, status, evidence and commands. */
    private static boolean sameVerdicts(JsonNode expected, JsonNode actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            for (String field : List.of("id", "subject", "status", "evidence", "remediation")) {
                if (!expected.get(i).path(field).equals(actual.get(i).path(field))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Runs a command, polling its peak resident set (VmHWM) until it ends. */
    private static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        AtomicLong peak = new AtomicLong();
        Thread poller = new Thread(() -> {
            Path status = Path.of("/proc/" + p.pid() + "/status");
            while (p.isAlive()) {
                peak.accumulateAndGet(peakRss(status), Math::max);
                try {
                    TimeUnit.MILLISECONDS.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        poller.setDaemon(true);
        poller.start();
        StringBuilder err = new StringBuilder();
        Thread errors = new Thread(() -> {
            try (InputStream in = p.getErrorStream()) {
                err.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.append(e);
            }
        });
        errors.start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        errors.join();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        poller.join();
        return new Run(seconds, peak.get(), code, out, err.toString());
    }

    private static long peakRss(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the process ended between the check and the read
        }
        return 0;
    }

    /** Reads the file once so that every timed run finds it in the page cache. */
    private static void warm(Path file) throws IOException {
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            while (in.read(buf) > 0) {
                // reading is the point
            }
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String seconds(List<Double> values) {
        StringBuilder s = new StringBuilder("(");
        for (double v : values) {
            s.append(s.length() > 1 ? " " : "").append(String.format(Locale.ROOT, "%.2f", v));
        }
        return s.append(")").toString();
    }
}
