package dev.esmscan.scan;

import dev.esmscan.util.ClasspathFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bundled sample site that {@code esmscan scan} reads when given no inputs. It ships inside the
 * jar; readers take files, so it is copied to a temporary folder and reported under its own name.
 */
public final class EmbeddedSample {
    public static final String FOLDER = "sample-exports/racf/";
    /** The system property a launcher names the sample's folder with. */
    public static final String PROPERTY = "esmscan.sample";

    private EmbeddedSample() {
    }

    /**
     * The sample's folder: the one the launcher names with {@code -Desmscan.sample=DIR} (the
     * clone's or the installed copy's sample-exports/racf/), else a copy of the one in the jar in a
     * fresh temporary folder (deleted when the JVM exits), each file keeping the time the jar gives it.
     */
    public static Path materialise() {
        String installed = System.getProperty(PROPERTY, "");
        if (!installed.isBlank() && Files.isDirectory(Path.of(installed))) {
            return Path.of(installed);
        }
        try {
            Path dir = Files.createTempDirectory("esmscan-sample");
            dir.toFile().deleteOnExit();
            for (Map.Entry<String, byte[]> e : ClasspathFolder.read(FOLDER, "").entrySet()) {
                Path file = dir.resolve(e.getKey().substring(FOLDER.length()));
                Files.write(file, e.getValue());
                file.toFile().deleteOnExit();
                keepTime(e.getKey(), file);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The copy gets the modification time of the resource it was copied from, so a report dates the sample, not the copy. */
    private static void keepTime(String resource, Path copy) throws IOException {
        URL url = EmbeddedSample.class.getClassLoader().getResource(resource);
        if (url != null) {
            URLConnection c = url.openConnection();
            c.setUseCaches(false);
            long time = c instanceof JarURLConnection jar ? jar.getJarEntry().getTime() : c.getLastModified();
            c.getInputStream().close();
            if (time > 0) {
                Files.setLastModifiedTime(copy, FileTime.fromMillis(time));
            }
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
