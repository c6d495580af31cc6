package dev.esmscan.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a reader took from one input: records by type, what it skipped, and the first problems with their lines. */
public final class ReadStats {
    public static final int MAX_PROBLEMS = 20;

    private final String path;
    private final String format;
    private final Map<String, Long> recordsByType = new TreeMap<>();
    private final Map<String, Long> skippedByType = new TreeMap<>();
    private final Map<String, Long> filteredByType = new TreeMap<>();
    private long records;
    private long skipped;
    private long filtered;
    private long errors;
    private final List<String> problems = new ArrayList<>();

    public ReadStats(String path, String format) {
        this.path = path;
        this.format = format;
    }

    /** Counts a record that was read into the model. */
    public void record(String type) {
        records++;
        recordsByType.merge(type, 1L, Long::sum);
    }

    /** Counts a record of a type the reader does not use (read past on purpose, not an error). */
    public void skipped(String type) {
        records++;
        skipped++;
        recordsByType.merge(type, 1L, Long::sum);
        skippedByType.merge(type, 1L, Long::sum);
    }

    /** Counts {@code count} records of a type the reader does not use, at once. */
    public void skipped(String type, long count) {
        if (count > 0) {
            records += count;
            skipped += count;
            recordsByType.merge(type, count, Long::sum);
            skippedByType.merge(type, count, Long::sum);
        }
    }

    /**
     * Counts {@code count} records of profiles outside the read's scope: readable, but kept out of
     * the model on purpose because no rule looks at their class.
     */
    public void filtered(String type, long count) {
        if (count > 0) {
            records += count;
            filtered += count;
            recordsByType.merge(type, count, Long::sum);
            filteredByType.merge(type, count, Long::sum);
        }
    }

    /** Counts a record that could not be parsed; the first few are kept with their line. */
    public void error(long line, String message) {
        errors++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(path + ":" + line + ": " + message);
        }
    }

    /**
     * Notes a default the reader had to take because the input did not say (not a lost record):
     * listed with the problems, not counted as an error.
     */
    public void assumption(String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(path + ": " + message);
        }
    }

    /** The same counts under another path, e.g. the name an embedded sample is known by. */
    public ReadStats withPath(String newPath) {
        ReadStats copy = new ReadStats(newPath, format);
        copy.recordsByType.putAll(recordsByType);
        copy.skippedByType.putAll(skippedByType);
        copy.filteredByType.putAll(filteredByType);
        copy.records = records;
        copy.skipped = skipped;
        copy.filtered = filtered;
        copy.errors = errors;
        copy.problems.addAll(problems);
        return copy;
    }

    public String path() { return path; }
    public String format() { return format; }
    public long records() { return records; }
    public long skipped() { return skipped; }
    public long filtered() { return filtered; }
    public long errors() { return errors; }
    public Map<String, Long> recordsByType() { return Collections.unmodifiableMap(recordsByType); }
    public Map<String, Long> skippedByType() { return Collections.unmodifiableMap(skippedByType); }
    public Map<String, Long> filteredByType() { return Collections.unmodifiableMap(filteredByType); }
    public List<String> problems() { return Collections.unmodifiableList(problems); }
}
