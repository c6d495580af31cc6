package dev.esmscan.racf.command;

import dev.esmscan.input.Reach;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the RACF database a command can change, the narrowest esmscan can name: users,
 * groups and connections for the user and group commands; the data set profiles (class DATASET)
 * for the data set commands; the class a resource command names; the classes a SETROPTS operand
 * names; IDIDMAP for RACMAP. A SETROPTS operand for no class (GRPLIST, EGN, PASSWORD, ...), and a
 * command esmscan does not know that names no class, can change anything.
 */
final class CommandReach {
    static final String IDIDMAP = "IDIDMAP";
    private static final Pattern CLASS_OPERAND = Pattern.compile("(?i)(?:^|[\\s,])CLASS\\(\\s*'?([A-Z0-9@#$]{1,8})'?\\s*\\)");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Z@#$][A-Z0-9@#$]{0,7}");
    /** SETROPTS operands that name classes: their reach is those classes. */
    static final List<String> SETROPTS_CLASS_OPERANDS = List.of("CLASSACT", "NOCLASSACT", "RACLIST", "NORACLIST", "GENERIC",
            "NOGENERIC", "GENCMD", "NOGENCMD", "GLOBAL", "NOGLOBAL", "AUDIT", "NOAUDIT", "STATISTICS", "NOSTATISTICS",
            "LOGOPTIONS");

    private CommandReach() {
    }

    /** What a parsed command can change. */
    static Reach of(RacfCommand c) {
        return switch (c.verb()) {
            case ADDGROUP, ALTGROUP, DELGROUP, ADDUSER, ALTUSER, DELUSER, CONNECT, REMOVE -> Reach.identities();
            case ADDSD, ALTDSD, DELDSD, LISTDSD -> Reach.classes(ProfileNames.DATASET);
            case RDEFINE, RALTER, RDELETE -> resourceReach(c);
            case PERMIT -> keywordClass(c.keywords()).map(Reach::classes).orElse(Reach.classes(ProfileNames.DATASET));
            case SETROPTS -> setroptsReach(c);
            case RACMAP -> Reach.classes(IDIDMAP);
            case LISTUSER, LISTGRP, RLIST, SEARCH, PROFILE, RACDCERT -> Reach.nothing();
        };
    }

    /** What the text of a command that did not parse can change, from its first word and a CLASS(...) operand. */
    static Reach ofText(String text) {
        String t = text.strip();
        String word = RacfCommandParser.firstWord(t);
        Optional<RacfVerb> verb = RacfVerb.of(word);
        Matcher m = CLASS_OPERAND.matcher(t);
        Optional<String> namedClass = m.find() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
        if (verb.isEmpty()) {
            return namedClass.map(Reach::classes).orElse(Reach.everything());
        }
        switch (verb.get()) {
            case RDEFINE, RALTER, RDELETE -> {
                String[] words = t.split("[\\s,]+");
                if (words.length > 1 && CLASS_NAME.matcher(words[1].toUpperCase(Locale.ROOT)).matches()) {
                    String cls = words[1].toUpperCase(Locale.ROOT);
                    return cls.equals(ClassCatalog.CDT) ? Reach.everything() : Reach.classes(cls);
                }
                return Reach.everything();
            }
            case PERMIT -> {
                return namedClass.map(Reach::classes).orElse(Reach.classes(ProfileNames.DATASET));
            }
            case SETROPTS -> {
                return Reach.everything();
            }
            default -> {
                RacfCommand bare = new RacfCommand(0, verb.get(), List.of(), List.of());
                return of(bare);
            }
        }
    }

    private static Reach resourceReach(RacfCommand c) {
        if (c.positionals().isEmpty() || c.positionals().get(0).hasValues()) {
            return Reach.everything();
        }
        String cls = c.positionals().get(0).upperName();
        if (!CLASS_NAME.matcher(cls).matches()) {
            return Reach.everything();
        }
        if (!cls.equals(ClassCatalog.CDT)) {
            return Reach.classes(cls);
        }
        // a CDT entry defines (or changes) the class it names
        List<String> classes = new ArrayList<>(List.of(ClassCatalog.CDT));
        if (c.positionals().size() > 1) {
            Operand names = c.positionals().get(1);
            for (Operand n : names.isBareList() ? names.values() : List.of(names)) {
                String name = n.upperName();
                if (!CLASS_NAME.matcher(name).matches()) {
                    return Reach.everything();
                }
                classes.add(name);
            }
        }
        return Reach.classes(classes.toArray(new String[0]));
    }

    private static Optional<String> keywordClass(List<Operand> keywords) {
        for (Operand k : keywords) {
            if (k.hasValues() && !k.isBareList() && RacfVerb.PERMIT.keywords().resolve(k.name()).resolved()
                    && RacfVerb.PERMIT.keywords().resolve(k.name()).name().equals("CLASS")
                    && k.values().size() == 1 && !k.values().get(0).hasValues()) {
                String cls = k.values().get(0).upperName();
                if (CLASS_NAME.matcher(cls).matches()) {
                    return Optional.of(cls);
                }
            }
        }
        return Optional.empty();
    }

    private static Reach setroptsReach(RacfCommand c) {
        Reach r = Reach.nothing();
        for (Operand k : c.keywords()) {
            Keywords.Resolution res = RacfVerb.SETROPTS.keywords().resolve(k.name());
            String name = res.resolved() ? res.name() : null;
            if (name == null) {
                return Reach.everything();
            }
            if (name.equals("LIST") || name.equals("REFRESH")) {
                continue;
            }
            if (SETROPTS_CLASS_OPERANDS.contains(name) && k.hasValues() && !k.isBareList()) {
                for (Operand v : k.values()) {
                    String cls = v.upperName();
                    if (v.hasValues() || !CLASS_NAME.matcher(cls).matches()) {
                        return Reach.everything();
                    }
                    r = r.plus(Reach.classes(cls));
                }
                continue;
            }
            return Reach.everything();
        }
        return r;
    }
}
