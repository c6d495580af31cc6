package dev.esmscan.input;

import java.nio.file.Path;

/** Input that cannot be used: names the file and, where known, the line. Maps to exit code 12. */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(Path file, long line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }

    public InputException(Path file, String message) {
        this(file, 0, message);
    }
}
