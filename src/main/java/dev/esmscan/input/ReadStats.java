package dev.esmscan.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reader took from one input: records by type, what it skipped, and what it observed, kept
 * apart by kind:
 * <ul>
 * <li><b>problems</b>: a record or command that could not be read or modelled, with the part of the
 * database it could have changed ({@link Reach}); results that read that part cannot be trusted;</li>
 * <li><b>notices</b>: the input is fine and says something (a command the ESM itself refuses, a
 * listing command, a comment over several lines); they change no verdict;</li>
 * <li><b>assumptions</b>: a default taken because the input is silent.</li>
 * </ul>
 * Problems and notices are summarised by kind: a count and the first {@value #FIRST_PER_KIND} lines of each.
 */
public final class ReadStats {
    /** How many lines of one kind of problem or notice are kept. */
    public static final int FIRST_PER_KIND = 5;
    /** The kind of a record that could not be parsed at all. */
    public static final String UNREADABLE = "unreadable record";

    private final String path;
    private final String format;
    private final TypeTally recordsByType = new TypeTally();
    private final TypeTally skippedByType = new TypeTally();
    private final TypeTally filteredByType = new TypeTally();
    private long records;
    private long skipped;
    private long filtered;
    private long errors;
    private long notices;
    private Reach damage = Reach.nothing();
    private Reach unseen = Reach.nothing();
    private String horizon;
    private final List<String> caveats = new ArrayList<>();
    private final Map<String, Kind> problemKinds = new TreeMap<>();
    private final Map<String, Kind> noticeKinds = new TreeMap<>();
    private final List<String> assumptions = new ArrayList<>();

    /** One kind of problem or notice: how many, and the first few with their lines. */
    public record Summary(String kind, long count, List<String> first) {
    }

    private record Line(long line, String message, Reach reach) {
    }

    private static final class Kind {
        long count;
        final List<Line> first = new ArrayList<>();

        void add(long line, String message, Reach reach) {
            count++;
            if (first.size() < FIRST_PER_KIND) {
                first.add(new Line(line, message, reach));
            }
        }
    }

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

    /** A record that could not be parsed: it could have held anything, so it reaches everything. */
    public void error(long line, String message) {
        problem(line, UNREADABLE, message, Reach.everything());
    }

    /**
     * A record or command that could not be read or modelled, of a kind (e.g. "command not
     * modelled"), which could have changed the part of the database {@code reach} names.
     */
    public void problem(long line, String kind, String message, Reach reach) {
        errors++;
        damage = damage.plus(reach);
        problemKinds.computeIfAbsent(kind, k -> new Kind()).add(line, message, reach);
    }

    /** Something the input says that changes no verdict, of a kind (e.g. "refused by the ESM"). */
    public void notice(long line, String kind, String message) {
        notices++;
        noticeKinds.computeIfAbsent(kind, k -> new Kind()).add(line, message, Reach.nothing());
    }

    /**
     * The input may end before the database does (a file cut short): the part {@code unseen} of the
     * database lies beyond what was read, and {@code horizon} says where the input ends and what
     * would have followed. A verdict that rests on the absence of something there cannot be trusted.
     */
    public void unseen(Reach reach, String horizon) {
        this.unseen = unseen.plus(reach);
        this.horizon = horizon;
    }

    /** Something every format shows beside the input, e.g. that truncation cannot be detected. */
    public void caveat(String message) {
        caveats.add(message);
    }

    /** A default the reader had to take because the input did not say (not a lost record). */
    public void assumption(String message) {
        assumptions.add(message);
    }

    /** The same counts under another path, e.g. the name an embedded sample is known by. */
    public ReadStats withPath(String newPath) {
        return copy(newPath, format);
    }

    /** The same counts under another format name, e.g. the command format inside a batch job. */
    public ReadStats withFormat(String newFormat) {
        return copy(path, newFormat);
    }

    private ReadStats copy(String newPath, String newFormat) {
        ReadStats copy = new ReadStats(newPath, newFormat);
        copy.recordsByType.addAll(recordsByType);
        copy.skippedByType.addAll(skippedByType);
        copy.filteredByType.addAll(filteredByType);
        copy.records = records;
        copy.skipped = skipped;
        copy.filtered = filtered;
        copy.errors = errors;
        copy.notices = notices;
        copy.damage = damage;
        copy.unseen = unseen;
        copy.horizon = horizon;
        copy.caveats.addAll(caveats);
        copy.problemKinds.putAll(problemKinds);
        copy.noticeKinds.putAll(noticeKinds);
        copy.assumptions.addAll(assumptions);
        return copy;
    }

    public String path() { return path; }
    public String format() { return format; }
    public long records() { return records; }
    public long skipped() { return skipped; }
    public long filtered() { return filtered; }
    /** How many problems (records or commands not read or modelled). */
    public long errors() { return errors; }
    public long notices() { return notices; }
    /** What the problems of this input could have changed; {@link Reach#nothing()} when there are none. */
    public Reach damage() { return damage; }
    public Map<String, Long> recordsByType() { return recordsByType.sorted(); }
    public Map<String, Long> skippedByType() { return skippedByType.sorted(); }
    public Map<String, Long> filteredByType() { return filteredByType.sorted(); }
    public List<String> assumptions() { return Collections.unmodifiableList(assumptions); }
    /** The part of the database that may lie beyond the end of this input; nothing when it was read to its end. */
    public Reach unseen() { return unseen; }
    /** Where the input ends and what would have followed, or null when nothing is unseen. */
    public String horizon() { return horizon; }
    public List<String> caveats() { return Collections.unmodifiableList(caveats); }

    /** The problems by kind, kinds in name order. */
    public List<Summary> problemSummary() {
        return summarise(problemKinds);
    }

    /** The notices by kind, kinds in name order. */
    public List<Summary> noticeSummary() {
        return summarise(noticeKinds);
    }

    /** The first lines of every kind of problem, as "path:line: message", in line order. */
    public List<String> problems() {
        return firstLines(problemKinds);
    }

    /** The first lines of every kind of notice, as "path:line: message", in line order. */
    public List<String> noticeLines() {
        return firstLines(noticeKinds);
    }

    /** The first kept problem that could change what {@code reads} names, as "path:line: message", or null. */
    public String firstProblemTouching(Reach reads) {
        List<Line> all = new ArrayList<>();
        problemKinds.values().forEach(k -> all.addAll(k.first));
        return all.stream().filter(l -> l.reach().touches(reads)).min(Comparator.comparingLong(Line::line))
                .map(this::located).orElse(null);
    }

    private List<Summary> summarise(Map<String, Kind> kinds) {
        List<Summary> out = new ArrayList<>();
        kinds.forEach((kind, k) -> out.add(new Summary(kind, k.count, k.first.stream().map(this::located).toList())));
        return out;
    }

    private List<String> firstLines(Map<String, Kind> kinds) {
        List<Line> all = new ArrayList<>();
        kinds.values().forEach(k -> all.addAll(k.first));
        all.sort(Comparator.comparingLong(Line::line));
        return all.stream().map(this::located).toList();
    }

    private String located(Line l) {
        return l.line() > 0 ? path + ":" + l.line() + ": " + l.message() : path + ": " + l.message();
    }
}
