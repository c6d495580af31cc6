package dev.esmscan.racf.unload;

import static dev.esmscan.racf.unload.UnloadRecordWriter.Kind.DATE;
import static dev.esmscan.racf.unload.UnloadRecordWriter.Kind.NUMBER;
import static dev.esmscan.racf.unload.UnloadRecordWriter.Kind.TEXT;
import static dev.esmscan.racf.unload.UnloadRecordWriter.Kind.TIME;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes IRRDBU00 unload records in the real fixed-column layout, from field values named by their
 * IBM field names (USBD_NAME, GRACC_ACCESS ...).
 *
 * <p>The positions are this class's own table, taken from formats/RACF-IRRDBU00.md §4 (IBM z/OS 3.1
 * pages) and, for 0220, from the two independent slicers quoted there (racf2sql, the RACFDB Perl
 * script). Records are blank-padded to the lengths of the 2021 sample (§6.5): 0200 is 642 long, so
 * USBD_PHR_INTERVAL (644-648) is not written and USBD_MFA_FALLBACK spans 639-642 (§6.6).
 * Numbers are right-aligned and zero-padded; unset values are blanks; each record ends with LF.
 */
public final class UnloadRecordWriter implements Flushable {

    /** How a field's value is laid out in its columns. */
    public enum Kind {
        /** Left-justified, blank-padded. */
        TEXT,
        /** Right-aligned, zero-padded digits; blank when unset. */
        NUMBER,
        /** yyyy-mm-dd or blank. */
        DATE,
        /** hh:mm:ss or blank. */
        TIME
    }

    /** One field of a record: IBM name, kind and 1-based inclusive columns. */
    public record FieldPosition(String name, Kind kind, int start, int end) {
        public int width() {
            return end - start + 1;
        }
    }

