package dev.esmscan.remediation;

import java.util.Optional;

/** Combines the name checks of one intent for {@link CommandRenderer#invalidName}. */
public final class NameChecks {

    private NameChecks() {
    }

    /** The first reason a name was refused, in the order given; empty when every name passed. */
    @SafeVarargs
    public static Optional<String> first(Optional<String>... checks) {
        for (Optional<String> c : checks) {
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }
}
