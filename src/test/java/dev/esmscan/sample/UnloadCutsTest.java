package dev.esmscan.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.ScannerConfigReader;
import dev.esmscan.config.SiteSettings;
import dev.esmscan.config.ZoweYamlReader;
import dev.esmscan.esm.Esms;
import dev.esmscan.input.ProfileScope;
import dev.esmscan.input.Reach;
import dev.esmscan.input.ReadOptions;
import dev.esmscan.input.ReadProgress;
import dev.esmscan.input.ReadStats;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.policy.Status;
import dev.esmscan.racf.unload.Irrdbu00Reader;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.PackScope;
import dev.esmscan.scan.ScanInput;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled RACF sample, written in IRRDBU00's order, cut at a line boundary as a broken
 * transfer, {@code head -n} or a full disk cuts it. No cut yields a PASS the whole file does not
 * yield; a result whose requirement reads nothing the cut could have hidden keeps its verdict; the
 * others are not PASS.
 */
class UnloadCutsTest {
    private static final Path SAMPLE = Path.of("sample-exports/racf");
    private static final ProfileScope SCOPE = PackScope.embedded();

    @TempDir
    static Path dir;

    private static List<String> lines;
    private static List<ScanInput> others;
    private static ScanInput unload;
    private static SiteSettings settings;
    private static PolicyPack pack;
    private static Map<String, Finding> whole;

    @BeforeAll
    static void scanTheWholeSample() throws IOException {
        lines = Files.readAllLines(SAMPLE.resolve("site.irrdbu00"), StandardCharsets.ISO_8859_1);
        InputResolver.Resolved resolved = new InputResolver(Esms.all()).resolve(List.of(SAMPLE), Optional.empty());
        SiteSettings.Builder builder = SiteSettings.builder().asOf(LocalDate.of(2025, 3, 14));
        resolved.zoweYaml().ifPresent(y -> ZoweYamlReader.apply(y, builder));
        resolved.scannerConfig().ifPresent(c -> ScannerConfigReader.apply(c, builder));
        settings = builder.build();
        pack = PolicyPack.embedded();
        others = new ArrayList<>();
        for (ScanInput in : resolved.inputs()) {
            if (in.reader() instanceof Irrdbu00Reader) {
                unload = in;
            } else {
                others.add(in);
            }
        }
        assertNotNull(unload);
        ScanResult complete = scan(unload);
        whole = byKey(complete.findings());
        ReadStats stats = complete.inputs().stream().filter(s -> s.format().equals(Irrdbu00Reader.FORMAT)).findFirst().orElseThrow();
        assertNull(stats.horizon(), "the whole sample ends after every class a rule reads");
        assertEquals(List.of(), stats.caveats());
        assertEquals(0, stats.errors());
    }

