package dev.esmscan.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of report files so that none is ever half-written: every file goes to a temporary
 * name in the output folder first, and only when all are written are they moved into place.
 * Other files in the folder are left alone.
 */
public final class OutputFiles {
    private final Path dir;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public OutputFiles(Path dir) {
        this.dir = dir;
    }

    public OutputFiles add(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    /** Writes and moves every file into place; returns their final paths. */
    public List<Path> commit() throws IOException {
        Files.createDirectories(dir);
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path tmp = Files.createTempFile(dir, "." + e.getKey() + ".", ".tmp");
                staged.put(tmp, dir.resolve(e.getKey()));
                Files.write(tmp, e.getValue());
            }
            List<Path> done = new ArrayList<>();
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                move(e.getKey(), e.getValue());
                done.add(e.getValue());
            }
            return done;
        } finally {
            for (Path tmp : staged.keySet()) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
