package dev.esmscan.scan;

import dev.esmscan.esm.Esm;
import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the command line's inputs into extract files with their readers, recognising each format
 * by content. A folder stands for its files: its zowe.yaml is the site's settings, its esmscan.yaml
 * the scanner's configuration, and Markdown files are documentation; anything else it holds must
 * be an extract.
 */
public final class InputResolver {
    private static final int HEAD_BYTES = 64 * 1024;

    private final List<Esm> esms;

    public InputResolver(List<Esm> esms) {
        this.esms = List.copyOf(esms);
    }

    /** The resolved inputs and, when a folder held them, its zowe.yaml and esmscan.yaml. */
    public record Resolved(List<ScanInput> inputs, Optional<Path> zoweYaml, Optional<Path> scannerConfig) {
    }

    public Resolved resolve(List<Path> paths, Optional<String> esmOverride) {
        List<ScanInput> inputs = new ArrayList<>();
        Path zoweYaml = null;
        Path scannerConfig = null;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                for (Path f : filesOf(p)) {
                    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (name.equals("zowe.yaml") || name.equals("zowe.yml")) {
                        zoweYaml = f;
                    } else if (name.equals("esmscan.yaml") || name.equals("esmscan.yml")) {
                        scannerConfig = f;
                    } else if (!name.endsWith(".md") && !name.startsWith(".")) {
                        inputs.add(recognise(f, esmOverride));
                    }
                }
            } else if (Files.isRegularFile(p)) {
                inputs.add(recognise(p, esmOverride));
            } else {
                throw new InputException(p, "no such file or folder");
            }
        }
        if (inputs.isEmpty()) {
            throw new InputException("no extract files among the inputs: " + paths);
        }
        return new Resolved(inputs, Optional.ofNullable(zoweYaml), Optional.ofNullable(scannerConfig));
    }

    private static List<Path> filesOf(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ScanInput recognise(Path file, Optional<String> esmOverride) {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new InputException(file, "the file is empty");
        }
        for (Esm esm : esms) {
            if (esmOverride.isPresent() && !esm.name().equalsIgnoreCase(esmOverride.get())) {
                continue;
            }
            for (ExtractReader reader : esm.readers()) {
                if (reader.accepts(head)) {
                    return new ScanInput(file, file.toString(), esm, reader);
                }
            }
        }
        String instead = ForeignContent.describe(head).map(d -> ": " + d).orElse("");
        throw new InputException(file, 1, "not a recognised extract" + instead + "; expected " + expected(esmOverride));
    }

    private String expected(Optional<String> esmOverride) {
        List<String> formats = new ArrayList<>();
        for (Esm esm : esms) {
            if (esmOverride.isEmpty() || esm.name().equalsIgnoreCase(esmOverride.get())) {
                esm.readers().forEach(r -> formats.add(esm.name() + " " + r.format()));
            }
        }
        return String.join(", ", formats);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage());
        }
    }
}
