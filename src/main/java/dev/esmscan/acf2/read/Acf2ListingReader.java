package dev.esmscan.acf2.read;

import dev.esmscan.acf2.Acf2Projection;
import dev.esmscan.acf2.db.Acf2Database;
import dev.esmscan.acf2.db.Acf2Record;
import dev.esmscan.acf2.db.RecordKind;
import dev.esmscan.acf2.db.RuleSet;
import dev.esmscan.acf2.read.Acf2Operands.Operand;
import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.InputException;
import dev.esmscan.input.Reach;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ACF LIST / SHOW / DECOMP output as an ACF2 batch job prints it (SYSTSPRT of {@code ACF} with
 * {@code SET ...} and {@code LIST LIKE(-)} subcommands, the DISA data-collection members), and
 * bare DECOMP rule text. The echoed {@code SET} says what the following records are; without one
 * a record's family is told from its content. Layouts accepted (the logonid layout is
 * reconstructed: no public sample exists):
 * <ul>
 *   <li>a record header {@code [sysid /] recid LAST CHANGED BY lid ON mm/dd/yy-hh:mm}, then
 *       indented {@code KEYWORD(value)} fields and attribute words (GSO, OMVS profiles, roles, logonids);</li>
 *   <li>a logonid block: {@code lid name... [KEYWORD(value)...]} in column 1 or 2, then indented
 *       lines of fields and attributes, each optionally led by a section label (PRIVILEGES, ACCESS,
 *       CANCEL/SUSPEND, ...);</li>
 *   <li>rule sets: {@code $KEY(...)} with control statements and entries, a stored-by line before or after the $KEY.</li>
 * </ul>
 * ACF messages ({@code ACFnnnnn ...}) and echoed subcommands are counted and skipped.
 */
public final class Acf2ListingReader implements ExtractReader {
    public static final String FORMAT = "acf2-list";
    private static final Pattern ACF2_STREAM = Pattern.compile(
            "(?im)^\\s*SET\\s+(LID|LOGONID|RULE|CONTROL\\(|C\\(|RESOURCE\\(|R\\(|PROFILE\\(|X\\()");
    private static final Pattern MESSAGE = Pattern.compile("^ACF[0-9A-Z]{4,6}\\b.*");
    private static final Set<String> ECHOED = Set.of("ACF", "SET", "LIST", "SHOW", "DECOMP", "END", "QUIT", "F", "MODIFY");
    private static final Set<String> SECTION_LABELS = Set.of("PRIVILEGES", "ACCESS", "CANCEL/SUSPEND", "PASSWORD", "STATISTICS",
            "RESTRICTIONS", "MISC", "TSO", "CICS", "IDMS", "IMS", "MUSASS", "IDENTIFICATION", "USER");
    private static final Set<String> OMVS_USER_FIELDS = Set.of("UID", "HOME", "OMVSPGM", "CPUTIME", "ASSIZE", "FILEPROC",
            "PROCUSER", "THREADS", "MMAPAREA", "MEMLIMIT", "SHMEMMAX");

    @Override
    public String format() {
        return FORMAT;
    }

    /** ACF LIST output (record headers, stored-by lines) or DECOMP text starting with $KEY, not a command file. */
    @Override
    public boolean accepts(byte[] head) {
        String text = Acf2Text.head(head);
        if (Acf2Text.isBinary(text)) {
            return false;
        }
        return Acf2Text.looksLikeListing(text) && (Acf2Text.hasListingMarkers(text)
                || RuleTextParser.isKeyLine(Acf2Text.firstSignificantLine(text)) || ACF2_STREAM.matcher(text).find());
    }

