package dev.esmscan.racf.unload;

import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.ReadOptions;
import dev.esmscan.input.ReadProgress;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an IRRDBU00 unload in its real fixed-column format: text with LF or CRLF, blank-padded or
 * trimmed lines, or a binary transfer in EBCDIC (IBM-1047) with RECFM=VB descriptor words. A text
 * file is read in chunks, several at a time (see {@link ChunkedTextUnload}); the EBCDIC transfers in
 * one streaming pass. Only the fields of the records the model uses are decoded, and only the
 * profiles of the classes in the read's scope are kept.
 */
public final class Irrdbu00Reader implements ExtractReader {
    public static final String FORMAT = "irrdbu00";

    private static final int HEAD_BYTES = 8192;
    private static final int STREAM_BUFFER = 1 << 20;

    private final ChunkedTextUnload chunked;

    public Irrdbu00Reader() {
        this(ChunkedTextUnload.DEFAULT_CHUNK, Runtime.getRuntime().availableProcessors());
    }

    /** A reader of text unloads in chunks of {@code chunkBytes}, {@code threads} at a time. */
    Irrdbu00Reader(int chunkBytes, int threads) {
        this.chunked = new ChunkedTextUnload(chunkBytes, threads);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(byte[] head) {
        return UnloadEncoding.detect(head) != null;
    }

    @Override
    public ReadStats read(Path file, SecurityModel.Builder model) throws IOException {
        return read(file, model, ReadOptions.DEFAULT);
    }

    @Override
    public ReadStats read(Path file, SecurityModel.Builder model, ReadOptions options) throws IOException {
        ReadStats stats = new ReadStats(file.toString(), FORMAT);
        ReadProgress progress = options.progress();
        progress.started(file.toString(), Files.size(file));
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_BYTES);
            }
            UnloadEncoding encoding = UnloadEncoding.detect(head);
            if (encoding == UnloadEncoding.TEXT) {
                // the detection saw a record type at the start of the first line that is not blank
                chunked.read(file, UnloadEncoding.bomLength(head), options.scope(), model, stats, progress);
            } else {
                readStream(file, encoding, new UnloadRecordMapper(model, stats, options.scope()), stats, progress)
                        .report(options.scope(), stats);
            }
            UnloadRecordMapper.reportProfilesWithoutBase(model, stats);
            UnloadRecordMapper.reportMissingIdentities(model, stats, !stats.caveats().isEmpty());
        } finally {
            progress.finished();
        }
        return stats;
    }

    private static UnloadOrder.Whole readStream(Path file, UnloadEncoding encoding, UnloadRecordMapper mapper, ReadStats stats,
                                                ReadProgress progress) throws IOException {
        UnloadLines lines = new UnloadLines(file, mapper);
        UnloadOrder order = new UnloadOrder();
        byte[] last = new byte[0];
        int lastLength = 0;
        long lastLine = 0;
        try (InputStream raw = new BufferedInputStream(new CountingInputStream(Files.newInputStream(file), progress), STREAM_BUFFER)) {
            byte[] head = raw.readNBytes(HEAD_BYTES);
            InputStream in = new SequenceInputStream(new ByteArrayInputStream(head), raw);
            RecordSource source;
            if (encoding == UnloadEncoding.EBCDIC_RECORDS || encoding == UnloadEncoding.EBCDIC_BLOCKS) {
                source = new VariableBlockedRecordSource(in, encoding == UnloadEncoding.EBCDIC_BLOCKS, file);
            } else {
                in.skipNBytes(UnloadEncoding.bomLength(head));
                source = new TextRecordSource(in);
            }
            while (source.next()) {
                if (UnloadEncoding.startsWithRecordType(source.buffer(), source.offset(), source.length())
                        && order.see(source.buffer(), source.offset(), source.length(), source.line())) {
                    lastLength = source.length();
                    lastLine = source.line();
                    if (last.length < lastLength) {
                        last = new byte[Math.max(lastLength, 2 * last.length)];
                    }
                    System.arraycopy(source.buffer(), source.offset(), last, 0, lastLength);
                }
                UnloadRecordMapper.Decoded d = lines.decode(source.buffer(), source.offset(), source.length(), source.line());
                if (d != null) {
                    mapper.apply(d, 0, stats);
                }
            }
        }
        lines.finish();
        mapper.finish(stats);
        order.finish(last, 0, lastLength, lastLine);
        UnloadOrder.Whole whole = new UnloadOrder.Whole();
        whole.add(order, 0);
        return whole;
    }
}
