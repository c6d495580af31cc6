package dev.esmscan.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** What a reader took from one input: records by type, what it skipped, and the first problems with their lines. */
public final class ReadStats {
    public static final int MAX_PROBLEMS = 20;

    private final String path;
    private final String format;
    private final TypeTally recordsByType = new TypeTally();
    private final TypeTally skippedByType = new TypeTally();
    private final TypeTally filteredByType = new TypeTally();
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
        recordsByType.add(type, 1);
    }

    /** Counts a record of a type the reader does not use (read past on purpose, not an error). */
    public void skipped(String type) {
        skipped(type, 1);
    }

    /** Counts {@code count} records of a type the reader does not use, at once. */
    public void skipped(String type, long count) {
        if (count > 0) {
            records += count;
            skipped += count;
            recordsByType.add(type, count);
            skippedByType.add(type, count);
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
            recordsByType.add(type, count);
            filteredByType.add(type, count);
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
        copy.recordsByType.addAll(recordsByType);
        copy.skippedByType.addAll(skippedByType);
        copy.filteredByType.addAll(filteredByType);
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
    public Map<String, Long> recordsByType() { return recordsByType.sorted(); }
    public Map<String, Long> skippedByType() { return skippedByType.sorted(); }
    public Map<String, Long> filteredByType() { return filteredByType.sorted(); }
    public List<String> problems() { return Collections.unmodifiableList(problems); }
}
