package dev.esmscan.input;

/** Told how far a read has come, from the reading thread. */
public interface ReadProgress {

    /** Says nothing. */
    ReadProgress NONE = new ReadProgress() {
        @Override public void started(String file, long totalBytes) { }
        @Override public void advanced(long bytes, long records) { }
        @Override public void finished() { }
    };

    /** A read of {@code totalBytes} (or -1 when unknown) begins. */
    void started(String file, long totalBytes);

    /** Another {@code bytes} of the input and {@code records} records were read. */
    void advanced(long bytes, long records);

    /** The read is over, successfully or not. */
    void finished();
}
