package dev.esmscan.racf.unload;

import dev.esmscan.input.InputException;
import dev.esmscan.input.ProfileScope;
import dev.esmscan.input.ReadProgress;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a text unload from a file in chunks cut at line ends, several at a time. Each chunk is read
 * into its thread's reused buffer, and its line ends are found in one pass over it, a word of eight
 * bytes at a time; a line whose type the model does not use, or whose profile class is outside the
 * scope, is only counted, and the rest is decoded on the chunk's thread. This thread applies the decoded records to the model in file
 * order, so problems, line numbers and the model are those of a plain front-to-back read. Memory
 * holds a bounded number of chunks' decoded records, one buffer per thread and the model, whatever
 * the file's size. Each chunk also follows where its records lie in IRRDBU00's order ({@link UnloadOrder}),
 * which says at the end what a cut could have left unseen.
 */
final class ChunkedTextUnload {
    static final int DEFAULT_CHUNK = 2 << 20;
    private static final int MIN_AHEAD = 4;

    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
    private static final int BOUNDARY_PROBE = 64 * 1024;
    /** The column after a general resource record's class (columns 253-260). */
    private static final int CLASS_END = 260;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final int chunkBytes;
    private final int threads;

    ChunkedTextUnload(int chunkBytes, int threads) {
        if (chunkBytes < 1 || threads < 1) {
            throw new IllegalArgumentException("chunk size and threads must be positive");
        }
        this.chunkBytes = chunkBytes;
        this.threads = threads;
    }

    /** What one chunk gave: its decoded records in order, the counted ones, how many lines it held, and their order. */
    private record Chunk(List<UnloadRecordMapper.Decoded> records, TypeCounts counts, int lines, long bytes, UnloadOrder order) {
    }

