package dev.esmscan.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a synthetic IRRDBU00 unload of a large site:
 * {@code GenerateUnload --users N --datasets N --resources N --out FILE [--seed N] [--hide UNLOAD]}.
 * With {@code --hide}, the records of that unload (for example sample-exports/racf/site.irrdbu00)
 * are mixed in, so that a scan of the big file can be checked against a scan of the small one.
 */
public final class GenerateUnload {

    private GenerateUnload() {
    }

    public static void main(String[] args) throws Exception {
        int users = 100_000;
        long datasets = 2_000_000;
        long resources = 500_000;
        long seed = 1;
        Path out = null;
        Path hide = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--users" -> users = Integer.parseInt(require(args[i], value));
                case "--datasets" -> datasets = Long.parseLong(require(args[i], value));
                case "--resources" -> resources = Long.parseLong(require(args[i], value));
                case "--seed" -> seed = Long.parseLong(require(args[i], value));
                case "--out" -> out = Path.of(require(args[i], value));
                case "--hide" -> hide = Path.of(require(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --users N --datasets N --resources N --out FILE [--seed N] [--hide UNLOAD]");
            }
            i++;
        }
        if (out == null) {
            throw new IllegalArgumentException("--out FILE is required");
        }
        long start = System.nanoTime();
        SyntheticUnload.Written w = new SyntheticUnload(new SyntheticUnload.Size(users, datasets, resources), seed, hide).write(out);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "wrote %s: %,d bytes, %,d records in %.1f s%n", out, w.bytes(), w.records(), seconds);
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