    /** The fields of one record type and the length its records are padded to. */
    public record RecordLayout(String type, int length, List<FieldPosition> fields) {
        public FieldPosition field(String name) {
            for (FieldPosition f : fields) {
                if (f.name().equals(name)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("record type " + type + " has no field " + name);
        }
    }

    private static final Pattern DIGITS_PATTERN = Pattern.compile("[0-9]+");
    private static final Pattern DATE_PATTERN = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern TIME_PATTERN = Pattern.compile("[0-9]{2}:[0-9]{2}:[0-9]{2}");
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private static final Map<String, RecordLayout> LAYOUTS = new LinkedHashMap<>();

    static {
        layout("0100", 362,
                f("GPBD_NAME", TEXT, 6, 13),
                f("GPBD_SUPGRP_ID", TEXT, 15, 22),
                f("GPBD_CREATE_DATE", DATE, 24, 33),
                f("GPBD_OWNER_ID", TEXT, 35, 42),
                f("GPBD_UACC", TEXT, 44, 51),
                f("GPBD_NOTERMUACC", TEXT, 53, 56),
                f("GPBD_INSTALL_DATA", TEXT, 58, 312),
                f("GPBD_MODEL", TEXT, 314, 357),
                f("GPBD_UNIVERSAL", TEXT, 359, 362));
        layout("0101", 22,
                f("GPSGRP_NAME", TEXT, 6, 13),
                f("GPSGRP_SUBGRP_ID", TEXT, 15, 22));
        layout("0102", 31,
                f("GPMEM_NAME", TEXT, 6, 13),
                f("GPMEM_MEMBER_ID", TEXT, 15, 22),
                f("GPMEM_AUTH", TEXT, 24, 31));
        layout("0120", 24,
                f("GPOMVS_NAME", TEXT, 6, 13),
                f("GPOMVS_GID", NUMBER, 15, 24));
        layout("0200", 642,
                f("USBD_NAME", TEXT, 6, 13),
                f("USBD_CREATE_DATE", DATE, 15, 24),
                f("USBD_OWNER_ID", TEXT, 26, 33),
                f("USBD_ADSP", TEXT, 35, 38),
                f("USBD_SPECIAL", TEXT, 40, 43),
                f("USBD_OPER", TEXT, 45, 48),
                f("USBD_REVOKE", TEXT, 50, 53),
                f("USBD_GRPACC", TEXT, 55, 58),
                f("USBD_PWD_INTERVAL", NUMBER, 60, 62),
                f("USBD_PWD_DATE", DATE, 64, 73),
                f("USBD_PROGRAMMER", TEXT, 75, 94),
                f("USBD_DEFGRP_ID", TEXT, 96, 103),
                f("USBD_LASTJOB_TIME", TIME, 105, 112),
                f("USBD_LASTJOB_DATE", DATE, 114, 123),
                f("USBD_INSTALL_DATA", TEXT, 125, 379),
                f("USBD_UAUDIT", TEXT, 381, 384),
                f("USBD_AUDITOR", TEXT, 386, 389),
                f("USBD_NOPWD", TEXT, 391, 394),
                f("USBD_OIDCARD", TEXT, 396, 399),
                f("USBD_PWD_GEN", NUMBER, 401, 403),
                f("USBD_REVOKE_CNT", NUMBER, 405, 407),
                f("USBD_MODEL", TEXT, 409, 452),
                f("USBD_SECLEVEL", NUMBER, 454, 456),
                f("USBD_REVOKE_DATE", DATE, 458, 467),
                f("USBD_RESUME_DATE", DATE, 469, 478),
                f("USBD_ACCESS_SUN", TEXT, 480, 483),
                f("USBD_ACCESS_MON", TEXT, 485, 488),
                f("USBD_ACCESS_TUE", TEXT, 490, 493),
                f("USBD_ACCESS_WED", TEXT, 495, 498),
                f("USBD_ACCESS_THU", TEXT, 500, 503),
                f("USBD_ACCESS_FRI", TEXT, 505, 508),
                f("USBD_ACCESS_SAT", TEXT, 510, 513),
                f("USBD_START_TIME", TIME, 515, 522),
                f("USBD_END_TIME", TIME, 524, 531),
                f("USBD_SECLABEL", TEXT, 533, 540),
                f("USBD_ATTRIBS", TEXT, 542, 549),
                f("USBD_PWDENV_EXISTS", TEXT, 551, 554),
                f("USBD_PWD_ASIS", TEXT, 556, 559),
                f("USBD_PHR_DATE", DATE, 561, 570),
                f("USBD_PHR_GEN", NUMBER, 572, 574),
                f("USBD_CERT_SEQN", NUMBER, 576, 585),
                f("USBD_PPHENV_EXISTS", TEXT, 587, 590),
                f("USBD_PWD_ALG", TEXT, 592, 603),
                f("USBD_LEG_PWDHIST_CT", NUMBER, 605, 607),
                f("USBD_XPW_PWDHIST_CT", NUMBER, 609, 611),
                f("USBD_PHR_ALG", TEXT, 613, 624),
                f("USBD_LEG_PHRHIST_CT", NUMBER, 626, 628),
                f("USBD_XPW_PHRHIST_CT", NUMBER, 630, 632),
                f("USBD_ROAUDIT", TEXT, 634, 637),
                f("USBD_MFA_FALLBACK", TEXT, 639, 642));
        layout("0203", 22,
                f("USGCON_NAME", TEXT, 6, 13),
                f("USGCON_GRP_ID", TEXT, 15, 22));
        layout("0205", 134,
                f("USCON_NAME", TEXT, 6, 13),
                f("USCON_GRP_ID", TEXT, 15, 22),
                f("USCON_CONNECT_DATE", DATE, 24, 33),
                f("USCON_OWNER_ID", TEXT, 35, 42),
                f("USCON_LASTCON_TIME", TIME, 44, 51),
                f("USCON_LASTCON_DATE", DATE, 53, 62),
                f("USCON_UACC", TEXT, 64, 71),
                f("USCON_INIT_CNT", NUMBER, 73, 77),
                f("USCON_GRP_ADSP", TEXT, 79, 82),
                f("USCON_GRP_SPECIAL", TEXT, 84, 87),
                f("USCON_GRP_OPER", TEXT, 89, 92),
                f("USCON_REVOKE", TEXT, 94, 97),
                f("USCON_GRP_ACC", TEXT, 99, 102),
                f("USCON_NOTERMUACC", TEXT, 104, 107),
                f("USCON_GRP_AUDIT", TEXT, 109, 112),
                f("USCON_REVOKE_DATE", DATE, 114, 123),
                f("USCON_RESUME_DATE", DATE, 125, 134));
        layout("0220", 221,
                f("USTSO_NAME", TEXT, 6, 13),
                f("USTSO_ACCOUNT", TEXT, 15, 54),
                f("USTSO_COMMAND", TEXT, 56, 135),
                f("USTSO_DEST", TEXT, 137, 144),
                f("USTSO_HOLD_CLASS", TEXT, 146, 146),
                f("USTSO_JOB_CLASS", TEXT, 148, 148),
                f("USTSO_LOGON_PROC", TEXT, 150, 157),
                f("USTSO_LOGON_SIZE", NUMBER, 159, 168),
                f("USTSO_MSG_CLASS", TEXT, 170, 170),
                f("USTSO_LOGON_MAX", NUMBER, 172, 181),
                f("USTSO_PERF_GROUP", NUMBER, 183, 192),
                f("USTSO_SYSOUT_CLASS", TEXT, 194, 194),
                f("USTSO_USER_DATA", TEXT, 196, 203),
                f("USTSO_UNIT_NAME", TEXT, 205, 212),
                f("USTSO_SECLABEL", TEXT, 214, 221));
        layout("0270", 2158,
                f("USOMVS_NAME", TEXT, 6, 13),
                f("USOMVS_UID", NUMBER, 15, 24),
                f("USOMVS_HOME_PATH", TEXT, 26, 1048),
                f("USOMVS_PROGRAM", TEXT, 1050, 2072),
                f("USOMVS_CPUTIMEMAX", NUMBER, 2074, 2083),
                f("USOMVS_ASSIZEMAX", NUMBER, 2085, 2094),
                f("USOMVS_FILEPROCMAX", NUMBER, 2096, 2105),
                f("USOMVS_PROCUSERMAX", NUMBER, 2107, 2116),
                f("USOMVS_THREADSMAX", NUMBER, 2118, 2127),
                f("USOMVS_MMAPAREAMAX", NUMBER, 2129, 2138),
                f("USOMVS_MEMLIMIT", TEXT, 2140, 2148),
                f("USOMVS_SHMEMAX", TEXT, 2150, 2158));
        layout("0400", 532,
                f("DSBD_NAME", TEXT, 6, 49),
                f("DSBD_VOL", TEXT, 51, 56),
                f("DSBD_GENERIC", TEXT, 58, 61),
                f("DSBD_CREATE_DATE", DATE, 63, 72),
                f("DSBD_OWNER_ID", TEXT, 74, 81),
                f("DSBD_LASTREF_DATE", DATE, 83, 92),
                f("DSBD_LASTCHG_DATE", DATE, 94, 103),
                f("DSBD_ALTER_CNT", NUMBER, 105, 109),
                f("DSBD_CONTROL_CNT", NUMBER, 111, 115),
                f("DSBD_UPDATE_CNT", NUMBER, 117, 121),
                f("DSBD_READ_CNT", NUMBER, 123, 127),
                f("DSBD_UACC", TEXT, 129, 136),
                f("DSBD_GRPDS", TEXT, 138, 141),
                f("DSBD_AUDIT_LEVEL", TEXT, 143, 150),
                f("DSBD_GRP_ID", TEXT, 152, 159),
                f("DSBD_DS_TYPE", TEXT, 161, 168),
                f("DSBD_LEVEL", NUMBER, 170, 172),
                f("DSBD_DEVICE_NAME", TEXT, 174, 181),
                f("DSBD_GAUDIT_LEVEL", TEXT, 183, 190),
                f("DSBD_INSTALL_DATA", TEXT, 192, 446),
                f("DSBD_AUDIT_OKQUAL", TEXT, 448, 455),
                f("DSBD_AUDIT_FAQUAL", TEXT, 457, 464),
                f("DSBD_GAUDIT_OKQUAL", TEXT, 466, 473),
                f("DSBD_GAUDIT_FAQUAL", TEXT, 475, 482),
                f("DSBD_WARNING", TEXT, 484, 487),
                f("DSBD_SECLEVEL", NUMBER, 489, 491),
                f("DSBD_NOTIFY_ID", TEXT, 493, 500),
                f("DSBD_RETENTION", NUMBER, 502, 506),
                f("DSBD_ERASE", TEXT, 508, 511),
                f("DSBD_SECLABEL", TEXT, 513, 520),
                f("DSBD_RESERVED_01", TEXT, 522, 526),
                f("DSBD_RESERVED_02", TEXT, 528, 532));
        layout("0404", 80,
                f("DSACC_NAME", TEXT, 6, 49),
                f("DSACC_VOL", TEXT, 51, 56),
                f("DSACC_AUTH_ID", TEXT, 58, 65),
                f("DSACC_ACCESS", TEXT, 67, 74),
                f("DSACC_ACCESS_CNT", NUMBER, 76, 80));
        layout("0500", 1017,
                f("GRBD_NAME", TEXT, 6, 251),
                f("GRBD_CLASS_NAME", TEXT, 253, 260),
                f("GRBD_GENERIC", TEXT, 262, 265),
                f("GRBD_CLASS", NUMBER, 267, 269),
                f("GRBD_CREATE_DATE", DATE, 271, 280),
                f("GRBD_OWNER_ID", TEXT, 282, 289),
                f("GRBD_LASTREF_DATE", DATE, 291, 300),
                f("GRBD_LASTCHG_DATE", DATE, 302, 311),
                f("GRBD_ALTER_CNT", NUMBER, 313, 317),
                f("GRBD_CONTROL_CNT", NUMBER, 319, 323),
                f("GRBD_UPDATE_CNT", NUMBER, 325, 329),
                f("GRBD_READ_CNT", NUMBER, 331, 335),
                f("GRBD_UACC", TEXT, 337, 344),
                f("GRBD_AUDIT_LEVEL", TEXT, 346, 353),
                f("GRBD_LEVEL", NUMBER, 355, 357),
                f("GRBD_GAUDIT_LEVEL", TEXT, 359, 366),
                f("GRBD_INSTALL_DATA", TEXT, 368, 622),
                f("GRBD_AUDIT_OKQUAL", TEXT, 624, 631),
                f("GRBD_AUDIT_FAQUAL", TEXT, 633, 640),
                f("GRBD_GAUDIT_OKQUAL", TEXT, 642, 649),
                f("GRBD_GAUDIT_FAQUAL", TEXT, 651, 658),
                f("GRBD_WARNING", TEXT, 660, 663),
                f("GRBD_SINGLEDS", TEXT, 665, 668),
                f("GRBD_AUTO", TEXT, 670, 673),
                f("GRBD_TVTOC", TEXT, 675, 678),
                f("GRBD_NOTIFY_ID", TEXT, 680, 687),
                f("GRBD_ACCESS_SUN", TEXT, 689, 692),
                f("GRBD_ACCESS_MON", TEXT, 694, 697),
                f("GRBD_ACCESS_TUE", TEXT, 699, 702),
                f("GRBD_ACCESS_WED", TEXT, 704, 707),
                f("GRBD_ACCESS_THU", TEXT, 709, 712),
                f("GRBD_ACCESS_FRI", TEXT, 714, 717),
                f("GRBD_ACCESS_SAT", TEXT, 719, 722),
                f("GRBD_START_TIME", TIME, 724, 731),
                f("GRBD_END_TIME", TIME, 733, 740),
                f("GRBD_ZONE_OFFSET", TEXT, 742, 746),
                f("GRBD_ZONE_DIRECT", TEXT, 748, 748),
                f("GRBD_SECLEVEL", NUMBER, 750, 752),
                f("GRBD_APPL_DATA", TEXT, 754, 1008),
                f("GRBD_SECLABEL", TEXT, 1010, 1017));
        layout("0503", 559,
                f("GRMEM_NAME", TEXT, 6, 251),
                f("GRMEM_CLASS_NAME", TEXT, 253, 260),
                f("GRMEM_MEMBER", TEXT, 262, 516),
                f("GRMEM_GLOBAL_ACC", TEXT, 518, 525),
                f("GRMEM_PADS_DATA", TEXT, 527, 534),
                f("GRMEM_VOL_NAME", TEXT, 536, 541),
                f("GRMEM_VMEVENT_DATA", TEXT, 543, 547),
                f("GRMEM_SECLEVEL", NUMBER, 549, 553),
                f("GRMEM_CATEGORY", NUMBER, 555, 559));
        layout("0505", 284,
                f("GRACC_NAME", TEXT, 6, 251),
                f("GRACC_CLASS_NAME", TEXT, 253, 260),
                f("GRACC_AUTH_ID", TEXT, 262, 269),
                f("GRACC_ACCESS", TEXT, 271, 278),
                f("GRACC_ACCESS_CNT", NUMBER, 280, 284));
        layout("0507", 556,
                f("GRCACC_NAME", TEXT, 6, 251),
                f("GRCACC_CLASS_NAME", TEXT, 253, 260),
                f("GRCACC_CATYPE", TEXT, 262, 269),
                f("GRCACC_CANAME", TEXT, 271, 278),
                f("GRCACC_AUTH_ID", TEXT, 280, 287),
                f("GRCACC_ACCESS", TEXT, 289, 296),
                f("GRCACC_ACCESS_CNT", NUMBER, 298, 302),
                f("GRCACC_NET_ID", TEXT, 304, 311),
                f("GRCACC_CACRITERIA", TEXT, 313, 556));
        layout("0540", 293,
                f("GRST_NAME", TEXT, 6, 251),
                f("GRST_CLASS_NAME", TEXT, 253, 260),
                f("GRST_USER_ID", TEXT, 262, 269),
                f("GRST_GROUP_ID", TEXT, 271, 278),
                f("GRST_TRUSTED", TEXT, 280, 283),
                f("GRST_PRIVILEGED", TEXT, 285, 288),
                f("GRST_TRACE", TEXT, 290, 293));
    }

    private final Writer out;

    public UnloadRecordWriter(Writer out) {
        this.out = out;
    }

    /** Writes one record followed by LF. */
    public void write(String recordType, Map<String, ?> values) throws IOException {
        out.write(format(recordType, values));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** The record types this writer knows. */
    public static Set<String> recordTypes() {
        return Collections.unmodifiableSet(LAYOUTS.keySet());
    }

    public static RecordLayout layout(String recordType) {
        RecordLayout layout = LAYOUTS.get(recordType);
        if (layout == null) {
            throw new IllegalArgumentException("unknown record type " + recordType);
        }
        return layout;
    }

    /**
     * One record without its line end, padded to the record length. Values may be strings,
     * numbers, booleans (YES/NO), {@link LocalDate} or {@link LocalTime}; null or absent means unset.
     */
    public static String format(String recordType, Map<String, ?> values) {
        RecordLayout layout = layout(recordType);
        char[] line = new char[layout.length()];
        Arrays.fill(line, ' ');
        recordType.getChars(0, 4, line, 0);
        for (Map.Entry<String, ?> value : values.entrySet()) {
            FieldPosition field = layout.field(value.getKey());
            String text = columns(field, value.getValue());
            text.getChars(0, text.length(), line, field.start() - 1);
        }
        return new String(line);
    }

    private static String columns(FieldPosition field, Object value) {
        String text = asText(value);
        if (text.isEmpty()) {
            return "";
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(field.name() + " contains a line end");
        }
        switch (field.kind()) {
            case NUMBER -> {
                require(field, text, DIGITS_PATTERN);
                text = "0".repeat(Math.max(0, field.width() - text.length())) + text;
            }
            case DATE -> require(field, text, DATE_PATTERN);
            case TIME -> require(field, text, TIME_PATTERN);
            case TEXT -> { }
        }
        if (text.length() > field.width()) {
            throw new IllegalArgumentException(field.name() + " is " + field.width()
                    + " columns wide, value '" + text + "' does not fit");
        }
        return text;
    }

    private static void require(FieldPosition field, String text, Pattern pattern) {
        if (!pattern.matcher(text).matches()) {
            throw new IllegalArgumentException(field.name() + " (" + field.kind() + ") cannot hold '" + text + "'");
        }
    }

    private static String asText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "YES" : "NO";
        }
        if (value instanceof LocalTime t) {
            return t.format(HH_MM_SS);
        }
        return value.toString();
    }

    private static void layout(String type, int length, FieldPosition... fields) {
        LAYOUTS.put(type, new RecordLayout(type, length, List.of(fields)));
    }

    private static FieldPosition f(String name, Kind kind, int start, int end) {
        return new FieldPosition(name, kind, start, end);
    }
}
