package dev.esmscan.input;

import java.util.Objects;

/** How a reader reads: which profiles it keeps, and whom it tells of its progress. */
public record ReadOptions(ProfileScope scope, ReadProgress progress) {

    public static final ReadOptions DEFAULT = new ReadOptions(ProfileScope.all(), ReadProgress.NONE);

    public ReadOptions {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(progress, "progress");
    }

    public ReadOptions withProgress(ReadProgress p) {
        return new ReadOptions(scope, p);
    }
}
