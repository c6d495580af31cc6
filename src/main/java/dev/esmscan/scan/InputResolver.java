package dev.esmscan.scan;

import dev.esmscan.esm.Esm;
import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.InputException;
import dev.esmscan.input.jcl.JclExtraction;
import dev.esmscan.input.jcl.JclReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the command line's inputs into extract files with their readers, recognising each format
 * by content. A folder stands for its files: its zowe.yaml is the site's settings, its esmscan.yaml
 * the scanner's configuration, and Markdown files are documentation; anything else it holds must
 * be an extract. A batch job (JCL) is an input through the SYSTSIN of its TSO steps, recognised by
 * the command readers as a command file would be.
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
        return resolve(paths, esmOverride, Optional.empty());
    }

    /**
     * Resolves as {@link #resolve(List, Optional)} does. A batch job among the inputs has Zowe's
     * {@code {zowe.setup...}} placeholders filled from {@code zoweYaml} when given (--zowe-yaml),
     * else from the zowe.yaml beside it; that zowe.yaml is then the resolved one unless a folder
     * brought its own.
     */
    public Resolved resolve(List<Path> paths, Optional<String> esmOverride, Optional<Path> zoweYaml) {
        List<ScanInput> inputs = new ArrayList<>();
        Path folderYaml = null;
        Path jobYaml = null;
        Path scannerConfig = null;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files = filesOf(p);
                Path yaml = folderYamlOf(files);
                for (Path f : files) {
                    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (name.equals("esmscan.yaml") || name.equals("esmscan.yml")) {
                        scannerConfig = f;
                    }
                }
                folderYaml = yaml != null ? yaml : folderYaml;
                Optional<Path> jobYamlHere = zoweYaml.or(() -> Optional.ofNullable(folderYamlOf(files)));
                for (Path f : files) {
                    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (!isSettings(name) && !name.endsWith(".md") && !name.startsWith(".")) {
                        inputs.add(recognise(f, esmOverride, jobYamlHere));
                    }
                }
            } else if (Files.isRegularFile(p)) {
                Optional<Path> beside = besideYaml(p);
                ScanInput in = recognise(p, esmOverride, zoweYaml.or(() -> beside));
                if (in.reader() instanceof JclReader && beside.isPresent() && jobYaml == null) {
                    jobYaml = beside.get();
                }
                inputs.add(in);
            } else {
                throw new InputException(p, "no such file or folder");
            }
        }
        if (inputs.isEmpty()) {
            throw new InputException("no extract files among the inputs: " + paths);
        }
        return new Resolved(inputs, Optional.ofNullable(folderYaml != null ? folderYaml : jobYaml), Optional.ofNullable(scannerConfig));
    }

    private static Path folderYamlOf(List<Path> files) {
        Path yaml = null;
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.equals("zowe.yaml") || name.equals("zowe.yml")) {
                yaml = f;
            }
        }
        return yaml;
    }

    private static boolean isSettings(String name) {
        return name.equals("zowe.yaml") || name.equals("zowe.yml") || name.equals("esmscan.yaml") || name.equals("esmscan.yml");
    }

    /** The zowe.yaml (or zowe.yml) in the same folder as a file, if any. */
    private static Optional<Path> besideYaml(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            return Optional.empty();
        }
        for (String name : List.of("zowe.yaml", "zowe.yml")) {
            Path y = dir.resolve(name);
            if (Files.isRegularFile(y)) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    private static List<Path> filesOf(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ScanInput recognise(Path file, Optional<String> esmOverride, Optional<Path> zoweYaml) {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new InputException(file, "the file is empty");
        }
        if (JclReader.isJob(head)) {
            return recogniseJob(file, esmOverride, zoweYaml);
        }
        Optional<ScanInput> in = readerFor(file, head, esmOverride);
        if (in.isPresent()) {
            return in.get();
        }
        String instead = ForeignContent.describe(head).map(d -> ": " + d).orElse("");
        throw new InputException(file, 1, "not a recognised extract" + instead + "; expected " + expected(esmOverride));
    }

    private Optional<ScanInput> readerFor(Path file, byte[] head, Optional<String> esmOverride) {
        for (Esm esm : esms) {
            if (esmOverride.isPresent() && !esm.name().equalsIgnoreCase(esmOverride.get())) {
                continue;
            }
            for (ExtractReader reader : esm.readers()) {
                if (reader.accepts(head)) {
                    return Optional.of(new ScanInput(file, file.toString(), esm, reader));
                }
            }
        }
        return Optional.empty();
    }

    /** A batch job: its SYSTSIN, recognised by the command readers as a command file would be. */
    private ScanInput recogniseJob(Path file, Optional<String> esmOverride, Optional<Path> zoweYaml) {
        JclExtraction job;
        try {
            job = JclExtraction.of(file, zoweYaml);
        } catch (JclExtraction.NotACommandJob e) {
            throw new InputException(file, e.line(), "not a recognised extract: " + e.getMessage() + "; expected " + expected(esmOverride));
        }
        byte[] systsin = job.bytes();
        Optional<ScanInput> in = readerFor(file, Arrays.copyOf(systsin, Math.min(systsin.length, HEAD_BYTES)), esmOverride);
        if (in.isEmpty()) {
            throw new InputException(file, job.systsinLine(), job.describe() + " holds no command esmscan recognises (line "
                    + job.firstDataLine() + ": " + abbreviate(job.firstData()) + "); expected the commands of " + expected(esmOverride));
        }
        ScanInput commands = in.get();
        return new ScanInput(file, file.toString(), commands.esm(), new JclReader(commands.reader(), job));
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
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
