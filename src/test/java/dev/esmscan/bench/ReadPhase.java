package dev.esmscan.bench;

import dev.esmscan.esm.Esms;
import dev.esmscan.input.ReadOptions;
import dev.esmscan.input.ReadProgress;
import dev.esmscan.input.ReadStats;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.PackScope;
import dev.esmscan.scan.ScanInput;
import dev.esmscan.scan.Scanner;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Times the reading phase alone (read, decode, filter, build the model) as {@code esmscan scan}
 * does it with the built-in pack's scope: {@code ReadPhase FILE RUNS}. Prints one line per run,
 * "read SECONDS RECORDS FILTERED USERS PROFILES"; the first run includes the JIT's warm-up, as a
 * real scan does; the later ones show the reading itself once the JIT has compiled it.
 */
public final class ReadPhase {

    private ReadPhase() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<ScanInput> inputs = new InputResolver(Esms.all()).resolve(List.of(file), Optional.empty()).inputs();
        ReadOptions options = new ReadOptions(PackScope.embedded(), ReadProgress.NONE);
        for (int i = 0; i < runs; i++) {
            // each run starts from a heap without the previous run's model, as a scan does
            System.gc();
            long start = System.nanoTime();
            Scanner.Loaded loaded = Scanner.load(inputs, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            // the input's digest, computed beside the reading, is waited for outside the timed phase,
            // so that no run's digest still runs during the next run
            loaded.identities();
            ReadStats s = loaded.stats().get(0);
            long profiles = loaded.model().classes().stream().mapToLong(c -> c.size()).sum();
            System.out.printf(Locale.ROOT, "read %.3f %d %d %d %d%n", seconds, s.records(), s.filtered(),
                    loaded.model().users().size(), profiles);
        }
    }
}