    /**
     * Cuts evaluated: at every section and class boundary and the lines around it, every line of
     * FACILITY (the class the rules read most) and every 60th line elsewhere: evaluating all 1,854
     * took 75 s here, too long for every build (UnloadOrderTest checks the horizon of every cut
     * point, read only). No cut yields a PASS
     * that the whole unload does not yield, and a result whose requirement reads nothing the cut
     * could have hidden keeps its verdict.
     */
    @Test
    void noCutYieldsAPassTheWholeUnloadDoesNotAndUntouchedResultsKeepTheirVerdict() throws IOException {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!placeOf(lines.get(i - 1)).equals(placeOf(lines.get(i)))) {
                for (int k = i - 1; k <= i + 1; k++) {
                    cuts.add(k);
                }
            }
            if (i % 60 == 0) {
                cuts.add(i);
            }
        }
        cuts.addAll(linesOfClass("FACILITY"));
        cuts.removeIf(k -> k < 1 || k >= lines.size());
        List<String> wrong = new ArrayList<>();
        int horizons = 0;
        for (int kept : cuts) {
            Cut cut = cut(kept);
            if (cut.stats().horizon() != null) {
                horizons++;
            }
            for (Finding f : cut.result().findings()) {
                String key = key(f);
                Finding before = whole.get(key);
                Status was = before == null ? null : before.status();
                if (f.status() == Status.PASS && was != Status.PASS) {
                    wrong.add("cut after line " + kept + ": " + key + " is PASS, the whole unload gives " + was);
                }
                if (!touched(cut.stats(), f.requirement().reads()) && f.status() != was) {
                    wrong.add("cut after line " + kept + ": " + key + " reads nothing the cut hides but is " + f.status()
                            + ", the whole unload gives " + was);
                }
            }
            if (wrong.size() > 20) {
                break;
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(cuts.headSet(firstLineOfClass("ZMFAPLA")).size(), horizons, "every cut before z/OSMF's classes leaves a horizon");
        assertTrue(cuts.size() > 100, "cuts evaluated: " + cuts.size());
    }

    @Test
    void cutAfterTheGroupsOrTheUsersNoResultThatReadsTheDatabasePasses() throws IOException {
        for (String section : List.of("01", "02")) {
            Cut cut = cut(lastLineOf(section));
            assertEquals(Reach.everything(), cut.stats().unseen(), section);
            assertTrue(cut.stats().horizon().startsWith("the unload ends among the " + (section.equals("01") ? "groups" : "users")),
                    cut.stats().horizon());
            for (Finding f : cut.result().findings()) {
                assertTrue(f.status() != Status.PASS, key(f) + " " + f.evidence());
            }
            assertEquals(Status.ERROR, status(cut, "ZWE-EXPOSURE", "FACILITY BPX.JOBNAME"), "passes on the absence of exposure");
        }
    }

    @Test
    void cutAfterTheDatasetProfilesTheIdentityChecksStillDecide() throws IOException {
        Cut cut = cut(lastLineOf("04"));
        assertTrue(cut.stats().horizon().startsWith("the unload ends among the data set profiles"), cut.stats().horizon());
        assertEquals(Status.PASS, status(cut, "ZWE-ID-STC-USER", "ZWESVUSR"));
        assertEquals(Status.FAIL, status(cut, "ZWE-ID-ZIS-USER", "ZWESIUSR"));
        assertEquals(Status.PASS, status(cut, "ZWE-ID-PROTECTED", "ZWESVUSR"));
        assertEquals(Status.FAIL, status(cut, "ZWE-STC-ZIS", "ZWESISTC"), "no STARTED profile read: a FAIL stays a FAIL");
        assertEquals(Status.ERROR, status(cut, "ZWE-EXPOSURE", "FACILITY BPX.JOBNAME"), "passes on the absence of exposure");
        assertEquals(Status.ERROR, status(cut, "ZWE-CLASS-STARTED", "STARTED"));
        assertNotEquals(Status.PASS, status(cut, "ZWE-FAC-BPXSERVER", "ZWESVUSR"));
        assertNotEquals(Status.PASS, status(cut, "ZWE-ICSF-CSFRNGL", "ZWESVUSR"));
        assertEquals(Status.PASS, status(cut, "ZWE-ZOSMF-USERS", "ACHEN"), "ZWE-ZOSMF-USERS reads identities only");
    }

    @Test
    void cutInsideFacilityBeforeBpxDaemonTheExposureIsNotPassedAndTheClassesBeforeFacilityStillDecide() throws IOException {
        int daemon = lineOf("0505 BPX.DAEMON ");
        int firstProfile = lineOf("0500 ");
        assertTrue(firstProfile < daemon);
        for (int kept : new int[] {firstProfile, daemon - 1}) {
            Cut cut = cut(kept);
            assertTrue(cut.stats().horizon().startsWith("the unload ends in class FACILITY (last record at line " + kept),
                    cut.stats().horizon());
            assertTrue(cut.stats().horizon().contains("the rest of class FACILITY and class IDIDMAP and later would follow"),
                    cut.stats().horizon());
            assertEquals(Reach.classes("FACILITY", "IDIDMAP", "IDTDATA", "STARTED", "XFACILIT"), cut.stats().unseen());
            assertEquals(Status.FAIL, status(whole, "ZWE-EXPOSURE", "FACILITY BPX.DAEMON"));
            Status exposure = status(cut, "ZWE-EXPOSURE", "FACILITY BPX.DAEMON");
            assertTrue(exposure == Status.ERROR || exposure == null, "ZWE-EXPOSURE BPX.DAEMON: " + exposure);
            assertEquals(Status.ERROR, status(cut, "ZWE-EXPOSURE", "FACILITY BPX.JOBNAME"));
            assertNotEquals(Status.PASS, status(cut, "ZWE-FAC-RUSERMAP", "ZWESVUSR"));
            assertEquals(Status.ERROR, status(cut, "ZWE-CLASS-STARTED", "STARTED"));
            assertEquals(Status.PASS, status(cut, "ZWE-ID-STC-USER", "ZWESVUSR"));
            assertEquals(Status.FAIL, status(cut, "ZWE-APPL-OMVSAPPL", "ZWESVUSR"), "APPL lies before FACILITY");
            assertEquals(Status.PASS, status(cut, "ZWE-ZOSMF-USERS", "ACHEN"));
        }
    }

    @Test
    void cutAfterFacilityOnlyTheClassesAfterItAreUnseen() throws IOException {
        Cut cut = cut(lastLineOfClass("FACILITY"));
        assertEquals(Reach.classes("FACILITY", "IDIDMAP", "IDTDATA", "STARTED", "XFACILIT"), cut.stats().unseen());
        Cut inStarted = cut(lastLineOfClass("STARTED"));
        assertEquals(Reach.classes("STARTED", "XFACILIT"), inStarted.stats().unseen());
        assertEquals(status(whole, "ZWE-FAC-BPXSERVER", "ZWESVUSR"), status(inStarted, "ZWE-FAC-BPXSERVER", "ZWESVUSR"));
        assertEquals(Status.FAIL, status(inStarted, "ZWE-EXPOSURE", "FACILITY BPX.DAEMON"));
        assertEquals(Status.ERROR, status(inStarted, "ZWE-CLASS-STARTED", "STARTED"));
        Cut afterUnixpriv = cut(lastLineOfClass("UNIXPRIV"));
        assertEquals(Reach.classes("XFACILIT"), afterUnixpriv.stats().unseen());
        assertTrue(afterUnixpriv.stats().horizon().contains("class XFACILIT and later would follow"), afterUnixpriv.stats().horizon());
        assertEquals(Status.ERROR, status(afterUnixpriv, "ZWE-ICSF-CSFRNGL", "ZWESVUSR"), "CSFRNGL reads XFACILIT too");
        Cut inZmfapla = cut(lastLineOfClass("ZMFAPLA"));
        assertNull(inZmfapla.stats().horizon(), "no rule reads ZMFAPLA or a class after it");
    }

    private record Cut(ScanResult result, ReadStats stats) {
    }

    private static Cut cut(int kept) throws IOException {
        Path file = dir.resolve("cut.irrdbu00");
        Files.writeString(file, String.join("\n", lines.subList(0, kept)) + "\n", StandardCharsets.ISO_8859_1);
        ScanResult result = scan(new ScanInput(file, "cut.irrdbu00", unload.esm(), unload.reader()));
        ReadStats stats = result.inputs().stream().filter(s -> s.path().equals("cut.irrdbu00")).findFirst().orElseThrow();
        return new Cut(result, stats);
    }

    private static ScanResult scan(ScanInput unloadInput) {
        List<ScanInput> inputs = new ArrayList<>(others);
        inputs.add(0, unloadInput);
        return Scanner.scan(inputs, settings, pack, new ReadOptions(SCOPE, ReadProgress.NONE));
    }

    /** A general resource record's class, else null. */
    private static String classOf(String line) {
        return line.charAt(1) == '5' ? line.substring(252, 260).strip() : null;
    }

    /** The section, and for general resources the class, of a record. */
    private static String placeOf(String line) {
        String cls = classOf(line);
        return cls == null ? line.substring(1, 2) : cls;
    }

    private static boolean touched(ReadStats stats, Reach reads) {
        return stats.unseen().touches(reads) || (stats.errors() > 0 && stats.damage().touches(reads));
    }

    private static Map<String, Finding> byKey(List<Finding> findings) {
        Map<String, Finding> map = new TreeMap<>();
        findings.forEach(f -> map.put(key(f), f));
        return map;
    }

    private static String key(Finding f) {
        return f.id() + " / " + f.subject();
    }

    private static Status status(Cut cut, String id, String subject) {
        return status(byKey(cut.result().findings()), id, subject);
    }

    private static Status status(Map<String, Finding> findings, String id, String subject) {
        Finding f = findings.get(id + " / " + subject);
        return f == null ? null : f.status();
    }

    private static int lastLineOf(String family) {
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).substring(1, 2).equals(family.substring(1))) {
                last = i + 1;
            }
        }
        return last;
    }

    private static int firstLineOfClass(String className) {
        return linesOfClass(className).first();
    }

    private static int lastLineOfClass(String className) {
        return linesOfClass(className).last();
    }

    private static TreeSet<Integer> linesOfClass(String className) {
        TreeSet<Integer> found = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.charAt(1) == '5' && l.length() >= 260 && l.substring(252, 260).strip().equals(className)) {
                found.add(i + 1);
            }
        }
        return found;
    }

    private static int lineOf(String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix) && lines.get(i).substring(252, 260).strip().equals("FACILITY")) {
                return i + 1;
            }
        }
        throw new IllegalStateException(prefix);
    }
}
