package dev.esmscan.scan;

import dev.esmscan.util.ClasspathFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bundled sample site that {@code esmscan scan} reads when given no inputs. It ships inside the
 * jar; readers take files, so it is copied to a temporary folder and reported under its own name.
 */
public final class EmbeddedSample {
    public static final String FOLDER = "sample-exports/racf/";

    private EmbeddedSample() {
    }

    /** Copies the sample to a fresh temporary folder (deleted when the JVM exits). */
    public static Path materialise() {
        try {
            Path dir = Files.createTempDirectory("esmscan-sample");
            dir.toFile().deleteOnExit();
            for (Map.Entry<String, byte[]> e : ClasspathFolder.read(FOLDER, "").entrySet()) {
                Path file = dir.resolve(e.getKey().substring(FOLDER.length()));
                Files.write(file, e.getValue());
                file.toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same inputs, named as the sample's own files rather than their temporary copies. */
    public static List<ScanInput> relabel(List<ScanInput> inputs) {
        List<ScanInput> named = new ArrayList<>();
        for (ScanInput in : inputs) {
            named.add(new ScanInput(in.file(), FOLDER + in.file().getFileName(), in.esm(), in.reader()));
        }
        return named;
    }
}
