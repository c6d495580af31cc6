package dev.esmscan.tss.read;

import dev.esmscan.tss.data.TssData;
import dev.esmscan.tss.data.TssFacility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Top Secret control options in the two forms an auditor gets them: the parameter file's
 * {@code AUTH(OVERRIDE,ALLOVER)}, {@code MODE(FAIL)}, {@code FACILITY(ZOWE=MODE=FAIL)} and
 * {@code FAC(ZOWE=RES)} statements (Control Options Guide; the facility forms are those of Zowe's
 * ZWEITSS comments and DISA's STIG), and the {@code KEY=value} items of a {@code TSS MODIFY STATUS}
 * display ({@code AUTH=OVERRIDE,ALLOVER}, {@code MODE=FAIL}; the display's layout is reconstructed:
 * no verbatim public sample is known). Only the options that change access decisions are kept:
 * AUTH, the global MODE and, for a facility, its MODE and RES/NORES and other attribute words.
 */
public final class TssControlOptionText {
    private static final Pattern STATEMENT = Pattern.compile("([A-Z][A-Z0-9]*)\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");
    private static final Pattern DISPLAY_ITEM = Pattern.compile("(?:^|\\s)(AUTH|MODE)=(\\S+)");
    private static final List<String> MODES = List.of("DORMANT", "DORM", "WARN", "IMPL", "IMPLEMENT", "FAIL");

    private TssControlOptionText() {
    }

    /** The statements of a parameter-file line, {@code NAME(value)}, in order; empty when it holds none. */
    public static List<String[]> statements(String line) {
        List<String[]> out = new ArrayList<>();
        Matcher m = STATEMENT.matcher(line.toUpperCase(Locale.ROOT));
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2).trim()});
        }
        return out;
    }

    /**
     * Applies one parameter-file statement; returns false when the option is not one that decides
     * access (it is then only counted), throws IllegalArgumentException for a value that cannot be read.
     */
    public static boolean applyStatement(String name, String value, TssData data, String source) {
        switch (name) {
            case "AUTH" -> {
                data.controlOptions().setAuth(auth(value), source);
                return true;
            }
            case "MODE" -> {
                data.controlOptions().setMode(mode(value), source);
                return true;
            }
            case "FACILITY", "FAC" -> {
                facility(value, data);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Reads the AUTH and MODE items of one MODIFY STATUS display line; returns whether it held any. */
    public static boolean applyDisplayLine(String text, TssData data, String source) {
        Matcher m = DISPLAY_ITEM.matcher(text.toUpperCase(Locale.ROOT));
        boolean any = false;
        while (m.find()) {
            String value = m.group(2);
            if (m.group(1).equals("AUTH")) {
                data.controlOptions().setAuth(auth(value), source);
            } else {
                data.controlOptions().setMode(mode(value), source);
            }
            any = true;
        }
        return any;
    }

    private static String auth(String value) {
        String v = value.replace(" ", "");
        String first = v.split(",")[0];
        if (!first.equals("OVERRIDE") && !first.equals("MERGE")) {
            throw new IllegalArgumentException("AUTH(" + value + ") is neither OVERRIDE nor MERGE");
        }
        return v;
    }

    private static String mode(String value) {
        String v = value.trim();
        if (!MODES.contains(v)) {
            throw new IllegalArgumentException("MODE(" + value + ") is not DORMANT, WARN, IMPL or FAIL");
        }
        return v;
    }

    /** {@code ZOWE=MODE=FAIL}, {@code ZOWE=RES}, {@code USER11=NAME=ZOWE} (a name only), ... */
    private static void facility(String value, TssData data) {
        String[] parts = value.split("=", 2);
        if (parts.length < 2 || parts[0].isBlank()) {
            throw new IllegalArgumentException("FACILITY(" + value + ") names no facility and sub-option");
        }
        String rest = parts[1];
        if (rest.startsWith("NAME=")) {
            data.facilityOrCreate(rest.substring(5).split(",")[0].trim());
            data.markFacilityListingGiven();
            return;
        }
        TssFacility f = data.facilityOrCreate(parts[0].trim());
        data.markFacilityListingGiven();
        for (String sub : rest.split(",")) {
            String s = sub.trim();
            if (s.startsWith("MODE=")) {
                f.setMode(mode(s.substring(5)));
            } else if (s.equals("RES") || s.equals("NORES")) {
                f.attributes().remove(s.equals("RES") ? "NORES" : "RES");
                f.attributes().add(s);
            } else if (!s.isEmpty() && !s.contains("=")) {
                f.attributes().add(s);
            }
        }
    }
}