    @Override
    public ReadStats read(Path file, SecurityModel.Builder model) throws IOException {
        String text = Acf2Text.decode(file);
        if (Acf2Text.isBinary(text)) {
            throw new InputException(file, "is binary, not ACF LIST output");
        }
        if (!accepts(Acf2Text.headBytes(file))) {
            throw new InputException(file, 1, "not ACF LIST output: expected an echoed SET, record headers"
                    + " (recid LAST CHANGED BY ...), STORED BY lines or DECOMP text starting with $KEY");
        }
        ReadStats stats = new ReadStats(file.toString(), FORMAT);
        Acf2Database db = model.extension(Acf2Database.class, Acf2Database::new);
        new Pass(db, stats).run(text.split("\r\n|\r|\n", -1));
        if (stats.records() - stats.skipped() == 0) {
            throw new InputException(file, "holds no ACF2 record, rule set or GSO record");
        }
        Acf2Projection.project(db, model);
        return stats;
    }

    /** One reading of one file. */
    private static final class Pass {
        private final Acf2Database db;
        private final ReadStats stats;
        private RecordKind context;
        private String contextType;
        private Acf2Record record;
        private boolean recordHadSysid;
        private RecordKind recordKind;
        private RuleTextParser.Draft rule;
        private String pendingStoredBy;
        private int recordLine;
        private String listing;
        private int listingLine;
        private boolean listingAnswered;

        Pass(Acf2Database db, ReadStats stats) {
            this.db = db;
            this.stats = stats;
        }

        void run(String[] lines) {
            for (int i = 0; i < lines.length; i++) {
                try {
                    line(i + 1, lines[i]);
                } catch (Acf2Operands.SyntaxException e) {
                    stats.error(i + 1, e.getMessage() + "; line skipped");
                }
            }
            finishRecord();
            finishRule();
            if (listing != null && !listingAnswered) {
                stats.unseen(Reach.everything(), "the listing ends right after the echoed " + listing + " (line " + listingLine
                        + "), before any of its output: the file may be cut");
            }
        }

        /**
         * ACF prints no completion message after a LIST, and Zowe's own ACF jobs end without END, so
         * the end of an output cannot be told; but an echoed LIST, SHOW or DECOMP must be followed by
         * something (records, or a message such as ACF0A005 RECORD(S) NOT FOUND) before the file ends.
         */
        private void echoed(int no, String word, String t) {
            if (word.equals("LIST") || word.equals("SHOW") || word.equals("DECOMP")) {
                listing = t;
                listingLine = no;
                listingAnswered = false;
            } else if (word.equals("END") || word.equals("QUIT")) {
                listing = null;
            }
        }

        private void line(int no, String line) throws Acf2Operands.SyntaxException {
            String t = line.trim();
            int indent = line.length() - line.stripLeading().length();
            if (t.isEmpty()) {
                finishRecord();
                finishRule();
                return;
            }
            if (MESSAGE.matcher(t).matches()) {
                listingAnswered = true;
                stats.skipped("message");
                return;
            }
            String word = Acf2Text.firstWord(t);
            if (indent <= 1 && (ECHOED.contains(word) || Acf2Text.CHANGE_VERBS.contains(word)) && !t.contains(" LAST CHANGED BY ")) {
                finishRecord();
                finishRule();
                echoed(no, word, t);
                if (word.equals("SET")) {
                    set(no, t);
                }
                stats.skipped("subcommand");
                return;
            }
            listingAnswered = true;
            if (RuleTextParser.isKeyLine(t)) {
                finishRecord();
                finishRule();
                rule = RuleTextParser.start(t);
                rule.storedBy = pendingStoredBy;
                pendingStoredBy = null;
                return;
            }
            var stored = RuleTextParser.storedBy(t);
            if (stored.isPresent() && !t.contains(" LAST CHANGED BY ")) {
                if (rule != null && rule.storedBy == null && rule.entries.isEmpty()) {
                    rule.storedBy = stored.get();
                } else {
                    finishRecord();
                    finishRule();
                    pendingStoredBy = stored.get();
                }
                return;
            }
            if (rule != null) {
                RuleTextParser.add(rule, t);
                return;
            }
            int changed = t.toUpperCase(Locale.ROOT).indexOf(" LAST CHANGED BY ");
            if (changed >= 0) {
                finishRecord();
                recordLine = no;
                header(no, t.substring(0, changed).trim());
                return;
            }
            if (indent >= 2 && record != null) {
                continuation(t);
                return;
            }
            if (indent <= 1 && (context == RecordKind.LOGONID || context == null) && isLogonidName(word)) {
                finishRecord();
                recordLine = no;
                logonidHeader(t);
                return;
            }
            stats.error(no, "cannot be read as ACF LIST output: " + t);
        }

