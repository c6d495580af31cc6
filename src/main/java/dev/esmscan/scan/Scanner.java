package dev.esmscan.scan;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.esm.Esm;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ProfileScope;
import dev.esmscan.input.ReadOptions;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyEngine;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.remediation.RemediationRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/** Reads the inputs into one model and evaluates the policy pack against it. */
public final class Scanner {
    /** The notice kind of an input that repeats an earlier one byte for byte. */
    public static final String REPEAT = "repeated input";

    private Scanner() {
    }

    /**
     * Reads every input (all of one ESM) into one model. Inputs are read in the order of the ESM's
     * readers (for RACF: unloads, then SETROPTS, then command files, which apply on top of what
     * the extracts hold), and in the given order within one format.
     */
    public static Loaded load(List<ScanInput> given) {
        return load(given, ReadOptions.DEFAULT);
    }

    /**
     * Reads as {@link #load(List)} does, keeping only the profiles of the options' scope. The
     * resolver then refuses questions about the classes left out. When a command file is among
     * the inputs ({@link dev.esmscan.input.ExtractReader#appliesCommands()}), every profile is kept:
     * a command may name any of them.
     */
    public static Loaded load(List<ScanInput> given, ReadOptions requested) {
        List<ScanInput> inputs = new ArrayList<>(given);
        // commands apply to the whole database: a PERMIT may name a profile of any class
        boolean commands = inputs.stream().anyMatch(i -> i.reader().appliesCommands());
        ReadOptions options = commands ? new ReadOptions(ProfileScope.all(), requested.progress()) : requested;
        inputs.sort(Comparator.comparingInt(i -> i.esm().readers().indexOf(i.reader().orderedAs())));
        Set<String> esms = new LinkedHashSet<>();
        inputs.forEach(i -> esms.add(i.esm().name()));
        if (esms.size() > 1) {
            throw new InputException("the inputs mix extracts of " + String.join(" and ", esms) + "; scan one ESM at a time");
        }
        Esm esm = inputs.get(0).esm();
        InputDigests digests = InputDigests.start(inputs.stream().map(ScanInput::file).toList());
        SecurityModel.Builder builder = SecurityModel.builder();
        List<ReadStats> stats = new ArrayList<>();
        java.util.Map<ScanInput, ReadStats> read = new java.util.LinkedHashMap<>();
        for (ScanInput in : inputs) {
            try {
                // two runs of one command stream are two runs, not two copies of one extract
                ScanInput original = in.reader().appliesCommands() ? null : copyOf(in, read.keySet());
                if (original != null) {
                    stats.add(repeats(in, original, read.get(original)));
                    continue;
                }
                ReadStats s = relabel(in.reader().read(in.file(), builder, options), in.displayPath());
                requireSomethingRead(in, s);
                stats.add(s);
                read.put(in, s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        SecurityModel model = builder.build();
        AccessResolver resolver = esm.resolver(model);
        if (!options.scope().keepsEverything()) {
            resolver = new ScopeCheckingResolver(resolver, options.scope());
        }
        return new Loaded(esm, model, resolver, stats, new Identities(inputs, digests));
    }

    /**
     * What identifies each input, once its digest is ready: the digests are computed beside the
     * readers and asked for only when the report is made, so a big file's digest can finish while
     * the rules are evaluated.
     */
    public static final class Identities {
        private static final Identities NONE = new Identities(List.of(), null);
        private final List<ScanInput> inputs;
        private final InputDigests digests;
        private List<InputIdentity> identities;

        Identities(List<ScanInput> inputs, InputDigests digests) {
            this.inputs = List.copyOf(inputs);
            this.digests = digests;
        }

        /** The identities in the order the inputs were read, waiting for the digests when they are not ready. */
        public synchronized List<InputIdentity> get() {
            if (identities == null) {
                List<InputIdentity> list = new ArrayList<>();
                Map<Path, InputDigests.Digest> digested = digests == null ? Map.of() : digests.join();
                for (ScanInput in : inputs) {
                    InputDigests.Digest d = digested.get(in.file());
                    list.add(new InputIdentity(in.displayPath(), d.sha256(), d.size(), InputDigests.modified(in.file()),
                            InputIdentity.FILE_MODIFIED));
                }
                identities = List.copyOf(list);
            }
            return identities;
        }
    }

    /** A model read from the inputs, with the ESM's resolver over it, and what identifies each input. */
    public record Loaded(Esm esm, SecurityModel model, AccessResolver resolver, List<ReadStats> stats, Identities pending) {

        public Loaded(Esm esm, SecurityModel model, AccessResolver resolver, List<ReadStats> stats) {
            this(esm, model, resolver, stats, Identities.NONE);
        }

        /** Each input's digest, size and date, in the order of {@link #stats()}. */
        public List<InputIdentity> identities() {
            return pending.get();
        }
    }

    public static ScanResult scan(List<ScanInput> inputs, SiteSettings settings, PolicyPack pack) {
        return evaluate(load(inputs), settings, pack);
    }

    /** Reads with the options (the pack's scope, progress) and evaluates the pack. */
    public static ScanResult scan(List<ScanInput> inputs, SiteSettings settings, PolicyPack pack, ReadOptions options) {
        return evaluate(load(inputs, options), settings, pack);
    }

    /** Reads with the options while the pack compiles on its own thread, then evaluates it. */
    public static ScanResult scan(List<ScanInput> inputs, SiteSettings settings, PackCompilation pack, ReadOptions options) {
        Loaded loaded = load(inputs, options);
        return evaluate(loaded, settings, pack.join());
    }

    public static ScanResult evaluate(Loaded loaded, SiteSettings given, PolicyPack pack) {
        SiteSettings settings = given.forEsm(loaded.esm().name());
        List<Finding> evaluated = PartialInputGuard.apply(
                new PolicyEngine(pack).evaluate(loaded.model(), settings, loaded.resolver()), loaded.stats());
        List<Finding> findings = RemediationRenderer.render(evaluated, loaded.esm().renderer(settings), loaded.model());
        return new ScanResult(loaded.esm().name(), loaded.stats(), settings, findings, loaded.model(), loaded.resolver(),
                loaded.identities(), pack.identity(), null);
    }

    /**
     * An input read earlier (same reader) whose bytes this one repeats exactly, e.g. a backup copy
     * beside the unload in a folder; or null. Only files of the same size are compared, and the
     * comparison stops at the first byte that differs.
     */
    private static ScanInput copyOf(ScanInput in, java.util.Collection<ScanInput> read) throws IOException {
        long size = Files.size(in.file());
        for (ScanInput earlier : read) {
            if (earlier.reader() == in.reader() && Files.size(earlier.file()) == size && Files.mismatch(earlier.file(), in.file()) < 0) {
                return earlier;
            }
        }
        return null;
    }

    /** What a copy of an earlier input says: it repeats that input's records, which were read once. */
    private static ReadStats repeats(ScanInput copy, ScanInput original, ReadStats originalStats) {
        ReadStats s = new ReadStats(copy.displayPath(), originalStats.format());
        s.notice(0, REPEAT, copy.displayPath() + " repeats " + String.format(Locale.ROOT, "%,d", originalStats.records())
                + (originalStats.records() == 1 ? " record" : " records") + " of " + original.displayPath()
                + ": the files are identical, so they were read once");
        return s;
    }

    /**
     * A file from which no record could be read is no input: every result would be ERROR for a
     * file that is probably not the one meant.
     */
    private static void requireSomethingRead(ScanInput in, ReadStats s) {
        if (s.records() - s.skipped() == 0 && s.errors() > 0) {
            throw new InputException(in.file(), "nothing in it could be read (" + s.errors() + (s.errors() == 1 ? " problem" : " problems")
                    + ", the first: " + (s.problems().isEmpty() ? "none listed" : s.problems().get(0)) + "): it is not an input;"
                    + " check that it is the file meant");
        }
    }

    private static ReadStats relabel(ReadStats s, String displayPath) {
        return s.path().equals(displayPath) ? s : s.withPath(displayPath);
    }
}
