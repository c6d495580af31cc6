package dev.esmscan.racf.unload;

import dev.esmscan.input.ReadProgress;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Tells the progress how many bytes went through; records are not known at this level. */
final class CountingInputStream extends FilterInputStream {
    private final ReadProgress progress;

    CountingInputStream(InputStream in, ReadProgress progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            progress.advanced(1, 0);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            progress.advanced(n, 0);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        progress.advanced(skipped, 0);
        return skipped;
    }
}
