package dev.esmscan.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the bundled sample site's unload, {@code sample-exports/racf/site.irrdbu00}.
 *
 * <pre>
 * mvn -o -q test-compile
 * java -cp target/test-classes:target/classes dev.esmscan.sample.SampleSiteGenerator [OUTPUT]
 * </pre>
 *
 * The output is deterministic: running it again gives the same bytes (SampleSiteTest checks that
 * the committed file is what this writes).
 */
public final class SampleSiteGenerator {

    static final Path DEFAULT_OUTPUT = Path.of("sample-exports", "racf", "site.irrdbu00");

    private SampleSiteGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path output = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUTPUT;
        byte[] unload = generate();
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "site", ".tmp");
        Files.write(temporary, unload);
        Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("wrote " + output + " (" + unload.length + " bytes)");
    }

    /** The unload's bytes: ISO-8859-1 text (all ASCII here), LF line ends. */
    static byte[] generate() {
        return SampleSite.unload().getBytes(StandardCharsets.ISO_8859_1);
    }
}
