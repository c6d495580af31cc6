package dev.esmscan.scan;

import dev.esmscan.policy.PolicyPack;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A policy pack made on its own thread (the built-in rules read back as the build stored them, or
 * any rules compiled), so that this overlaps reading the inputs.
 * {@link #join()} gives the pack, or throws what making it threw (a {@code PolicyException} for rules
 * that do not compile) unchanged. The thread is a daemon: a scan that fails while reading does not
 * wait for it.
 */
public final class PackCompilation {
    private final CompletableFuture<PolicyPack> pack = new CompletableFuture<>();

    private PackCompilation() {
    }

    /** Starts compiling now. */
    public static PackCompilation start(Supplier<PolicyPack> compiler) {
        PackCompilation compilation = new PackCompilation();
        Thread thread = new Thread(() -> {
            try {
                compilation.pack.complete(compiler.get());
            } catch (Throwable t) {
                compilation.pack.completeExceptionally(t);
            }
        }, "policy-pack-compiler");
        thread.setDaemon(true);
        thread.start();
        return compilation;
    }

    /** An already compiled pack. */
    public static PackCompilation of(PolicyPack compiled) {
        PackCompilation compilation = new PackCompilation();
        compilation.pack.complete(compiled);
        return compilation;
    }

    /** Waits for the pack. */
    public PolicyPack join() {
        try {
            return pack.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        } catch (CancellationException e) {
            throw new IllegalStateException("the policy pack's compilation was cancelled", e);
        }
    }
}
