package dev.esmscan.input.jcl;

import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.input.Reach;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a batch job gives its TSO steps to read: the SYSTSIN data as the steps would read it
 * (symbols and placeholders filled), laid out on the member's own lines, every other line blank, so
 * that a command reader's line numbers are the member's; and what the job's JCL says besides
 * (notices, problems, assumptions), to be added to the reader's statistics.
 */
public final class JclExtraction {

    /** Something the JCL says: a notice, a problem with its reach, or an assumption (line 0: the member as a whole). */
    record Observation(Type type, int line, String kind, String message, Reach reach) {
        enum Type { NOTICE, PROBLEM, ASSUMPTION }
    }

    private final Path file;
    private final String text;
    private final String describe;
    private final int systsinLine;
    private final int firstDataLine;
    private final String firstData;
    private final Optional<Path> zoweYaml;
    private final List<Observation> observations;

    JclExtraction(Path file, String text, String describe, int systsinLine, int firstDataLine, String firstData,
            Optional<Path> zoweYaml, List<Observation> observations) {
        this.file = file;
        this.text = text;
        this.describe = describe;
        this.systsinLine = systsinLine;
        this.firstDataLine = firstDataLine;
        this.firstData = firstData;
        this.zoweYaml = zoweYaml;
        this.observations = List.copyOf(observations);
    }

    /**
     * Reads a batch job's SYSTSIN.
     *
     * @param zoweYaml the site's zowe.yaml that fills Zowe's placeholders, if any
     * @throws NotACommandJob when the member has no TSO step whose SYSTSIN it holds
     * @throws InputException when the zowe.yaml cannot be read
     */
    public static JclExtraction of(Path file, Optional<Path> zoweYaml) {
        return new SystsinExtractor(file, ZowePlaceholders.from(zoweYaml)).extract();
    }

    /** The member's file. */
    public Path file() {
        return file;
    }

    /** The SYSTSIN data on the member's lines, every other line blank. */
    public String text() {
        return text;
    }

    /** The text as bytes for a command reader: ISO-8859-1 where it fits (as a SYSTSIN download would be), else UTF-8. */
    public byte[] bytes() {
        return StandardCharsets.ISO_8859_1.newEncoder().canEncode(text)
                ? text.getBytes(StandardCharsets.ISO_8859_1) : text.getBytes(StandardCharsets.UTF_8);
    }

    /** Which SYSTSIN this is, e.g. "the SYSTSIN of step RUN (DD RACF, lines 106–229)". */
    public String describe() {
        return describe;
    }

    /** The line of the (first) SYSTSIN DD statement. */
    public int systsinLine() {
        return systsinLine;
    }

    /** The first line of the SYSTSIN that is neither blank nor a TSO comment (else the first not blank), and its text, for messages. */
    public int firstDataLine() {
        return firstDataLine;
    }

    public String firstData() {
        return firstData;
    }

    /** The zowe.yaml the placeholders were filled from, if any. */
    public Optional<Path> zoweYaml() {
        return zoweYaml;
    }

    /** Adds what the JCL says to a reader's statistics of the SYSTSIN. */
    public void addTo(ReadStats stats) {
        for (Observation o : observations) {
            switch (o.type()) {
                case NOTICE -> stats.notice(o.line(), o.kind(), o.message());
                case PROBLEM -> stats.problem(o.line(), o.kind(), o.message(), o.reach());
                case ASSUMPTION -> stats.assumption(o.message());
                default -> throw new IllegalStateException(o.type().toString());
            }
        }
    }

    List<Observation> observations() {
        return observations;
    }

    /** A member that is JCL but gives no TSO step in-stream SYSTSIN to read; says why, at a line. */
    public static final class NotACommandJob extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        NotACommandJob(int line, String reason) {
            super(reason);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
