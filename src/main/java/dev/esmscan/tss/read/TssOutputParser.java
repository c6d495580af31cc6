package dev.esmscan.tss.read;

import dev.esmscan.input.Reach;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.User;
import dev.esmscan.tss.TssClasses;
import dev.esmscan.tss.data.TssDatabase;
import dev.esmscan.tss.data.TssPermit;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line grammar of Top Secret output, block by block. An ACID block starts at
 * {@code ACCESSORID =} and ends at a blank line, a message or a command echo. Fields:
 * TYPE, NAME, DEPT ACID, ATTRIBUTES, FACILITY, MASTFAC, PROFILES, GROUPS, DFLTGRP, UID, HOME,
 * OMVSPGM, GID, EXPIRES; {@code XA class = resource OWNER(o)} with its ACCESS and ACTION lines is
 * a permit of the ACID; {@code class = resource OWNER(o)} without XA is an ownership of o.
 * The layout of this listing is reconstructed (no verbatim public sample): unknown keys are read
 * past and counted, never guessed at.
 */
final class TssOutputParser {
    private static final Pattern MESSAGE = Pattern.compile("^TSS\\d{4}[A-Z]\\s*(.*)$");
    private static final Pattern ECHO = Pattern.compile("^TSS\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOHAS = Pattern.compile("^WHOH\\w*\\s+([A-Z0-9#$@]+)\\((.*)\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWNED = Pattern.compile("^(\\S+)\\s+OWNER\\(([^)]*)\\)$");
    private static final Pattern BY_ACID = Pattern.compile("^(\\S+)\\s+ACID\\(([^)]*)\\)$");
    private static final Pattern STC_ROW = Pattern.compile("^([A-Z0-9#$@*]{1,8})\\s+([A-Z0-9#$@*]{1,8})(\\s.*)?$");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yy");
    /**
     * The message that ends every Top Secret command's output: {@code TSS0300I  LIST     FUNCTION
     * SUCCESSFUL} (TSS0301I when the function failed), formats/ACF2-TSS.md 3.2 and 5.1.
     */
    private static final Pattern COMPLETION = Pattern.compile("^TSS030[01]I\\b");
    /** The problem kind of a command's output that ends without its completion message before the next command. */
    static final String CUT_OUTPUT = "output without its completion message";

    private static final Pattern MODIFY_STATUS = Pattern.compile("^MOD\\w*\\s*\\(?\\s*STAT\\w*\\s*\\)?\\s*$", Pattern.CASE_INSENSITIVE);

    private enum Block { NONE, ACID, STC, WHOHAS, FACILITY, RDT, STATUS, SKIPPED }

    private final TssDatabase db;
    private final ReadStats stats;
    private Block block = Block.NONE;
    private String acid;
    private String lastKey;
    private String whohasClass;
    private String whohasResource;
    private String rdtClass;
    private String facility;
    private PendingPermit pending;
    private long lineNo;
    private final java.util.Map<String, Long> acidListedAt = new java.util.HashMap<>();
    private final Completion completion = new Completion();

    private static final class PendingPermit {
        final String acid;
        final String tssClass;
        final String resource;
        final boolean admin;
        final List<String> levels = new ArrayList<>();
        String action;

        PendingPermit(String acid, String tssClass, String resource, boolean admin) {
            this.acid = acid;
            this.tssClass = tssClass;
            this.resource = resource;
            this.admin = admin;
        }
    }

    TssOutputParser(TssDatabase db, ReadStats stats) {
        this.db = db;
        this.stats = stats;
    }

    void parse(List<String> lines) {
        for (String raw : lines) {
            lineNo++;
            line(raw.stripTrailing());
        }
        endBlock();
        completion.end(stats);
    }

    private void line(String line) {
        String text = line.trim();
        if (text.isEmpty()) {
            if (block != Block.STATUS) {
                endBlock();
            }
            return;
        }
        if (COMPLETION.matcher(text).lookingAt()) {
            endBlock();
            completion.completed();
            stats.skipped("message");
            return;
        }
        Matcher message = MESSAGE.matcher(text);
        if (message.matches()) {
            String rest = message.group(1).trim();
            if (rest.startsWith("FACILITY DISPLAY FOR ") || (block == Block.FACILITY && rest.contains("="))) {
                text = rest;
            } else if (block == Block.STATUS && !text.startsWith("TSS030")) {
                if (!statusLine(rest)) {
                    stats.skipped("message");
                }
                return;
            } else {
                endBlock();
                stats.skipped("message");
                return;
            }
        }
        Matcher echo = ECHO.matcher(text);
        if (echo.matches()) {
            endBlock();
            completion.command(echo.group(1).trim(), lineNo, stats);
            Matcher w = WHOHAS.matcher(echo.group(1).trim());
            whohasClass = w.matches() ? w.group(1).toUpperCase(Locale.ROOT) : null;
            if (MODIFY_STATUS.matcher(echo.group(1).trim()).matches()) {
                block = Block.STATUS;
            }
            stats.skipped("command echo");
            return;
        }
        if (text.startsWith("FACILITY DISPLAY FOR ")) {
            endBlock();
            startFacility(text.substring("FACILITY DISPLAY FOR ".length()).trim());
            return;
        }
        if (block == Block.FACILITY) {
            facilityLine(text);
            return;
        }
        List<KeyValueLine.Pair> pairs = KeyValueLine.parse(line);
        if (pairs.isEmpty()) {
            other(text);
            return;
        }
        for (KeyValueLine.Pair p : pairs) {
            pair(p.key().toUpperCase(Locale.ROOT), p.value());
        }
    }

    private void other(String text) {
        if (block == Block.STATUS) {
            if (!statusLine(text)) {
                stats.skipped("status line");
            }
            return;
        }
        if (block == Block.STC) {
            Matcher row = STC_ROW.matcher(text);
            if (text.contains("PROCNAME")) {
                stats.skipped("stc heading");
                return;
            }
            if (row.matches()) {
                db.startedTask(row.group(1), row.group(2));
                stats.record("stc entry");
                return;
            }
        }
        if (block == Block.ACID && text.toUpperCase(Locale.ROOT).contains("SUSPENDED")) {
            db.setAttribute(acid, "SUSPEND", true);
            stats.record("suspension");
            return;
        }
        if (block == Block.SKIPPED) {
            return;
        }
        if (text.startsWith("-") || text.startsWith("*")) {
            stats.skipped("separator");
            return;
        }
        stats.error(lineNo, "not a Top Secret output line: " + text);
    }

    private void pair(String key, String value) {
        if (key.equals("ACCESSORID")) {
            endBlock();
            startAcid(value);
            return;
        }
        if (key.equals("RESOURCE CLASS")) {
            endBlock();
            block = Block.RDT;
            rdtClass = value.toUpperCase(Locale.ROOT);
            completion.output(Reach.classes(TssClasses.toNeutral(rdtClass)), "resource class " + rdtClass, lineNo);
            db.data().resourceClassOrCreate(rdtClass);
            stats.record("rdt class");
            return;
        }
        if (key.equals("RESOURCE") && block != Block.ACID) {
            endBlock();
            startWhohas(value);
            return;
        }
        if (key.isEmpty() && lastKey != null) {
            key = lastKey;
        }
        lastKey = key;
        switch (block) {
            case ACID -> acidField(key, value);
            case STC -> stcField(key, value);
            case WHOHAS -> whohasField(key, value);
            case RDT -> rdtField(key, value);
            case STATUS, SKIPPED -> { }
            default -> stats.error(lineNo, "field " + key + " outside an ACID, WHOHAS, RDT or facility block");
        }
    }

    private void startAcid(String value) {
        String name = firstWord(value);
        if (name.equals("*STC*")) {
            completion.output(Reach.classes("STARTED"), "the STC record", lineNo);
            block = Block.STC;
            db.data().markStcTableGiven();
            stats.record("stc record");
            return;
        }
        completion.output(Reach.everything(), "ACID " + name, lineNo);
        block = Block.ACID;
        acid = name;
        Long first = acidListedAt.putIfAbsent(acid.toUpperCase(Locale.ROOT), lineNo);
        if (first != null) {
            stats.error(lineNo, "ACCESSORID " + acid + " listed again (first at line " + first
                    + "); the listings are merged, the later one's fields win");
        }
        db.data().acidOrCreate(acid);
        stats.record("acid");
    }

    private void acidField(String key, String value) {
        if (!key.equals("ACCESS") && !key.equals("ACTION")) {
            flushPermit();
        }
        if (key.startsWith("XA ")) {
            Matcher m = OWNED.matcher(value);
            String resource = m.matches() ? m.group(1) : firstWord(value);
            String tssClass = key.substring(3).trim();
            if (m.matches() && !m.group(2).isBlank()) {
                db.own(m.group(2).trim(), tssClass, resource);
            }
            pending = new PendingPermit(acid, tssClass, resource, false);
            stats.record("permit");
            return;
        }
        switch (key) {
            case "TYPE" -> {
                db.define(acid, firstWord(value), null, null);
                stats.record("type");
            }
            case "NAME" -> named(value);
            case "DEPT ACID" -> {
                db.data().acidOrCreate(acid).setDepartment(firstWord(value));
                db.define(acid, null, null, firstWord(value));
            }
            case "ATTRIBUTES", "ATTRIBUTE" -> words(value).forEach(a -> db.setAttribute(acid, attribute(a), true));
            case "FACILITY" -> db.data().acidOrCreate(acid).facilities().addAll(words(value));
            case "MASTFAC" -> db.data().acidOrCreate(acid).setMasterFacility(firstWord(value));
            case "PROFILES" -> words(value).forEach(p -> db.addProfile(acid, p));
            case "GROUPS" -> words(value).forEach(g -> db.addGroup(acid, g));
            case "DFLTGRP" -> {
                db.addGroup(acid, firstWord(value));
                db.setDefaultGroup(acid, firstWord(value));
            }
            case "UID" -> number(value, n -> db.setOmvs(acid, n, null, null));
            case "HOME" -> db.setOmvs(acid, null, value, null);
            case "OMVSPGM" -> db.setOmvs(acid, null, null, value);
            case "GID" -> number(value, n -> db.setGid(acid, n));
            case "EXPIRES" -> expires(value);
            case "ACCESS" -> {
                if (pending == null) {
                    stats.error(lineNo, "ACCESS without an XA line before it");
                } else {
                    pending.levels.addAll(words(value));
                }
            }
            case "ACTION" -> {
                if (pending != null) {
                    pending.action = firstWord(value);
                }
            }
            default -> ownershipOrOther(key, value);
        }
    }

    private void named(String value) {
        db.define(acid, null, value, null);
    }

    private void ownershipOrOther(String key, String value) {
        Matcher m = OWNED.matcher(value);
        if (m.matches() && !key.contains(" ")) {
            db.own(m.group(2).isBlank() ? acid : m.group(2).trim(), key, m.group(1));
            stats.record("ownership");
        } else {
            stats.skipped("field " + key);
        }
    }

    private void expires(String value) {
        try {
            LocalDate date = LocalDate.parse(firstWord(value), DATE);
            User u = db.model().user(acid);
            u.setRevokeDate(date);
        } catch (DateTimeParseException e) {
            stats.error(lineNo, "EXPIRES date not in mm/dd/yy form: " + value);
        }
    }

    private void stcField(String key, String value) {
        if (key.equals("PROCNAME")) {
            lastProc = firstWord(value);
        } else if (key.equals("ACID") && lastProc != null) {
            db.startedTask(lastProc, firstWord(value));
            stats.record("stc entry");
            lastProc = null;
        } else {
            stats.skipped("field " + key);
        }
    }

    private String lastProc;

    private void startWhohas(String value) {
        Matcher m = OWNED.matcher(value);
        if (whohasClass == null) {
            stats.error(lineNo, "WHOHAS output without the command echo (TSS WHOHAS class(resource)) that names its class; block skipped");
            block = Block.SKIPPED;
            return;
        }
        block = Block.WHOHAS;
        whohasResource = m.matches() ? m.group(1) : firstWord(value);
        completion.output(Reach.classes(TssClasses.toNeutral(whohasClass)), "resource " + whohasClass + " " + whohasResource, lineNo);
        if (m.matches() && !m.group(2).isBlank()) {
            db.own(m.group(2).trim(), whohasClass, whohasResource);
        }
        stats.record("whohas resource");
    }

    private void whohasField(String key, String value) {
        if (!key.equals("ACCESS") && !key.equals("ACTION")) {
            flushPermit();
        }
        switch (key) {
            case "XAUTH", "ADMIN" -> {
                Matcher m = BY_ACID.matcher(value);
                if (!m.matches()) {
                    stats.error(lineNo, key + " line without ACID(...): " + value);
                    return;
                }
                pending = new PendingPermit(m.group(2).trim(), whohasClass, m.group(1), key.equals("ADMIN"));
                stats.record(key.equals("ADMIN") ? "administrative authority" : "permit");
            }
            case "ACCESS" -> {
                if (pending != null) {
                    pending.levels.addAll(words(value));
                }
            }
            case "ACTION" -> {
                if (pending != null) {
                    pending.action = firstWord(value);
                }
            }
            default -> stats.skipped("field " + key);
        }
    }

    private void rdtField(String key, String value) {
        switch (key) {
            case "ATTRIBUTE", "ATTRIBUTES" -> db.data().resourceClassOrCreate(rdtClass).attributes().addAll(words(value));
            case "DEFACC" -> db.data().resourceClassOrCreate(rdtClass).setDefaultAccess(firstWord(value));
            case "ACCESS" -> {
                if (RdtAccessList.read(value, db.data().resourceClassOrCreate(rdtClass)) == 0) {
                    stats.error(lineNo, "RDT ACCESS line without LEVEL(bits) items: " + value);
                }
            }
            default -> stats.skipped("field " + key);
        }
    }

    /** AUTH and MODE items of a MODIFY STATUS display (TssControlOptionText); other items are read past. */
    private boolean statusLine(String rest) {
        try {
            if (TssControlOptionText.applyDisplayLine(rest, db.data(), "TSS MODIFY STATUS line " + lineNo)) {
                stats.record("control option");
                return true;
            }
        } catch (IllegalArgumentException e) {
            stats.error(lineNo, e.getMessage());
            return true;
        }
        return false;
    }

    private void startFacility(String name) {
        block = Block.FACILITY;
        facility = firstWord(name).toUpperCase(Locale.ROOT);
        completion.output(Reach.everything(), "facility " + facility, lineNo);
        db.data().markFacilityListingGiven();
        db.data().facilityOrCreate(facility);
        stats.record("facility");
    }

    private void facilityLine(String text) {
        boolean any = false;
        for (String token : text.split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            any = true;
            String k = token.substring(0, eq).toUpperCase(Locale.ROOT);
            String v = token.substring(eq + 1).toUpperCase(Locale.ROOT);
            if (k.equals("ATTRIBUTES")) {
                for (String a : v.split(",")) {
                    if (!a.isEmpty()) {
                        db.data().facilityOrCreate(facility).attributes().add(a);
                    }
                }
            } else if (k.equals("MODE")) {
                db.data().facilityOrCreate(facility).setMode(v);
            }
        }
        if (!any) {
            stats.error(lineNo, "not a facility display line: " + text);
        }
    }

    private void flushPermit() {
        if (pending != null && !pending.admin) {
            db.permit(pending.acid, new TssPermit(pending.tssClass, pending.resource, pending.levels, pending.action));
        }
        pending = null;
    }

    private void endBlock() {
        flushPermit();
        if (block == Block.ACID && db.data().acidOrCreate(acid).type() == null) {
            stats.error(lineNo, "ACID " + acid + " listed without TYPE: not taken as a user or group");
        }
        block = Block.NONE;
        acid = null;
        lastKey = null;
        lastProc = null;
    }

    /**
     * Whether each command's output ended with its completion message. Every Top Secret command
     * prints TSS0300I (or TSS0301I) when it ends; a listing whose last output has none was cut, and
     * where the batch job echoes its commands, an output cut before the next command shows too.
     * What a cut could have hidden is told by the command (LIST(STC): started tasks; LIST(RDT)
     * RESCLASS(c) and WHOHAS c(...): class c; any other LIST, MODIFY: everything) and by the
     * output read so far (an ACID's permits may name any class).
     */
    private static final class Completion {
        private String command;
        private long commandLine;
        private Reach commandReach = Reach.nothing();
        private Reach outputReach = Reach.nothing();
        private long outputLine;
        private String lastOutput;
        private long lastOutputLine;

        /** A command echo: the output before it must have ended with its completion message. */
        void command(String text, long line, ReadStats stats) {
            Reach open = open();
            if (!open.isNothing()) {
                stats.problem(command != null ? commandLine : outputLine, CUT_OUTPUT, (command != null
                        ? "the output of TSS " + command + " (line " + commandLine + ")"
                        : "the output from line " + outputLine) + " has no completion message (TSS0300I) before the next command"
                        + " at line " + line + ": it may be cut" + last(), open);
            }
            command = text;
            commandLine = line;
            commandReach = reachOf(text);
            outputReach = Reach.nothing();
            lastOutput = null;
        }

        /** An entry of the output: an ACID, the STC record, a resource class, a WHOHAS resource, a facility. */
        void output(Reach reach, String what, long line) {
            if (outputReach.isNothing() && lastOutput == null) {
                outputLine = line;
            }
            outputReach = outputReach.plus(reach);
            lastOutput = what;
            lastOutputLine = line;
        }

        void completed() {
            command = null;
            commandReach = Reach.nothing();
            outputReach = Reach.nothing();
            lastOutput = null;
        }

        /** At the end of the file: an output without its completion message leaves the rest of it unseen. */
        void end(ReadStats stats) {
            Reach open = open();
            if (open.isNothing()) {
                return;
            }
            String where = command != null
                    ? "the listing ends inside the output of TSS " + command + " (line " + commandLine + ")"
                    : "the listing ends after output from line " + outputLine;
            stats.unseen(open, where + " without its completion message (TSS0300I)" + last() + "; the rest of it would follow:"
                    + " the file may be cut");
        }

        private Reach open() {
            return command != null ? commandReach.plus(outputReach) : outputReach;
        }

        private String last() {
            return lastOutput == null ? "" : "; the last entry read is " + lastOutput + " (line " + lastOutputLine + ")";
        }

        /** What a command's output can hold; nothing for commands that change rather than list. */
        static Reach reachOf(String command) {
            String c = command.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            Matcher rdt = RDT_COMMAND.matcher(c);
            if (rdt.find()) {
                return rdt.group(1) == null ? Reach.everything() : Reach.classes(TssClasses.toNeutral(rdt.group(1)));
            }
            if (STC_COMMAND.matcher(c).find()) {
                return Reach.classes("STARTED");
            }
            Matcher whohas = WHOHAS.matcher(c);
            if (whohas.matches()) {
                return Reach.classes(TssClasses.toNeutral(whohas.group(1)));
            }
            return LISTING_COMMAND.matcher(c).find() ? Reach.everything() : Reach.nothing();
        }
    }

    private static final Pattern RDT_COMMAND = Pattern.compile("^LIS\\w*\\s*\\(\\s*RDT\\s*\\)(?:.*RESC\\w*\\(\\s*([A-Z0-9#$@]+)\\s*\\))?");
    private static final Pattern STC_COMMAND = Pattern.compile("^LIS\\w*\\s*\\(\\s*STC\\s*\\)");
    private static final Pattern LISTING_COMMAND = Pattern.compile("^(LIS\\w*|MODI\\w*|WHOH\\w*|WHOO\\w*)\\b");

    /** SUSPENDED as listed is the SUSPEND attribute. */
    private static String attribute(String a) {
        return a.equals("SUSPENDED") ? "SUSPEND" : a;
    }

    private void number(String value, java.util.function.LongConsumer set) {
        try {
            set.accept(Long.parseLong(firstWord(value)));
        } catch (NumberFormatException e) {
            stats.error(lineNo, "not a number: " + value);
        }
    }

    private static String firstWord(String value) {
        String t = value.trim();
        int sp = t.indexOf(' ');
        return sp < 0 ? t : t.substring(0, sp);
    }

    /** The values of a list field: separated by commas or blanks. */
    static List<String> words(String value) {
        List<String> out = new ArrayList<>();
        for (String w : value.trim().split("[,\\s]+")) {
            if (!w.isEmpty()) {
                out.add(w.toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }
}