        private void set(int no, String t) throws Acf2Operands.SyntaxException {
            SetOperand set = SetOperand.of(Acf2Operands.parse(t).subList(1, Acf2Operands.parse(t).size()));
            if (set == null) {
                stats.error(no, "SET of a record family esmscan does not read; its records are read by content: " + t);
                context = null;
                contextType = null;
                return;
            }
            context = set.kind();
            contextType = set.type();
        }

        private void header(int no, String before) {
            String recid = before;
            recordHadSysid = false;
            int slash = before.indexOf(" / ");
            if (slash >= 0) {
                recid = before.substring(slash + 3).trim();
                recordHadSysid = true;
            }
            if (recid.isEmpty() || recid.contains(" ")) {
                stats.error(no, "record header without one record ID: " + before);
                return;
            }
            record = new Acf2Record(recid.toUpperCase(Locale.ROOT));
            recordKind = context == RecordKind.RESOURCE_RULE || context == RecordKind.DATASET_RULE ? null : context;
        }

        private void logonidHeader(String t) throws Acf2Operands.SyntaxException {
            List<Operand> ops = Acf2Operands.parse(t);
            record = new Acf2Record(ops.get(0).name());
            recordKind = RecordKind.LOGONID;
            recordHadSysid = false;
            List<String> name = new ArrayList<>();
            int i = 1;
            while (i < ops.size() && ops.get(i).bare()) {
                name.add(ops.get(i).written());
                i++;
            }
            if (!name.isEmpty()) {
                record.fields().put("NAME", String.join(" ", name));
            }
            RecordText.apply(record, ops.subList(i, ops.size()));
        }

        private void continuation(String t) throws Acf2Operands.SyntaxException {
            List<Operand> ops = Acf2Operands.parse(t);
            if (!ops.isEmpty() && ops.get(0).bare() && SECTION_LABELS.contains(ops.get(0).name()) && recordKind != RecordKind.ROLE) {
                ops = ops.subList(1, ops.size());
            }
            RecordText.apply(record, ops);
        }

        private void finishRecord() {
            if (record == null) {
                return;
            }
            RecordKind kind = recordKind != null ? recordKind : inferKind(record, recordHadSysid);
            if (db.records(kind).put(record.recid(), record) != null) {
                stats.error(recordLine, "duplicate " + kind.name() + " record " + record.recid()
                        + "; this later one replaces the earlier");
            }
            stats.record(kind.name());
            record = null;
            recordKind = null;
        }

        private void finishRule() {
            if (rule == null) {
                return;
            }
            String type = rule.type() != null ? rule.type() : context == RecordKind.RESOURCE_RULE ? contextType : null;
            RuleSet built = rule.build(type);
            db.putRule(built);
            stats.record(built.type() == null ? "DATASET_RULE" : "RESOURCE_RULE");
            rule = null;
        }

        private static RecordKind inferKind(Acf2Record r, boolean hadSysid) {
            if (r.has("ROLE") || r.field("INCLUDE") != null) {
                return RecordKind.ROLE;
            }
            if (hadSysid || r.recid().contains(".") || r.recid().equals("OPTS")) {
                return RecordKind.GSO;
            }
            if (r.flags().isEmpty() && (r.fields().containsKey("HOME") || r.fields().containsKey("OMVSPGM"))
                    && OMVS_USER_FIELDS.containsAll(r.fields().keySet())) {
                return RecordKind.OMVS_USER;
            }
            if (r.fields().containsKey("GID") && r.fields().size() == 1) {
                return RecordKind.OMVS_GROUP;
            }
            return RecordKind.LOGONID;
        }

        private static boolean isLogonidName(String word) {
            return word.matches("[A-Z@#$][A-Z0-9@#$]{0,7}");
        }
    }
}
