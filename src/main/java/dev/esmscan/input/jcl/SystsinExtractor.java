package dev.esmscan.input.jcl;

import dev.esmscan.input.ExtractText;
import dev.esmscan.input.InputException;
import dev.esmscan.input.Reach;
import dev.esmscan.input.jcl.JclExtraction.NotACommandJob;
import dev.esmscan.input.jcl.JclExtraction.Observation;
import dev.esmscan.input.jcl.JclSymbols.Definition;
import dev.esmscan.input.jcl.JclSymbols.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Walks a batch job statement by statement, as the JCL converter and JES2 would: SET and EXPORT
 * define symbols, EXEC starts a step, DD statements with {@code *} or {@code DATA} start in-stream
 * data; then takes the SYSTSIN of each TSO step (EXEC PGM=IKJEFT01, IKJEFT1A or IKJEFT1B),
 * following {@code DDNAME=} to the DD it names.
 *
 * <p>In-stream data ends (z/OS MVS JCL Reference, "DD statement: DATA parameter", "DLM parameter",
 * JES2): for {@code DD *}, at {@code /*} or at the DLM= characters in columns 1–2, or before the next
 * {@code //} record; for {@code DD DATA}, only at its delimiter ({@code /*}, or the DLM= characters).
 */
final class SystsinExtractor {
    private static final Set<String> TSO = Set.of("IKJEFT01", "IKJEFT1A", "IKJEFT1B");
    /** Utilities that change data sets but nothing of the security database: a step running one is noted, not distrusted. */
    private static final Set<String> OUTSIDE_SECURITY = Set.of("IEFBR14", "IEBGENER", "IEBCOPY", "IEBUPDTE", "IDCAMS", "SORT", "ICEMAN");
    private static final String NOTICE_JCL = "JCL";
    private static final String NOTICE_SYMBOL = "JCL symbol";
    private static final String NOT_MODELLED = "not modelled";
    private static final String UNRESOLVED = "unresolved placeholder";
    private static final String UNKNOWN_SYMBOL = "unknown symbol";

    private final Path file;
    private final String[] lines;
    private final ZowePlaceholders placeholders;
    private final JclSymbols symbols = new JclSymbols();
    private final List<Step> steps = new ArrayList<>();
    private final List<InStream> inStream = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private Step current;
    private boolean inProcedure;
    private int conditionalLine;

    SystsinExtractor(Path file, ZowePlaceholders placeholders) {
        this.file = file;
        this.placeholders = placeholders;
        try {
            String[] all = ExtractText.decode(file).split("\r\n|\r|\n", -1);
            // a final line end ends the last record; it does not start another
            this.lines = all.length > 1 && all[all.length - 1].isEmpty() ? Arrays.copyOf(all, all.length - 1) : all;
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage());
        }
    }

    /** A DD statement of a step; an unnamed one continues (concatenates to) the named one before it. */
    private static final class Dd {
        final int line;
        final String name;
        final JclParameters params;
        final Dd concatenatedTo;
        InStream data;

        Dd(int line, String name, JclParameters params, Dd concatenatedTo) {
            this.line = line;
            this.name = name;
            this.params = params;
            this.concatenatedTo = concatenatedTo;
        }

        String label() {
            Dd named = concatenatedTo != null ? concatenatedTo : this;
            return "DD " + named.name + (concatenatedTo != null ? " (concatenated at line " + line + ")" : "");
        }
    }

    private static final class Step {
        final int line;
        final String name;
        final String program;
        final String procedure;
        final Optional<String> parm;
        final List<Dd> dds = new ArrayList<>();

        Step(int line, String name, String program, String procedure, Optional<String> parm) {
            this.line = line;
            this.name = name;
            this.program = program;
            this.procedure = procedure;
            this.parm = parm;
        }

        String label() {
            return name.isEmpty() ? "the step at line " + line : "step " + name;
        }

        String runs() {
            return program != null ? "PGM=" + program : "procedure " + procedure;
        }
    }

    /** One record of in-stream data: its line, and its text as the program reads it. */
    private record DataLine(int line, String text) {
    }

    private record Seen<T>(int line, T what) {
    }

    private static final class InStream {
        final Dd dd;
        final String mode;
        final List<DataLine> data = new ArrayList<>();
        final List<Seen<JclSymbols.Use>> uses = new ArrayList<>();
        final List<Seen<ZowePlaceholders.Value>> placeholders = new ArrayList<>();
        String delimiter;
        int delimiterLine;
        boolean endOfMember;
        int strayFrom;
        int strayTo;
        boolean read;

        InStream(Dd dd, String mode) {
            this.dd = dd;
            this.mode = mode;
        }

        String lines() {
            if (data.isEmpty()) {
                return "no data";
            }
            int first = data.get(0).line();
            int last = data.get(data.size() - 1).line();
            return first == last ? "line " + first : "lines " + first + "–" + last;
        }

        boolean isBlank() {
            return data.stream().allMatch(d -> d.text().isBlank());
        }
    }

    JclExtraction extract() {
        int i = 0;
        while (i < lines.length) {
            String raw = lines[i];
            if (raw.startsWith("//*") || !raw.startsWith("//")) {
                // comment statements; JES2 control statements and delimiters (/*...); records outside
                // any in-stream data set, which JES2 gives the step as SYSIN: none of them SYSTSIN
                i++;
                continue;
            }
            JclStatement.Read read = JclStatement.read(lines, i);
            i = read.next();
            Dd dd = statement(read.statement());
            if (dd != null && dd.data != null) {
                i = readData(i, dd.data);
            }
        }
        return select();
    }

    /** Acts on one statement; returns the DD it defines, if any. */
    private Dd statement(JclStatement st) {
        String written = placeholders.fill(st.parameters(), v -> { });
        if (st.isNull()) {
            current = null;
            return null;
        }
        switch (st.operation()) {
            case "JOB" -> {
                symbols.reset();
                current = null;
                inProcedure = false;
            }
            case "SET" -> set(st, written);
            case "EXPORT" -> JclParameters.parse(symbols.substituteStatement(written)).get("SYMLIST")
                    .ifPresent(v -> symbols.export(JclParameters.list(v).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList()));
            case "PROC" -> inProcedure = true;
            case "PEND" -> inProcedure = false;
            case "IF" -> conditionalLine = conditionalLine == 0 ? st.line() : conditionalLine;
            case "INCLUDE" -> {
                if (!inProcedure) {
                    observations.add(problem(st.line(), NOT_MODELLED, "INCLUDE " + written + " brings in JCL from a library this scan"
                            + " does not see: steps or DD statements it adds are not read", Reach.everything()));
                }
            }
            case "EXEC" -> exec(st, JclParameters.parse(symbols.substituteStatement(written)));
            case "DD" -> {
                return dd(st, JclParameters.parse(symbols.substituteStatement(written)));
            }
            default -> {
                // JCLLIB, OUTPUT, CNTL, XMIT, ELSE, ENDIF and the like: nothing SYSTSIN depends on
            }
        }
        return null;
    }

    private void set(JclStatement st, String field) {
        for (JclParameters.Parameter p : JclParameters.parse(field).all()) {
            if (p.keyword() == null) {
                continue;
            }
            String value = p.value().startsWith("'") ? JclParameters.unquote(p.value()) : symbols.substituteStatement(p.value());
            symbols.set(p.keyword(), value, st.line(), p.keyword() + "=" + p.value());
        }
    }

    private void exec(JclStatement st, JclParameters params) {
        Optional<String> pgm = params.get("PGM").map(v -> v.toUpperCase(Locale.ROOT));
        String procedure = pgm.isPresent() ? null : params.get("PROC").or(() -> params.positional(0)).orElse("?").toUpperCase(Locale.ROOT);
        if (params.get("COND").isPresent() && conditionalLine == 0) {
            conditionalLine = st.line();
        }
        current = new Step(st.line(), st.name(), pgm.orElse(null), procedure, params.get("PARM"));
        if (!inProcedure) {
            steps.add(current);
        }
    }

    private Dd dd(JclStatement st, JclParameters params) {
        Dd previous = current == null || current.dds.isEmpty() ? null : current.dds.get(current.dds.size() - 1);
        Dd concatenatedTo = st.name().isEmpty() && previous != null
                ? (previous.concatenatedTo != null ? previous.concatenatedTo : previous) : null;
        Dd dd = new Dd(st.line(), st.name(), params, concatenatedTo);
        if (current != null) {
            current.dds.add(dd);
        }
        Optional<String> first = params.positional(0);
        if (first.isPresent() && (first.get().equals("*") || first.get().equals("DATA"))) {
            String mode = params.get("SYMBOLS").map(v -> JclParameters.first(v).toUpperCase(Locale.ROOT)).orElse(null);
            InStream data = new InStream(dd, mode);
            String dlm = params.get("DLM").map(JclParameters::unquote).orElse(null);
            data.delimiter = dlm == null || dlm.isEmpty() ? "/*" : dlm.length() > 2 ? dlm.substring(0, 2) : dlm;
            dd.data = data;
            inStream.add(data);
            if (mode != null && (mode.equals("EXECSYS") || mode.equals("CNVTSYS"))) {
                observations.add(notice(st.line(), NOTICE_SYMBOL, dd.label() + " has SYMBOLS=" + mode + ": JES also substitutes the"
                        + " system symbols of the system where the job " + (mode.equals("EXECSYS") ? "runs" : "was converted")
                        + ", which an offline scan does not know; they are left as written"));
            } else if (mode != null && !mode.equals("JCLONLY")) {
                observations.add(notice(st.line(), NOTICE_SYMBOL, dd.label() + " has SYMBOLS=" + mode
                        + ", not JCLONLY, EXECSYS or CNVTSYS: its data is read without substitution"));
            }
        }
        return dd;
    }

    /** Reads the records of an in-stream data set from {@code start}; returns the index of the first record after it. */
    private int readData(int start, InStream in) {
        boolean star = !in.dd.params.positional(0).orElse("").equals("DATA");
        String mode = in.mode != null && Set.of("JCLONLY", "EXECSYS", "CNVTSYS").contains(in.mode) ? in.mode : null;
        Map<String, Definition> exported = symbols.exportedNow();
        int j = start;
        while (j < lines.length) {
            String raw = lines[j];
            if (raw.startsWith(in.delimiter)) {
                in.delimiterLine = j + 1;
                j++;
                break;
            }
            if (star && raw.startsWith("//")) {
                break;
            }
            int line = j + 1;
            String filled = placeholders.fill(raw, v -> in.placeholders.add(new Seen<>(line, v)));
            String text = symbols.substituteData(filled, mode, exported, u -> in.uses.add(new Seen<>(line, u)));
            in.data.add(new DataLine(line, text));
            j++;
        }
        // DD * ends at the end of the job like at its next statement; DD DATA and a DLM= need their delimiter
        in.endOfMember = in.delimiterLine == 0 && j >= lines.length && (!star || in.dd.params.get("DLM").isPresent());
        if (in.delimiterLine > 0 && in.delimiter.equals("/*")) {
            // records after a /* that are not JCL: JES2 gives them to the step as a SYSIN data set
            int k = j;
            while (k < lines.length && !lines[k].startsWith("//")) {
                if (!lines[k].isBlank() && in.strayFrom == 0) {
                    in.strayFrom = k + 1;
                }
                if (!lines[k].isBlank()) {
                    in.strayTo = k + 1;
                }
                k++;
            }
        }
        return j;
    }

    /** Takes the SYSTSIN of every TSO step and says what else the job does. */
    private JclExtraction select() {
        List<Step> tso = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        List<Dd> systsinDds = new ArrayList<>();
        for (Step step : steps) {
            if (step.program != null && TSO.contains(step.program)) {
                tso.add(step);
                systsin(step, unusable, systsinDds);
            } else if (step.program == null) {
                observations.add(problem(step.line, NOT_MODELLED, step.label() + " runs procedure " + step.procedure
                        + ": procedures are not read, so what its steps change is unknown", Reach.everything()));
            } else if (OUTSIDE_SECURITY.contains(step.program)) {
                observations.add(notice(step.line, NOTICE_JCL, step.label() + " runs PGM=" + step.program
                        + ", a utility that changes no security definition: not read"));
            } else {
                observations.add(problem(step.line, NOT_MODELLED, step.label() + " runs PGM=" + step.program
                        + ", which this scan does not read: only the SYSTSIN of TSO steps (IKJEFT01, IKJEFT1A, IKJEFT1B) is read",
                        Reach.everything()));
            }
        }
        if (tso.isEmpty()) {
            String others = steps.isEmpty() ? "it has no step"
                    : "its steps: " + steps.stream().map(s -> s.label() + " (line " + s.line + ") runs " + s.runs())
                            .collect(Collectors.joining(", "));
            if (steps.stream().anyMatch(s -> s.program == null)) {
                others += "; procedures are not read";
            }
            throw new NotACommandJob(1, "a batch job without a TSO step (EXEC PGM=IKJEFT01, IKJEFT1A or IKJEFT1B); " + others);
        }
        List<InStream> read = inStream.stream().filter(s -> s.read).toList();
        if (read.isEmpty()) {
            throw new NotACommandJob(tso.get(0).line, String.join("; ", unusable));
        }
        String[] out = new String[lines.length];
        Arrays.fill(out, "");
        for (InStream s : read) {
            for (DataLine d : s.data) {
                out[d.line() - 1] = d.text();
            }
            report(s);
        }
        for (InStream s : inStream) {
            if (!s.read && !s.isBlank()) {
                observations.add(notice(s.dd.line, NOTICE_JCL, s.dd.label() + " (data " + s.lines() + ") is not the SYSTSIN of a TSO step: not read"));
            }
        }
        reportPlaceholders(read);
        reportEmptySymbols(read);
        if (conditionalLine > 0) {
            observations.add(assumption("the job runs steps on conditions (IF or COND= at line " + conditionalLine
                    + "): every TSO step is taken as run"));
        }
        List<DataLine> lines = read.stream().flatMap(s -> s.data.stream()).filter(d -> !d.text().isBlank()).toList();
        // for messages: the first line that is not a TSO comment, else the first that is not blank
        DataLine first = lines.stream().filter(d -> !d.text().strip().startsWith("/*")).findFirst()
                .orElse(lines.isEmpty() ? null : lines.get(0));
        String describe = "the SYSTSIN of " + tso.stream().map(Step::label).distinct().collect(Collectors.joining(", "))
                + " (" + read.stream().map(s -> s.dd.label() + ", " + s.lines()).collect(Collectors.joining("; ")) + ")";
        if (first == null) {
            throw new NotACommandJob(systsinDds.get(0).line, describe + " is empty");
        }
        String text = String.join("\n", out);
        return new JclExtraction(file, text, describe, systsinDds.get(0).line, first.line(), first.text().strip(),
                placeholders.yaml(), observations);
    }

    /** Finds a TSO step's SYSTSIN, following DDNAME=, and marks its in-stream data read. */
    private void systsin(Step step, List<String> unusable, List<Dd> systsinDds) {
        String where = step.label() + " (line " + step.line + ") runs " + step.program;
        step.parm.ifPresent(parm -> observations.add(problem(step.line, NOT_MODELLED, step.label() + " runs " + step.program
                + " with PARM=" + parm + ": the command in PARM runs before SYSTSIN and is not read", Reach.everything())));
        Dd systsin = step.dds.stream().filter(d -> d.name.equals("SYSTSIN")).findFirst().orElse(null);
        if (systsin == null) {
            unusable.add(where + " but has no SYSTSIN DD");
            return;
        }
        Dd target = systsin;
        Optional<String> ddname = systsin.params.get("DDNAME").map(v -> v.toUpperCase(Locale.ROOT));
        if (ddname.isPresent()) {
            target = step.dds.stream().filter(d -> d.name.equals(ddname.get())).findFirst().orElse(null);
            if (target == null) {
                unusable.add(where + " but its SYSTSIN DD (line " + systsin.line + ") says DDNAME=" + ddname.get()
                        + " and the step has no DD " + ddname.get());
                return;
            }
        }
        systsinDds.add(systsin);
        Dd named = target;
        List<Dd> chain = new ArrayList<>();
        chain.add(named);
        step.dds.stream().filter(d -> d.concatenatedTo == named).forEach(chain::add);
        List<String> inMember = new ArrayList<>();
        List<String> notInMember = new ArrayList<>();
        for (Dd d : chain) {
            if (d.data != null) {
                d.data.read = true;
                inMember.add(d.label() + ", " + d.data.lines());
                if (d.data.endOfMember) {
                    observations.add(notice(d.line, NOTICE_JCL, d.label() + ": no delimiter " + d.data.delimiter
                            + " ends its data, so it runs to the end of the member"));
                }
                if (d.data.strayFrom > 0) {
                    observations.add(notice(d.data.delimiterLine, NOTICE_JCL, "/* in columns 1-2 ends the data of " + d.label()
                            + (d.params.get("DLM").isEmpty() ? " (it has no DLM=)" : "") + ": lines " + d.data.strayFrom + "–" + d.data.strayTo
                            + " after it are not SYSTSIN (JES2 makes them a SYSIN data set), so their commands do not run"));
                }
            } else if (d.params.hasPositional("DUMMY") || d.params.get("DSN").or(() -> d.params.get("DSNAME"))
                    .map(n -> n.equalsIgnoreCase("NULLFILE")).orElse(false)) {
                // an empty SYSTSIN: nothing to read
            } else {
                String source = d.params.get("DSN").or(() -> d.params.get("DSNAME")).map(n -> "data set " + n)
                        .or(() -> d.params.get("PATH").map(p -> "file " + p)).orElse("not in-stream data");
                notInMember.add(d.label() + " (line " + d.line + ") is " + source);
            }
        }
        String ddnameText = ddname.map(n -> " (DDNAME=" + n + ")").orElse("");
        if (!inMember.isEmpty()) {
            observations.add(notice(systsin.line, NOTICE_JCL, step.label() + " runs " + step.program + "; its SYSTSIN"
                    + ddnameText + " is " + String.join(", ", inMember)));
            for (String n : notInMember) {
                observations.add(problem(systsin.line, NOT_MODELLED, "the SYSTSIN of " + step.label() + " goes on in " + n
                        + ", which is not in the member: its commands are not read", Reach.everything()));
            }
        } else {
            unusable.add(where + " but its SYSTSIN" + ddnameText + " is not in the member"
                    + (notInMember.isEmpty() ? " (DUMMY)" : ": " + String.join(", ", notInMember) + "; pass that data instead"));
        }
    }

    private void report(InStream s) {
        Map<String, List<Seen<JclSymbols.Use>>> byName = new LinkedHashMap<>();
        for (Seen<JclSymbols.Use> seen : s.uses) {
            JclSymbols.Use u = seen.what();
            switch (u.outcome()) {
                case SUBMITTER -> observations.add(problem(seen.line(), UNKNOWN_SYMBOL, u.written() + " is the ID of the user who"
                        + " submits the job, which JES substitutes and an offline scan does not know: the line is read with "
                        + u.written() + " as written", Reach.everything()));
                case SYSTEM -> observations.add(problem(seen.line(), UNKNOWN_SYMBOL, u.written() + " is no symbol of the job; with"
                        + " SYMBOLS=" + s.mode + " JES substitutes it if it is a system symbol, whose value an offline scan does not"
                        + " know: the line is read with " + u.written() + " as written", Reach.everything()));
                case NOT_EXPORTED, NO_SYMBOLS, UNDEFINED -> byName.computeIfAbsent(u.outcome() + " " + u.name(), k -> new ArrayList<>()).add(seen);
                default -> {
                    // substituted: empty values are reported per SET statement
                }
            }
        }
        for (List<Seen<JclSymbols.Use>> uses : byName.values()) {
            JclSymbols.Use u = uses.get(0).what();
            String at = lineList(uses.stream().map(Seen::line).toList());
            String message = switch (u.outcome()) {
                case NOT_EXPORTED -> "&" + u.name() + " is set at line " + u.definition().line() + " but not exported when "
                        + s.dd.label() + " is read (EXPORT SYMLIST= must name it before its SET): JES leaves " + u.written()
                        + " as written at " + at;
                case NO_SYMBOLS -> s.dd.label() + " has no SYMBOLS= parameter, so JES substitutes nothing in its data: "
                        + u.written() + " stays as written at " + at + ", although the job sets " + u.name() + " at line "
                        + u.definition().line();
                default -> u.written() + " at " + at + " is no symbol the job exports: JES leaves it as written";
            };
            observations.add(notice(uses.get(0).line(), NOTICE_SYMBOL, message));
        }
    }

    /** One notice per symbol whose SET leaves it empty and whose value the SYSTSIN uses: the site has to fill it in. */
    private void reportEmptySymbols(List<InStream> read) {
        Map<Definition, List<Integer>> empty = new LinkedHashMap<>();
        Map<Definition, Set<String>> forms = new LinkedHashMap<>();
        for (InStream s : read) {
            for (Seen<JclSymbols.Use> seen : s.uses) {
                JclSymbols.Use u = seen.what();
                if (u.outcome() == Outcome.SUBSTITUTED && u.definition().value().isEmpty()) {
                    empty.computeIfAbsent(u.definition(), k -> new ArrayList<>()).add(seen.line());
                    forms.computeIfAbsent(u.definition(), k -> new TreeSet<>()).add(u.written());
                }
            }
        }
        empty.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.line(), b.line()))).forEach(e -> {
            Definition d = e.getKey();
            boolean written = d.written().endsWith("=");
            observations.add(notice(d.line(), NOTICE_SYMBOL, "SET " + d.written() + " at line " + d.line()
                    + (written ? " leaves " + d.name() + " empty for the site to fill in" : " gives " + d.name() + " an empty value")
                    + "; the SYSTSIN uses " + String.join(" and ", forms.get(d)) + " at " + lineList(e.getValue())
                    + ": JES puts nothing there, and the commands are read that way"));
        });
    }

    private void reportPlaceholders(List<InStream> read) {
        Map<String, List<Integer>> defaulted = new LinkedHashMap<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        boolean fromYaml = false;
        for (InStream s : read) {
            for (Seen<ZowePlaceholders.Value> seen : s.placeholders) {
                ZowePlaceholders.Value v = seen.what();
                switch (v.source()) {
                    case YAML -> fromYaml = true;
                    case DEFAULT -> {
                        defaulted.computeIfAbsent(v.path(), k -> new ArrayList<>()).add(seen.line());
                        defaults.put(v.path(), v.value());
                    }
                    default -> observations.add(problem(seen.line(), UNRESOLVED, "{" + v.path() + "}: " + notSet()
                            + ", and Zowe documents no default for it: the command is read with the placeholder as written,"
                            + " not as the job would run", Reach.everything()));
                }
            }
        }
        if (fromYaml) {
            observations.add(notice(0, NOTICE_JCL, "Zowe's {zowe.setup...} placeholders are filled from " + placeholders.yaml().get()));
        }
        defaulted.forEach((path, at) -> observations.add(assumption("{" + path + "}: " + notSet()
                + ", so Zowe's default " + defaults.get(path) + " is filled in at " + lineList(at))));
    }

    private String notSet() {
        return placeholders.yaml().map(y -> "not set in " + y)
                .orElse("no value, as no zowe.yaml lies beside the job or is given with --zowe-yaml");
    }

    private static String lineList(List<Integer> at) {
        TreeSet<Integer> unique = new TreeSet<>(at);
        return (unique.size() == 1 ? "line " : "lines ") + unique.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static Observation notice(int line, String kind, String message) {
        return new Observation(Observation.Type.NOTICE, line, kind, message, Reach.nothing());
    }

    private static Observation problem(int line, String kind, String message, Reach reach) {
        return new Observation(Observation.Type.PROBLEM, line, kind, message, reach);
    }

    private static Observation assumption(String message) {
        return new Observation(Observation.Type.ASSUMPTION, 0, "", message, Reach.nothing());
    }
}
