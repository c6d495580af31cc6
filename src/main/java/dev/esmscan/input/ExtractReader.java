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

    /**
     * True for a reader of commands applied on top of the inputs read before it. A command may
     * name any profile, so when such an input is among the inputs, every input is read whole:
     * no profile is left out for lying outside the pack's scope.
     */
    default boolean appliesCommands() {
        return false;
    }

    /**
     * Reads as {@link #read(Path, SecurityModel.Builder)} does, keeping only the profiles of the
     * scope and telling progress. A reader that does not override this keeps every profile (the
     * safe side) and tells no progress.
     */
    default ReadStats read(Path file, SecurityModel.Builder model, ReadOptions options) throws IOException {
        return read(file, model);
    }

    /**
     * The reader whose place in its ESM's reading order this one takes: itself, or, for a reader
     * that unwraps its input (a batch job around a command stream), the reader it hands the content to.
     */
    default ExtractReader orderedAs() {
        return this;
    }
}
