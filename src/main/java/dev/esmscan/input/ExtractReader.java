package dev.esmscan.input;

import dev.esmscan.model.SecurityModel;
import java.io.IOException;
import java.nio.file.Path;

/** Reads one kind of extract into a model under construction. */
public interface ExtractReader {

    /** The format name reported in report.json, e.g. "irrdbu00". */
    String format();

    /** True when the first bytes of a file look like this format. */
    boolean accepts(byte[] head);

    /**
     * Reads the whole file in one streaming pass into the builder.
     *
     * @throws InputException when the file is not of this format or cannot be used
     */
    ReadStats read(Path file, SecurityModel.Builder model) throws IOException;
}
