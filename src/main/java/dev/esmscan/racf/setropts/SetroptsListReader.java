package dev.esmscan.racf.setropts;

import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.SecurityModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads the text of a TSO {@code SETROPTS LIST} into the model's class options: the active,
 * RACLISTed, GENERIC and GENCMD classes, list-of-groups checking and enhanced generic naming.
 * Class lists continue on indented lines; a leading blank on every line is tolerated.
 */
public final class SetroptsListReader implements ExtractReader {
    public static final String FORMAT = "setropts";

    static final String ACTIVE = "ACTIVE CLASSES";
    static final String RACLIST = "SETR RACLIST CLASSES";
    static final String GENERIC = "GENERIC PROFILE CLASSES";
    static final String GENERIC_COMMAND = "GENERIC COMMAND CLASSES";
    static final String LIST_OF_GROUPS = "LIST OF GROUPS ACCESS CHECKING";
    static final String ENHANCED_GENERIC_NAMING = "ENHANCED GENERIC NAMING";

    private static final String LIST_OF_GROUPS_LINE = "LIST OF GROUPS ACCESS CHECKING IS ";
    private static final String EGN_LINE = "ENHANCED GENERIC NAMING IS ";
    private static final String NONE = "NONE";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(byte[] head) {
        return new String(head, StandardCharsets.ISO_8859_1).contains(ACTIVE + " =");
    }

    @Override
    public ReadStats read(Path file, SecurityModel.Builder model) throws IOException {
        ReadStats stats = new ReadStats(file.toString(), FORMAT);
        ClassOptions options = new ClassOptions();
        Heading current = null;
        boolean sawActive = false;
        boolean sawListOfGroups = false;
        boolean sawEgn = false;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String raw;
            long lineNo = 0;
            while ((raw = in.readLine()) != null) {
                lineNo++;
                String line = raw.stripTrailing();
                if (line.isBlank()) {
                    current = null;
                    continue;
                }
                int indent = indentOf(line);
                String text = line.substring(indent);
                if (current != null && indent > current.indent) {
                    current.values.addAll(words(text));
                    continue;
                }
                finish(current, options, stats);
                current = null;
                int equals = text.indexOf(" =");
                if (equals > 0 && isHeadingName(text.substring(0, equals))) {
                    String name = text.substring(0, equals);
                    current = new Heading(name, indent, listSetter(name));
                    current.values.addAll(words(text.substring(equals + 2)));
                    sawActive |= name.equals(ACTIVE);
                } else if (text.startsWith(LIST_OF_GROUPS_LINE)) {
                    Boolean on = activeState(text.substring(LIST_OF_GROUPS_LINE.length()));
                    if (on == null) {
                        stats.error(lineNo, "cannot tell whether list-of-groups checking is active: " + text);
                    } else {
                        options.setListOfGroups(on);
                        sawListOfGroups = true;
                        stats.record(LIST_OF_GROUPS);
                    }
                } else if (text.startsWith(EGN_LINE)) {
                    Boolean on = inEffect(text.substring(EGN_LINE.length()));
                    if (on == null) {
                        stats.error(lineNo, "cannot tell whether enhanced generic naming is in effect: " + text);
                    } else {
                        options.setEnhancedGenericNaming(on);
                        sawEgn = true;
                        stats.record(ENHANCED_GENERIC_NAMING);
                    }
                }
            }
        }
        finish(current, options, stats);
        if (!sawActive) {
            throw new InputException(file, "not SETROPTS LIST output: no 'ACTIVE CLASSES =' line");
        }
        if (!sawListOfGroups) {
            stats.assumption("no 'LIST OF GROUPS ACCESS CHECKING' line; list-of-groups checking taken as inactive");
        }
        if (!sawEgn) {
            stats.assumption("no 'ENHANCED GENERIC NAMING' line; enhanced generic naming taken as not in effect");
        }
        ClassOptions target = model.classOptions();
        copy(options, target);
        return stats;
    }

    /** Applies a finished heading: a class list the model keeps is recorded, any other heading is skipped. */
    private static void finish(Heading heading, ClassOptions options, ReadStats stats) {
        if (heading == null) {
            return;
        }
        if (heading.setter == null) {
            stats.skipped(heading.name);
            return;
        }
        if (!(heading.values.size() == 1 && heading.values.get(0).equals(NONE))) {
            for (String className : heading.values) {
                heading.setter.accept(options, className);
            }
        }
        stats.record(heading.name);
    }

    private static BiConsumer<ClassOptions, String> listSetter(String heading) {
        switch (heading) {
            case ACTIVE: return (o, c) -> o.setActive(c, true);
            case RACLIST: return (o, c) -> o.setRaclisted(c, true);
            case GENERIC: return (o, c) -> o.setGeneric(c, true);
            case GENERIC_COMMAND: return (o, c) -> o.setGenericCommand(c, true);
            default: return null;
        }
    }

    /** Replaces what the model held with what this listing says. */
    private static void copy(ClassOptions from, ClassOptions to) {
        List.copyOf(to.activeClasses()).forEach(c -> to.setActive(c, false));
        List.copyOf(to.raclistedClasses()).forEach(c -> to.setRaclisted(c, false));
        List.copyOf(to.genericClasses()).forEach(c -> to.setGeneric(c, false));
        List.copyOf(to.genericCommandClasses()).forEach(c -> to.setGenericCommand(c, false));
        from.activeClasses().forEach(c -> to.setActive(c, true));
        from.raclistedClasses().forEach(c -> to.setRaclisted(c, true));
        from.genericClasses().forEach(c -> to.setGeneric(c, true));
        from.genericCommandClasses().forEach(c -> to.setGenericCommand(c, true));
        to.setListOfGroups(from.isListOfGroups());
        to.setEnhancedGenericNaming(from.isEnhancedGenericNaming());
    }

    /** "ACTIVE." is on; "INACTIVE." and "NOT ACTIVE." are off; anything else is unknown (null). */
    private static Boolean activeState(String rest) {
        String s = withoutPeriod(rest);
        if (s.equals("ACTIVE")) {
            return true;
        }
        return s.equals("INACTIVE") || s.equals("NOT ACTIVE") ? false : null;
    }

    /** "IN EFFECT" is on; "NOT IN EFFECT" is off; anything else is unknown (null). */
    private static Boolean inEffect(String rest) {
        String s = withoutPeriod(rest);
        if (s.equals("IN EFFECT")) {
            return true;
        }
        return s.equals("NOT IN EFFECT") ? false : null;
    }

    private static String withoutPeriod(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }

    /** Upper-case words, digits, blanks and the few signs SETROPTS puts in a heading (GLOBAL=YES RACLIST ONLY, LOGOPTIONS "ALWAYS" CLASSES). */
    private static boolean isHeadingName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '=' || c == '-' || c == '/' || c == '(' || c == ')' || c == '"')) {
                return false;
            }
        }
        return !s.isBlank();
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        return words;
    }

    private static final class Heading {
        final String name;
        final int indent;
        final BiConsumer<ClassOptions, String> setter;
        final List<String> values = new ArrayList<>();

        Heading(String name, int indent, BiConsumer<ClassOptions, String> setter) {
            this.name = name;
            this.indent = indent;
            this.setter = setter;
        }
    }
}
