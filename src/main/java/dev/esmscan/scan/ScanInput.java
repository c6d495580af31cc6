package dev.esmscan.scan;

import dev.esmscan.esm.Esm;
import dev.esmscan.input.ExtractReader;
import java.nio.file.Path;

/**
 * One extract file and the reader that recognised it.
 *
 * @param file        where to read it
 * @param displayPath the path as the report names it
 */
public record ScanInput(Path file, String displayPath, Esm esm, ExtractReader reader) {
}
