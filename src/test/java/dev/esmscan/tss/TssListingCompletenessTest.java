package dev.esmscan.tss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.ScannerConfigReader;
import dev.esmscan.config.SiteSettings;
import dev.esmscan.config.ZoweYamlReader;
import dev.esmscan.esm.Esms;
import dev.esmscan.input.InputException;
import dev.esmscan.input.Reach;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.policy.Status;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.ScanInput;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import dev.esmscan.tss.read.TssOutputReader;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Top Secret ends every command's output with its completion message, TSS0300I (TSS0301I when the
 * function failed): formats/ACF2-TSS.md 3.2 ("The list ends with TSS0300I  LIST     FUNCTION
 * SUCCESSFUL") and 5.1 (Zowe's parser: "The output ends at a line beginning TSS"). A listing whose
 * last output lacks it was cut; where the commands are echoed, an output cut before the next
 * command shows as a problem.
 */
class TssListingCompletenessTest {
    private static final Path SAMPLE = Path.of("sample-exports/tss");
    private final TssOutputReader reader = new TssOutputReader();

    @TempDir
    Path dir;

    @Test
    void theSampleListingsEachEndWithTheirCompletionMessage() {
        for (String name : List.of("acids.txt", "stc.txt", "rdt.txt", "facility.txt")) {
            ReadStats stats = read(SAMPLE.resolve(name));
            assertNull(stats.horizon(), name);
            assertEquals(0, stats.errors(), () -> name + ": " + stats.problems());
        }
    }

    /**
     * Every cut of each sample listing inside a command's output (after its echo, before its
     * completion message) leaves what that command lists unseen. A cut right after a completion
     * message, before the next command's echo, leaves no trace: nothing marks the end of a capture.
     */
    @Test
    void everyCutOfTheSampleListingsInsideAnOutputIsSeen() throws IOException {
        Map<String, Reach> commands = Map.of("LIST(ACIDS) DATA(ALL)", Reach.everything(), "LIST(STC)", Reach.classes("STARTED"),
                "LIST(RDT) RESCLASS(IBMFAC)", Reach.classes("FACILITY"), "LIST(RDT) RESCLASS(APPL)", Reach.classes("APPL"),
                "MODIFY(FAC(ZOWE))", Reach.everything(), "MODIFY(FAC(CICSPROD))", Reach.everything());
        List<String> wrong = new ArrayList<>();
        int cutsInside = 0;
        for (String name : List.of("acids.txt", "stc.txt", "rdt.txt", "facility.txt")) {
            List<String> lines = Files.readAllLines(SAMPLE.resolve(name), StandardCharsets.ISO_8859_1);
            Reach open = Reach.nothing();
            for (int kept = 1; kept < lines.size(); kept++) {
                String last = lines.get(kept - 1).trim();
                if (last.startsWith("TSS ")) {
                    open = commands.get(last.substring(4));
                    assertNotNull(open, last);
                } else if (last.startsWith("TSS0300I")) {
                    open = Reach.nothing();
                }
                if (open.isNothing()) {
                    continue;
                }
                cutsInside++;
                Reach listing = open;
                ReadStats stats;
                try {
                    stats = read(cut(lines, kept));
                } catch (InputException refused) {
                    continue; // nothing but the echo: not an input at all, so no verdict either
                }
                Reach lost = stats.unseen().plus(stats.damage());
                if (!lost.touches(listing) || (listing.isEverything() && !lost.isEverything())) {
                    wrong.add(name + " cut after line " + kept + ": unseen " + stats.unseen() + ", problems " + stats.problems());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(cutsInside > 600, "cuts inside an output: " + cutsInside);
    }

    /** The sample scanned with one listing cut: no PASS the whole sample does not give. */
    @Test
    void noCutOfTheSampleYieldsAPassTheWholeSampleDoesNot() throws IOException {
        Map<String, Status> whole = scanWith(null, 0);
        List<String> wrong = new ArrayList<>();
        for (String name : List.of("acids.txt", "stc.txt", "rdt.txt", "facility.txt")) {
            List<String> lines = Files.readAllLines(SAMPLE.resolve(name), StandardCharsets.ISO_8859_1);
            int step = name.equals("acids.txt") ? 53 : 1;
            for (int kept = 2; kept < lines.size(); kept += step) {
                scanWith(name, kept).forEach((key, status) -> {
                    if (status == Status.PASS && whole.get(key) != Status.PASS) {
                        wrong.add(name + " cut: " + key + " is PASS, the whole sample gives " + whole.get(key));
                    }
                });
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aListingCutInsideTheAcidsSaysWhereAndLeavesEverythingUnseen() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE.resolve("acids.txt"), StandardCharsets.ISO_8859_1);
        int zwesiusr = lines.indexOf("ACCESSORID = ZWESIUSR  NAME       = ZOWE ZIS SERVER") + 1;
        ReadStats stats = read(cut(lines, zwesiusr + 2));
        assertEquals(Reach.everything(), stats.unseen());
        assertEquals("the listing ends inside the output of TSS LIST(ACIDS) DATA(ALL) (line 1) without its completion message"
                + " (TSS0300I); the last entry read is ACID ZWESIUSR (line " + zwesiusr + "); the rest of it would follow:"
                + " the file may be cut", stats.horizon());
    }

    @Test
    void aCutStcListingLeavesOnlyTheStartedTasksUnseen() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE.resolve("stc.txt"), StandardCharsets.ISO_8859_1);
        ReadStats stats = read(cut(lines, 6));
        assertEquals(Reach.classes("STARTED"), stats.unseen());
        Map<String, Status> cut = scanWith("stc.txt", 6);
        Map<String, Status> whole = scanWith(null, 0);
        assertEquals(whole.get("ZWE-ID-STC-USER / ZWESVUSR"), cut.get("ZWE-ID-STC-USER / ZWESVUSR"), "identities are whole");
        assertEquals(whole.get("ZWE-FAC-JOBNAME / ZWESVUSR"), cut.get("ZWE-FAC-JOBNAME / ZWESVUSR"));
        assertTrue(cut.get("ZWE-STC-ZIS / ZWESISTC") != Status.PASS);
    }

    /** Two echoed commands, the first without its completion message: a problem reaching what the first lists. */
    @Test
    void anOutputCutBeforeTheNextEchoedCommandIsAProblem() throws IOException {
        Path file = dir.resolve("rdt.txt");
        Files.writeString(file, String.join("\n",
                "  TSS LIST(RDT) RESCLASS(IBMFAC)",
                "  RESOURCE CLASS = IBMFAC",
                "   RESOURCE CODE = X'4D'",
                "  TSS LIST(RDT) RESCLASS(APPL)",
                "  RESOURCE CLASS = APPL",
                "          DEFACC = READ",
                "TSS0300I  LIST     FUNCTION SUCCESSFUL", ""));
        ReadStats stats = read(file);
        assertNull(stats.horizon());
        assertEquals(1, stats.errors());
        assertEquals(Reach.classes("FACILITY"), stats.damage());
        assertEquals(file + ":1: the output of TSS LIST(RDT) RESCLASS(IBMFAC) (line 1) has no completion message (TSS0300I)"
                + " before the next command at line 4: it may be cut; the last entry read is resource class IBMFAC (line 2)",
                stats.problems().get(0));
    }

    @Test
    void anEchoWithNothingAfterItIsACutToo() throws IOException {
        Path file = dir.resolve("whohas.txt");
        Files.writeString(file, TssInputs.text("formats-list-user.txt") + "  TSS WHOHAS IBMFAC(BPX.SERVER)\n");
        ReadStats stats = read(file);
        assertEquals(Reach.classes("FACILITY"), stats.unseen());
        assertTrue(stats.horizon().startsWith("the listing ends inside the output of TSS WHOHAS IBMFAC(BPX.SERVER) (line "), stats.horizon());
    }

    /** A failed function still ends its output; a command that changes rather than lists needs no completion to be read. */
    @Test
    void aFailedFunctionEndsItsOutputAndAnAddNeedsNone() throws IOException {
        Path file = dir.resolve("failed.txt");
        Files.writeString(file, String.join("\n",
                "  TSS LIST(NOSUCH) DATA(ALL)",
                "TSS0314E ACID DOES NOT EXIST",
                "TSS0301I  LIST     FUNCTION FAILED",
                "  TSS LIST(STC)",
                "ACCESSORID = *STC*     NAME       = STARTED-TASKS",
                "PROCNAME   = ZWESVSTC  ACID       = ZWESVUSR",
                "TSS0300I  LIST     FUNCTION SUCCESSFUL",
                "  TSS ADD(STC) PROCNAME(ZWESLSTC) ACID(ZWESVUSR)", ""));
        ReadStats stats = read(file);
        assertNull(stats.horizon());
        assertEquals(0, stats.errors(), stats.problems().toString());
    }

    @Test
    void theVerbatimExcerptsOfTheFormatsDocumentWithoutTheirMessageAreSeenAsPossiblyCut() {
        assertNotNull(read(TssInputs.resource("formats-facility.txt")).horizon());
        assertNull(read(TssInputs.resource("formats-stc-record.txt")).horizon());
        assertNull(read(TssInputs.resource("formats-list-user.txt")).horizon());
    }

    private Path cut(List<String> lines, int kept) throws IOException {
        Path file = dir.resolve("cut.txt");
        Files.writeString(file, String.join("\n", lines.subList(0, kept)) + "\n", StandardCharsets.ISO_8859_1);
        return file;
    }

    private ReadStats read(Path file) {
        return TssInputs.read(reader, file, SecurityModel.builder());
    }

    /** The sample's results by "ID / subject", with one listing cut after {@code kept} lines (none when null). */
    private Map<String, Status> scanWith(String cutListing, int kept) throws IOException {
        InputResolver.Resolved resolved = new InputResolver(Esms.all()).resolve(List.of(SAMPLE), Optional.empty());
        SiteSettings.Builder settings = SiteSettings.builder().asOf(LocalDate.of(2025, 3, 14));
        resolved.zoweYaml().ifPresent(y -> ZoweYamlReader.apply(y, settings));
        resolved.scannerConfig().ifPresent(c -> ScannerConfigReader.apply(c, settings));
        List<ScanInput> inputs = new ArrayList<>();
        for (ScanInput in : resolved.inputs()) {
            if (cutListing != null && in.file().getFileName().toString().equals(cutListing)) {
                List<String> lines = Files.readAllLines(in.file(), StandardCharsets.ISO_8859_1);
                Path file = dir.resolve(cutListing);
                Files.writeString(file, String.join("\n", lines.subList(0, kept)) + "\n", StandardCharsets.ISO_8859_1);
                inputs.add(new ScanInput(file, cutListing, in.esm(), in.reader()));
            } else {
                inputs.add(in);
            }
        }
        ScanResult result = Scanner.scan(inputs, settings.build(), PACK);
        Map<String, Status> out = new TreeMap<>();
        for (Finding f : result.findings()) {
            out.put(f.id() + " / " + f.subject(), f.status());
        }
        return out;
    }

    private static final PolicyPack PACK = PolicyPack.embedded();
}
