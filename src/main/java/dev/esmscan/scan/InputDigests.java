package dev.esmscan.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 and size of every input, computed while the inputs are read, so that a report names
 * exactly which files it came from.
 *
 * <p>The readers are not slowed: the digests are computed beside them, on their own thread, reading
 * the files again from the page cache. A small file is hashed on that thread. A big one (from
 * {@value #HELPER_FROM} bytes) is hashed by a second JVM started for it: the launcher runs the scan
 * with the quick compiler only, under which SHA-256 runs at about 150 MB/s, while a JVM with the
 * optimising compiler uses the processor's SHA instructions (about 1.4 GB/s here). When that JVM
 * cannot be started, the file is hashed here, slowly but correctly. See docs/performance.md for
 * what it costs.
 *
 * <p>{@code InputDigests FILE...} is that second JVM's entry point: it prints, per file, its
 * SHA-256 in hex and its size.
 */
public final class InputDigests {
    /** Files from this size on are hashed by a JVM with the optimising compiler. */
    static final long HELPER_FROM = 32L << 20;
    private static final int BUFFER = 1 << 20;

    private final CompletableFuture<Map<Path, Digest>> result;

    /** A file's digest and the bytes it covers. */
    public record Digest(String sha256, long size) {
    }

    private InputDigests(CompletableFuture<Map<Path, Digest>> result) {
        this.result = result;
    }

    /** Starts hashing the files on a thread of its own. */
    public static InputDigests start(List<Path> files) {
        List<Path> distinct = files.stream().distinct().toList();
        CompletableFuture<Map<Path, Digest>> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(digest(distinct, System.getProperty("esmscan.digest.helper", "auto")));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "input-digests");
        t.setDaemon(true);
        t.start();
        return new InputDigests(future);
    }

    /** The digests, waiting for them when they are not ready yet. */
    public Map<Path, Digest> join() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io;
            }
            throw e;
        }
    }

    /**
     * The digests of the files; {@code helper} "auto" hashes big files in a second JVM, "always"
     * every file, "never" none.
     */
    static Map<Path, Digest> digest(List<Path> files, String helper) {
        List<Path> big = new ArrayList<>();
        Map<Path, Digest> digests = new LinkedHashMap<>();
        for (Path f : files) {
            long size = size(f);
            boolean useHelper = helper.equals("always") || (!helper.equals("never") && size >= HELPER_FROM);
            if (useHelper) {
                big.add(f);
            }
        }
        Process process = big.isEmpty() ? null : startHelper(big);
        for (Path f : files) {
            if (process == null || !big.contains(f)) {
                digests.put(f, hash(f));
            }
        }
        if (process != null) {
            Map<Path, Digest> helped = awaitHelper(process, big);
            for (Path f : big) {
                digests.put(f, helped != null ? helped.get(f) : hash(f));
            }
        }
        Map<Path, Digest> ordered = new LinkedHashMap<>();
        files.forEach(f -> ordered.put(f, digests.get(f)));
        return ordered;
    }

    /** The file's SHA-256 and size, hashed in this JVM. */
    public static Digest hash(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            long size = 0;
            int n;
            while ((n = channel.read(buffer)) >= 0) {
                if (n > 0) {
                    buffer.flip();
                    sha.update(buffer);
                    buffer.clear();
                    size += n;
                }
            }
            return new Digest(HexFormat.of().formatHex(sha.digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to compute its SHA-256", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's modification time as an ISO-8601 instant to the second, or null when it cannot be read. */
    public static String modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (IOException e) {
            return null;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A JVM with the optimising compiler that hashes the files; null when it cannot be started. */
    private static Process startHelper(List<Path> files) {
        try {
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            Path code = Path.of(InputDigests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xmx64m", "-Xshare:auto",
                    "-XX:TieredStopAtLevel=4", "-cp", code.toString(), InputDigests.class.getName()));
            files.forEach(f -> command.add(f.toAbsolutePath().toString()));
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // a command that never asks for the digests (access) must not leave the second JVM hashing after it ends
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "input-digests-stop"));
            return process;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The helper's digests, or null when it failed (the caller then hashes the files itself). */
    private static Map<Path, Digest> awaitHelper(Process process, List<Path> files) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            Map<Path, Digest> digests = new LinkedHashMap<>();
            for (Path f : files) {
                String line = out.readLine();
                String[] parts = line == null ? new String[0] : line.trim().split(" ");
                if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}")) {
                    process.destroy();
                    return null;
                }
                digests.put(f, new Digest(parts[0], Long.parseLong(parts[1])));
            }
            return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0 ? digests : null;
        } catch (IOException | NumberFormatException e) {
            process.destroy();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return null;
        }
    }

    /** The second JVM: prints "SHA256 SIZE" per file; exit 1 when a file cannot be read. */
    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        for (String name : args) {
            try {
                Digest d = hash(Path.of(name));
                out.append(d.sha256()).append(' ').append(d.size()).append('\n');
            } catch (UncheckedIOException e) {
                System.err.println(e.getMessage());
                System.out.print(out);
                System.out.flush();
                System.exit(1);
            }
            System.out.print(out);
            System.out.flush();
            out.setLength(0);
        }
    }
}
