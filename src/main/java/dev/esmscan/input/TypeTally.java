package dev.esmscan.input;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts by record type. Records come in runs of one type, so the last type's counter is kept at
 * hand: counting a record is then an increment, not a map update with a boxed number.
 */
final class TypeTally {
    private final Map<String, long[]> counts = new HashMap<>();
    private String lastType;
    private long[] lastCount;

    void add(String type, long n) {
        if (type != lastType) {
            lastCount = counts.computeIfAbsent(type, k -> new long[1]);
            lastType = type;
        }
        lastCount[0] += n;
    }

    void addAll(TypeTally other) {
        other.counts.forEach((type, n) -> add(type, n[0]));
    }

    /** The counts by type, in type order. */
    SortedMap<String, Long> sorted() {
        SortedMap<String, Long> sorted = new TreeMap<>();
        counts.forEach((type, n) -> sorted.put(type, n[0]));
        return Collections.unmodifiableSortedMap(sorted);
    }
}