    /** Reads the bytes from {@code start} to the end of the file into the model. */
    void read(Path file, long start, ProfileScope scope, SecurityModel.Builder model, ReadStats stats, ReadProgress progress)
            throws IOException {
        LineTriage triage = new LineTriage(scope);
        UnloadOrder.Whole order = new UnloadOrder.Whole();
        RepeatedRecords repeats = RepeatedRecords.of(model);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long[] bounds = boundaries(channel, file, start, channel.size());
            int chunks = bounds.length - 1;
            if (chunks == 1 || threads == 1) {
                long lineBase = 0;
                ChunkScanner scanner = new ChunkScanner(file, triage, scope);
                for (int i = 0; i < chunks; i++) {
                    Chunk c = scanner.scan(channel, bounds[i], bounds[i + 1]);
                    lineBase = take(c, lineBase, model, stats, progress, order, repeats);
                }
                checkLastLineEnded(channel, start, lineBase, stats);
                repeats.finish(stats);
                order.report(scope, stats);
                return;
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "unload-chunk");
                t.setDaemon(true);
                return t;
            });
            ThreadLocal<ChunkScanner> scanners = ThreadLocal.withInitial(() -> new ChunkScanner(file, triage, scope));
            try {
                Deque<Future<Chunk>> ahead = new ArrayDeque<>();
                int next = 0;
                long lineBase = 0;
                while (next < chunks || !ahead.isEmpty()) {
                    while (next < chunks && ahead.size() < Math.max(MIN_AHEAD, threads + 1)) {
                        long from = bounds[next];
                        long to = bounds[next + 1];
                        ahead.add(pool.submit(() -> scanners.get().scan(channel, from, to)));
                        next++;
                    }
                    lineBase = take(await(ahead.removeFirst()), lineBase, model, stats, progress, order, repeats);
                }
                checkLastLineEnded(channel, start, lineBase, stats);
                repeats.finish(stats);
                order.report(scope, stats);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** An unload ends with a line end; a last line without one was most likely cut off (a full disk, a broken transfer). */
    private static void checkLastLineEnded(FileChannel channel, long start, long lines, ReadStats stats) throws IOException {
        long size = channel.size();
        if (size <= start) {
            return;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        if (last.get(0) != '\n') {
            stats.error(lines, "the file ends inside this record (no line end after it): it was probably cut off;"
                    + " its fields may be incomplete");
        }
    }

    private static long take(Chunk c, long lineBase, SecurityModel.Builder model, ReadStats stats, ReadProgress progress,
                             UnloadOrder.Whole order, RepeatedRecords repeats) {
        for (UnloadRecordMapper.Decoded d : c.records()) {
            UnloadRecordMapper.apply(d, lineBase, model, stats, repeats);
        }
        c.counts().addTo(stats);
        order.add(c.order(), lineBase);
        progress.advanced(c.bytes(), c.lines());
        return lineBase + c.lines();
    }

    private static Chunk await(Future<Chunk> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Chunk starts: {@code start}, then the first line start at or after each multiple of the chunk size, then the end. */
    private long[] boundaries(FileChannel channel, Path file, long start, long size) throws IOException {
        List<Long> bounds = new ArrayList<>();
        bounds.add(start);
        long nominal = start + chunkBytes;
        ByteBuffer probe = ByteBuffer.allocate(BOUNDARY_PROBE);
        while (nominal < size) {
            long lineStart = nextLineStart(channel, nominal, size, probe);
            if (lineStart >= size) {
                break;
            }
            if (lineStart - bounds.get(bounds.size() - 1) > Integer.MAX_VALUE) {
                throw new InputException(file, "a line is longer than 2 GB");
            }
            bounds.add(lineStart);
            nominal = Math.max(lineStart, nominal) + chunkBytes;
        }
        bounds.add(size);
        return bounds.stream().mapToLong(Long::longValue).toArray();
    }

    /** The position after the first LF at or after {@code from - 1}, or {@code size}. */
    private static long nextLineStart(FileChannel channel, long from, long size, ByteBuffer probe) throws IOException {
        long at = from - 1;
        while (at < size) {
            probe.clear();
            int n = channel.read(probe, at);
            if (n <= 0) {
                return size;
            }
            for (int i = 0; i < n; i++) {
                if (probe.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += n;
        }
        return size;
    }

    /**
     * Non-zero when the word may hold an LF: always when it does, and also for some other bytes
     * (0x80 and above, or an 0x0B after an LF), which {@link #newlines} then tells apart. Fewer
     * operations per word than that.
     */
    private static long mayHoldNewline(long word) {
        return ((word ^ NEWLINES) - ONES) & HIGHS;
    }

    /** The high bit set in exactly those bytes of the word that are an LF. */
    private static long newlines(long word) {
        long x = word ^ NEWLINES;
        return ~(((x & LOWS) + LOWS) | x | LOWS);
    }

    /** One thread's reading state, reused for every chunk it scans: the buffer and the decoder. */
    private static final class ChunkScanner {
        private final LineTriage triage;
        private final UnloadLines decoder;
        private byte[] bytes = new byte[0];
        private List<UnloadRecordMapper.Decoded> records;
        private TypeCounts counts;
        private UnloadOrder order;
        private int orderSection;
        private long orderClass;
        private int lastCode;
        private int lastSlot;
        private int lines;

        ChunkScanner(Path file, LineTriage triage, ProfileScope scope) {
            this.triage = triage;
            this.decoder = new UnloadLines(file, new UnloadRecordMapper(scope));
            decoder.recordSeen();
        }

        /**
         * Reads {@code from}..{@code to} of the file and takes its lines in order. The line ends are
         * found eight bytes at a time in one pass over the chunk; a line without one ends the file.
         */
        Chunk scan(FileChannel channel, long from, long to) throws IOException {
            int length = (int) (to - from);
            byte[] b = fill(channel, from, length);
            records = new ArrayList<>();
            counts = new TypeCounts();
            order = new UnloadOrder();
            orderSection = -1;
            orderClass = 0;
            lastCode = 0;
            lastSlot = -1;
            lines = 0;
            int lineStart = 0;
            int i = 0;
            for (; i + 32 <= length; i += 32) {
                long w0 = (long) LONGS.get(b, i);
                long w1 = (long) LONGS.get(b, i + 8);
                long w2 = (long) LONGS.get(b, i + 16);
                long w3 = (long) LONGS.get(b, i + 24);
                if ((mayHoldNewline(w0) | mayHoldNewline(w1) | mayHoldNewline(w2) | mayHoldNewline(w3)) != 0) {
                    lineStart = lines(b, lineStart, i, newlines(w0));
                    lineStart = lines(b, lineStart, i + 8, newlines(w1));
                    lineStart = lines(b, lineStart, i + 16, newlines(w2));
                    lineStart = lines(b, lineStart, i + 24, newlines(w3));
                }
            }
            for (; i + 8 <= length; i += 8) {
                lineStart = lines(b, lineStart, i, newlines((long) LONGS.get(b, i)));
            }
            for (; i < length; i++) {
                if (b[i] == '\n') {
                    line(b, lineStart, i);
                    lineStart = i + 1;
                }
            }
            if (lineStart < length) {
                line(b, lineStart, length);
            }
            order.finishChunk(b, length, lines);
            return new Chunk(records, counts, lines, length, order);
        }

        /** Takes the lines ending at the LFs marked in {@code found}, the word at {@code at}; the next line's start. */
        private int lines(byte[] b, int lineStart, int at, long found) {
            int start = lineStart;
            for (long rest = found; rest != 0; rest &= rest - 1) {
                int newline = at + (Long.numberOfTrailingZeros(rest) >>> 3);
                line(b, start, newline);
                start = newline + 1;
            }
            return start;
        }

        /** Counts, filters or decodes the line from {@code start} to its LF (or the chunk's end) at {@code newline}. */
        private void line(byte[] b, int start, int newline) {
            int end = newline > start && b[newline - 1] == '\r' ? newline - 1 : newline;
            int len = end - start;
            lines++;
            byte action = LineTriage.KEEP;
            int slot = -1;
            if (len >= 5 && b[start + 4] == ' ') {
                int code = (int) INTS.get(b, start);
                if (code == lastCode) {
                    slot = lastSlot;
                } else if (UnloadEncoding.startsWithRecordType(b, start, len)) {
                    slot = counts.slot(code);
                    lastCode = code;
                    lastSlot = slot;
                }
            }
            if (slot >= 0) {
                int section = b[start + 1];
                long cls = section != '5' ? 0 : len >= CLASS_END ? (long) LONGS.get(b, start + CLASS_END - 8) : UnloadOrder.classCode(b, start, len);
                if (section != orderSection || cls != orderClass) {
                    order.see(b, start, len, lines);
                    orderSection = section;
                    orderClass = cls;
                }
                action = counts.action(slot, triage);
                if (action == LineTriage.CLASS_DECIDES) {
                    action = triage.byClass(b, start, len);
                }
            }
            if (action == LineTriage.KEEP) {
                UnloadRecordMapper.Decoded d = decoder.decode(b, start, len, lines);
                if (d != null) {
                    records.add(d);
                }
            } else if (action == LineTriage.SKIP) {
                counts.skipped(slot);
            } else {
                counts.filtered(slot);
            }
        }

        private byte[] fill(FileChannel channel, long from, int length) throws IOException {
            if (bytes.length < length) {
                bytes = new byte[length + length / 8];
            }
            ByteBuffer target = ByteBuffer.wrap(bytes, 0, length);
            while (target.hasRemaining()) {
                if (channel.read(target, from + target.position()) < 0) {
                    throw new IOException("the file became shorter while it was read");
                }
            }
            return bytes;
        }
    }
}
