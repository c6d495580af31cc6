package dev.esmscan.tss.command;

import dev.esmscan.input.Reach;
import dev.esmscan.model.OmvsSegment;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;
import dev.esmscan.tss.TssClasses;
import dev.esmscan.tss.TssNames;
import dev.esmscan.tss.data.TssAcid;
import dev.esmscan.tss.data.TssData;
import dev.esmscan.tss.data.TssDatabase;
import dev.esmscan.tss.data.TssPermit;
import dev.esmscan.tss.read.TssOutputWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies TSS commands to a model under construction the way Top Secret would: CREATE, ADD/ADDTO,
 * REMOVE, REPLACE, DELETE, PERMIT/PER, REVOKE, the STC table (ADD/REMOVE/REPLACE(STC)) and the
 * RDT (ADDTO/REMOVE(RDT)). The model stands for the security file: an ACID, permit, ownership or
 * STC entry it does not hold is taken not to exist. Each command ends one of three ways:
 * <ul>
 * <li><b>applied</b>, possibly changing nothing (a re-applied permit or an ACID's own value);</li>
 * <li><b>refused</b>: a command Top Secret itself refuses (a second CREATE of an ACID, a PERMIT to
 * an ACID that does not exist, a REVOKE of a permit that is not there, a DELETE of a missing ACID,
 * an invalid name or number) changes nothing; it is a notice with Top Secret's message: the
 * explaining TSS02nnE/TSS03nnE message where it is known (TSS0211E, TSS0293E, TSS0314E, TSS0364E;
 * formats/ACF2-TSS.md 5.8), else TSS0301I, the "FUNCTION FAILED" message that follows every
 * refused command (Command Reference, "Command Response Messages");</li>
 * <li><b>not modelled</b>: a function or keyword esmscan does not model, or a change whose outcome
 * Top Secret's documentation leaves open here (an ADD of a different value where one is set), is
 * a problem naming the narrowest part of the database it could change: identities for an ACID's
 * own data, the SAF class of a resource class (IBMFAC is FACILITY), DATASET for data sets, STARTED
 * for the STC table, everything for an unknown function naming no class.</li>
 * </ul>
 * LIST, WHOHAS and WHOOWNS are listings; HELP and MODIFY(OMVSTABS) change nothing.
 *
 * <p>{@code UID(?)} and {@code GID(?)} let Top Secret assign "the first unused positive integer"
 * of the RANGE given or of the DFLTRNGU/DFLTRNGG control option (Command Reference, UID keyword);
 * the value is not in the stream, so the model holds the first positive value no ACID of the model
 * holds, and an assumption says so. The requirements read only that a UID exists and is not 0,
 * which holds for every value Top Secret assigns that way.
 */
public final class TssCommandInterpreter {
    /** Resource classes a keyword may name for ownership and permits, besides those the RDT lists. */
    static final Set<String> RESOURCE_CLASSES = Set.of("IBMFAC", "APPL", "CSFSERV", "CSFKEYS", "UNIXPRIV", "ZOWE", "XFACILIT",
            "IDIDMAP", "IDTDATA", "DATASET", "OPERCMDS", "SURROGAT", "JESSPOOL", "PTKTDATA", "RDATALIB", "SERVAUTH",
            "PROGRAM", "TSOAUTH", "SDSF", "CRYPTOZ", "EJBROLE", "ZMFAPLA", "ACCTNUM", "PROCNAME");
    private static final Set<String> DATASET_KEYWORDS = Set.of("DATASET", "DSN", "DSNAME");
    /** Classes every Top Secret RDT holds, whatever a listing shows. */
    private static final Set<String> PREDEFINED_CLASSES = Set.of("IBMFAC", "DATASET");
    private static final Set<String> ATTRIBUTES = Set.of("PROTECTED", "SUSPEND", "NORESCHK", "NODSNCHK", "NOVOLCHK", "NOSUBCHK");
    private static final Set<String> LISTINGS = Set.of("LIST", "LIS", "WHOHAS", "WHOH", "WHOOWNS", "WHOO");
    /** RDT keywords that change nothing a rule reads beyond DEFACC and DEFPROT. */
    private static final Set<String> RDT_KEYWORDS = Set.of("RESCLASS", "DEFACC", "ATTR", "ATTRIBUTE", "DEFPROT", "MAXLEN", "ACLST",
            "RESCODE", "MAXOWN", "MAXPERMIT");
    private static final Map<String, String> FUNCTIONS = Map.ofEntries(Map.entry("CRE", "CREATE"), Map.entry("REM", "REMOVE"),
            Map.entry("RMV", "REMOVE"), Map.entry("REP", "REPLACE"), Map.entry("DEL", "DELETE"), Map.entry("PER", "PERMIT"),
            Map.entry("REV", "REVOKE"), Map.entry("LIS", "LIST"), Map.entry("WHOH", "WHOHAS"), Map.entry("WHOO", "WHOOWNS"),
            Map.entry("MOD", "MODIFY"));
    private static final Reach STARTED = Reach.classes("STARTED");
    /** Top Secret permits resources to users and profiles only (Command Functions, PERMIT; Implementation Guide, "Resource Ownership"). */
    private static final Set<String> NOT_PERMITTABLE = Set.of("GROUP", "DEPT", "DIV", "ZONE");

    private final TssDatabase db;

    public TssCommandInterpreter(SecurityModel.Builder model) {
        this.db = new TssDatabase(model);
    }

    /** Applies one command; returns what it observed: nothing when Top Secret accepts it and the model shows all of it. */
    public List<TssObservation> apply(TssCommand c) {
        Pending p = new Pending(c);
        try {
            switch (function(c)) {
                case "CREATE" -> create(p);
                case "ADD", "ADDTO" -> add(p);
                case "REMOVE" -> remove(p);
                case "REPLACE" -> replace(p);
                case "DELETE" -> delete(p);
                case "PERMIT" -> permit(p);
                case "REVOKE" -> revoke(p);
                case "LIST", "WHOHAS", "WHOOWNS" -> p.notes.add(TssObservation.notice(c.line(), TssObservation.LISTING,
                        label(c) + ": lists what the security file holds; it changes nothing"));
                case "HELP" -> p.notes.add(TssObservation.notice(c.line(), TssObservation.NO_EFFECT, label(c) + ": changes nothing"));
                case "MODIFY" -> modify(p);
                default -> {
                    Reach named = namedClasses(c);
                    throw new NotModelled("the TSS function " + c.function() + " is not modelled",
                            named.isNothing() ? Reach.everything() : named);
                }
            }
        } catch (Refused r) {
            return List.of(TssObservation.notice(c.line(), TssObservation.REFUSED,
                    label(c) + ": " + r.getMessage() + "; Top Secret refuses the command, so it changes nothing"));
        } catch (NotModelled n) {
            return List.of(TssObservation.problem(c.line(), TssObservation.NOT_MODELLED,
                    label(c) + ": " + n.getMessage() + "; the command is not applied and could change " + n.reach.describe(), n.reach));
        }
        p.changes.forEach(Runnable::run);
        List<TssObservation> out = new ArrayList<>(p.notes);
        if (!p.uncertain.isEmpty()) {
            Reach reach = Reach.nothing();
            List<String> why = new ArrayList<>();
            for (Uncertain u : p.uncertain) {
                reach = reach.plus(u.reach());
                why.add(u.message());
            }
            out.add(TssObservation.problem(c.line(), TssObservation.NOT_MODELLED, label(c) + ": " + String.join("; ", why)
                    + "; the rest of the command is applied; this part could change " + reach.describe(), reach));
        }
        return out;
    }

    /** The changes of one command, applied only when it is neither refused nor wholly not modelled. */
    private static final class Pending {
        final TssCommand c;
        final List<Runnable> changes = new ArrayList<>();
        final List<Uncertain> uncertain = new ArrayList<>();
        final List<TssObservation> notes = new ArrayList<>();
        final Set<Long> assignedUids = new HashSet<>();
        final Set<Long> assignedGids = new HashSet<>();

        Pending(TssCommand c) {
            this.c = c;
        }

        void note(String kind, String message) {
            notes.add(TssObservation.notice(c.line(), kind, message));
        }
    }

    /** A part of a command whose effect is not modelled, and what it could change. */
    private record Uncertain(String message, Reach reach) {
    }

    /** A command Top Secret refuses: the message says which and why. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** A command esmscan does not model, and what it could change. */
    private static final class NotModelled extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Reach reach;

        NotModelled(String message, Reach reach) {
            super(message);
            this.reach = reach;
        }
    }

    private static String function(TssCommand c) {
        return FUNCTIONS.getOrDefault(c.function(), c.function());
    }

    private static String label(TssCommand c) {
        return c.function() + (c.target() == null ? "" : "(" + c.target() + ")");
    }

    /** TSS0301I, which follows every refused command, with the reason in words. */
    private static Refused failed(TssCommand c, String why) {
        String f = function(c);
        return new Refused("TSS0301I " + (f.equals("ADDTO") ? "ADD" : f) + " FUNCTION FAILED: " + why);
    }

    private static Refused missing(String acid) {
        return new Refused("TSS0314E ACID DOES NOT EXIST: " + acid);
    }

    private TssData data() {
        return db.data();
    }

    private String acidOf(TssCommand c) {
        if (c.target() == null || c.target().isBlank()) {
            throw new Refused("TSS0211E ACCESSOR-ID MISSING OR INVALID");
        }
        String acid = c.target().trim().toUpperCase(Locale.ROOT);
        if (acid.contains("&") || acid.contains("{")) {
            throw new Refused("TSS0211E ACCESSOR-ID MISSING OR INVALID (" + acid + " is a symbol or placeholder the job did not fill in)");
        }
        TssNames.checkAcid(acid).ifPresent(r -> {
            throw new Refused("TSS0211E ACCESSOR-ID MISSING OR INVALID (" + r + ")");
        });
        return acid;
    }

    private TssAcid existing(String acid) {
        Optional<TssAcid> a = data().acid(acid);
        if (a.isEmpty() || a.get().type() == null) {
            throw missing(acid);
        }
        return a.get();
    }

    /**
     * The record a command names: an ACID that exists, or the ALL record, which every security
     * file has (an empty one stands for it until a change creates it in the model, so that a
     * refused command leaves the model as it was).
     */
    private TssAcid record(String acid) {
        return acid.equals(TssData.ALL_RECORD) ? data().acid(acid).orElseGet(() -> new TssAcid(acid)) : existing(acid);
    }

    // ---- CREATE

    private void create(Pending p) {
        TssCommand c = p.c;
        String acid = acidOf(c);
        if (data().acid(acid).map(a -> a.type() != null).orElse(false)) {
            throw failed(c, "ACID " + acid + " already exists");
        }
        String type = TssDatabase.normaliseType(c.operand("TYPE").filter(TssCommand.Operand::hasValue).map(TssCommand.Operand::value).orElse("USER"));
        String dept = c.operand("DEPT").or(() -> c.operand("DEPARTMENT")).map(TssCommand.Operand::value).orElse(null);
        boolean needsDept = TssDatabase.isUserType(type) || TssDatabase.isGroupType(type);
        if (needsDept) {
            if (dept == null || TssNames.checkAcid(dept.trim().toUpperCase(Locale.ROOT)).isPresent()) {
                throw new Refused("TSS0364E DEPARTMENT SPECIFICATION MISSING OR INVALID");
            }
            dept = dept.trim().toUpperCase(Locale.ROOT);
            Optional<TssAcid> d = data().acid(dept);
            if (d.isPresent() && d.get().type() != null && !"DEPT".equals(d.get().type())) {
                throw new Refused("TSS0364E DEPARTMENT SPECIFICATION MISSING OR INVALID (" + dept + " is " + d.get().type() + ")");
            }
        } else if (dept != null) {
            dept = dept.trim().toUpperCase(Locale.ROOT);
        }
        String name = c.operand("NAME").map(TssCommand.Operand::value).orElse(null);
        String department = dept;
        p.changes.add(() -> db.define(acid, type, name, department));
        for (TssCommand.Operand o : c.operands()) {
            String k = o.keyword();
            switch (k) {
                case "TYPE", "DEPT", "DEPARTMENT", "NAME", "PASSWORD", "PASS", "DIV", "DIVISION", "ZONE", "INSTDATA" -> { }
                case "PROTECTED" -> p.changes.add(() -> db.setAttribute(acid, "PROTECTED", true));
                case "FAC", "FACILITY" -> list(o).forEach(f -> p.changes.add(() -> data().acidOrCreate(acid).facilities().add(f)));
                case "MASTFAC" -> {
                    String f = single(o);
                    p.changes.add(() -> data().acidOrCreate(acid).setMasterFacility(f));
                }
                default -> p.uncertain.add(unknownKeyword(o));
            }
        }
    }

    // ---- ADD / ADDTO

    private void add(Pending p) {
        TssCommand c = p.c;
        String acid = acidOf(c);
        if (acid.equals("STC")) {
            addStartedTask(p);
            return;
        }
        if (acid.equals("RDT")) {
            addResourceClass(p);
            return;
        }
        TssAcid a = record(acid);
        for (TssCommand.Operand o : c.operands()) {
            String k = o.keyword();
            switch (k) {
                case "GROUP", "GROUPS" -> list(o).forEach(g -> {
                    requireType(c, g, "GROUP");
                    if (db.model().findConnection(acid, g).isEmpty()) {
                        p.changes.add(() -> db.addGroup(acid, g));
                    }
                });
                case "DFLTGRP" -> {
                    String g = single(o);
                    requireUser(c, a, k);
                    requireType(c, g, "GROUP");
                    boolean attached = db.model().findConnection(acid, g).isPresent()
                            || c.operand("GROUP").or(() -> c.operand("GROUPS")).map(x -> list(x).contains(g)).orElse(false);
                    if (!attached) {
                        throw failed(c, "DFLTGRP(" + g + ") is not one of " + acid + "'s groups");
                    }
                    String now = db.model().findUser(acid).map(User::getDefaultGroup).orElse(null);
                    if (now == null) {
                        p.changes.add(() -> db.setDefaultGroup(acid, g));
                    } else if (!now.equals(g)) {
                        p.uncertain.add(new Uncertain(acid + " already has DFLTGRP(" + now + "): whether Top Secret refuses DFLTGRP(" + g
                                + ") or replaces it is not modelled", Reach.identities()));
                    }
                }
                case "PROFILE", "PROFILES" -> list(o).forEach(pr -> {
                    requireType(c, pr, "PROFILE");
                    p.changes.add(() -> db.addProfile(acid, pr));
                });
                case "UID" -> addUid(p, a, o);
                case "GID" -> addGid(p, a, o);
                case "RANGE" -> range(c);
                case "HOME", "OMVSPGM" -> {
                    requireUser(c, a, k);
                    String v = path(o);
                    OmvsSegment omvs = db.model().findUser(acid).map(User::getOmvs).orElse(null);
                    String now = omvs == null ? null : k.equals("HOME") ? omvs.home() : omvs.program();
                    if (now == null) {
                        p.changes.add(() -> db.setOmvs(acid, null, k.equals("HOME") ? v : null, k.equals("HOME") ? null : v));
                    } else if (!now.equals(v)) {
                        p.uncertain.add(new Uncertain(acid + " already has " + k + "(" + now + "): whether Top Secret refuses " + k + "(" + v
                                + ") or replaces it is not modelled", Reach.identities()));
                    }
                }
                case "FAC", "FACILITY" -> list(o).forEach(f -> p.changes.add(() -> data().acidOrCreate(acid).facilities().add(f)));
                case "MASTFAC" -> {
                    String f = single(o);
                    if (a.masterFacility() == null) {
                        p.changes.add(() -> data().acidOrCreate(acid).setMasterFacility(f));
                    } else if (!a.masterFacility().equals(f)) {
                        p.uncertain.add(new Uncertain(acid + " already has MASTFAC(" + a.masterFacility() + "): whether Top Secret refuses MASTFAC("
                                + f + ") or replaces it is not modelled", Reach.identities()));
                    }
                }
                default -> {
                    if (ATTRIBUTES.contains(k) && !o.hasValue()) {
                        p.changes.add(() -> db.setAttribute(acid, k, true));
                    } else if (isResourceClass(k) && o.hasValue()) {
                        own(p, acid, o);
                    } else {
                        p.uncertain.add(unknownKeyword(o));
                    }
                }
            }
        }
    }

    private void own(Pending p, String acid, TssCommand.Operand o) {
        String cls = tssClass(o.keyword());
        String res = resource(o);
        Optional<TssAcid> owner = data().acids().stream().filter(x -> x.owns(cls, res)).findFirst();
        if (owner.isEmpty()) {
            p.changes.add(() -> db.own(acid, cls, res));
        } else if (!owner.get().name().equals(acid)) {
            p.uncertain.add(new Uncertain(owner.get().name() + " already owns " + cls + "(" + res + "): whether Top Secret refuses the"
                    + " ownership for " + acid + " is not modelled", classReach(cls)));
        }
    }

    private void addUid(Pending p, TssAcid a, TssCommand.Operand o) {
        requireUser(p.c, a, "UID");
        String acid = a.name();
        Long now = db.model().findUser(acid).map(User::getOmvs).map(OmvsSegment::uid).orElse(null);
        if (isAuto(o)) {
            if (now == null) {
                long uid = firstUnused(usedUids(p), p.c);
                p.assignedUids.add(uid);
                p.changes.add(() -> db.setOmvs(acid, uid, null, null));
                p.notes.add(TssObservation.assumption(p.c.line(), label(p.c) + " UID(?): Top Secret assigns the first unused positive UID of "
                        + rangeText(p.c, "DFLTRNGU") + ", which the input does not show; esmscan holds UID " + uid
                        + ", the first such UID no ACID of the input holds. The requirements read only that " + acid
                        + " has a UID and that it is not 0, which holds for every UID Top Secret assigns this way"));
            } else if (now == 0L) {
                p.uncertain.add(new Uncertain(acid + " already has UID 0: whether Top Secret refuses UID(?) or assigns a positive UID"
                        + " is not modelled", Reach.identities()));
            } else {
                p.note(TssObservation.OUTSIDE_THE_RULES, label(p.c) + " UID(?): " + acid + " already has UID " + now
                        + "; whether Top Secret keeps it or assigns another positive UID, the requirements read the same (a UID that is not 0)");
            }
            return;
        }
        long uid = number(o);
        if (now == null) {
            p.changes.add(() -> db.setOmvs(acid, uid, null, null));
        } else if (now != uid) {
            if (now != 0L && uid != 0L) {
                p.note(TssObservation.OUTSIDE_THE_RULES, label(p.c) + " UID(" + uid + "): " + acid + " already has UID " + now
                        + "; whether Top Secret keeps it or takes the new one, the requirements read the same (a UID that is not 0)");
            } else {
                p.uncertain.add(new Uncertain(acid + " already has UID " + now + ": whether Top Secret refuses UID(" + uid
                        + ") or replaces it is not modelled", Reach.identities()));
            }
        }
    }

    private void addGid(Pending p, TssAcid a, TssCommand.Operand o) {
        String acid = a.name();
        if (!"GROUP".equals(a.type())) {
            throw failed(p.c, "GID is for TYPE(GROUP) ACIDs; " + acid + " is " + a.type());
        }
        Long now = db.model().findGroup(acid).map(g -> g.getGid()).orElse(null);
        boolean auto = isAuto(o);
        long gid = auto ? 0 : number(o);
        if (now != null) {
            if (auto || now != gid) {
                p.note(TssObservation.OUTSIDE_THE_RULES, label(p.c) + " GID(" + (auto ? "?" : String.valueOf(gid)) + "): " + acid
                        + " already has GID " + now + "; whether Top Secret keeps it or takes " + (auto ? "another" : "the new one")
                        + ", the requirements read the same (the group has a GID)");
            }
            return;
        }
        if (auto) {
            gid = firstUnused(usedGids(p), p.c);
            p.assignedGids.add(gid);
            p.notes.add(TssObservation.assumption(p.c.line(), label(p.c) + " GID(?): Top Secret assigns the first unused positive GID of "
                    + rangeText(p.c, "DFLTRNGG") + ", which the input does not show; esmscan holds GID " + gid
                    + ", the first such GID no group of the input holds. The requirements read only that " + acid + " has a GID"));
        }
        long value = gid;
        p.changes.add(() -> db.setGid(acid, value));
    }

    private static boolean isAuto(TssCommand.Operand o) {
        return o.hasValue() && o.value().trim().equals("?");
    }

    private Set<Long> usedUids(Pending p) {
        Set<Long> used = new HashSet<>(p.assignedUids);
        for (User u : db.model().users()) {
            if (u.getOmvs() != null && u.getOmvs().uid() != null) {
                used.add(u.getOmvs().uid());
            }
        }
        return used;
    }

    private Set<Long> usedGids(Pending p) {
        Set<Long> used = new HashSet<>(p.assignedGids);
        db.model().groups().forEach(g -> {
            if (g.getGid() != null) {
                used.add(g.getGid());
            }
        });
        return used;
    }

    /** The first unused value of the command's RANGE(low,high), else from 1. */
    private static long firstUnused(Set<Long> used, TssCommand c) {
        long[] range = range(c);
        long id = range == null ? 1 : range[0];
        long high = range == null ? 2_147_483_647L : range[1];
        while (used.contains(id)) {
            id++;
        }
        if (id > high) {
            throw failed(c, "no unused value is left in RANGE(" + range[0] + "," + high + ")");
        }
        return id;
    }

    private static String rangeText(TssCommand c, String option) {
        long[] range = range(c);
        return range == null ? "the site's " + option + " range" : "RANGE(" + range[0] + "," + range[1] + ")";
    }

    /** RANGE(low,high) of UID(?) or GID(?), null when absent. */
    private static long[] range(TssCommand c) {
        Optional<TssCommand.Operand> r = c.operand("RANGE");
        if (r.isEmpty()) {
            return null;
        }
        boolean auto = c.operand("UID").map(TssCommandInterpreter::isAuto).orElse(false)
                || c.operand("GID").map(TssCommandInterpreter::isAuto).orElse(false);
        List<String> parts = r.get().hasValue() ? TssOutputWords.of(r.get()) : List.of();
        try {
            long low = Long.parseLong(parts.get(0));
            long high = Long.parseLong(parts.get(1));
            if (!auto || parts.size() != 2 || low < 1 || high < low || high > 2_147_483_647L) {
                throw new NumberFormatException();
            }
            return new long[] {low, high};
        } catch (RuntimeException e) {
            throw new Refused("TSS0293E INVALID VALUE FOR KEYWORD RANGE");
        }
    }

    private void addStartedTask(Pending p) {
        TssCommand c = p.c;
        String proc = value(c, "PROCNAME").toUpperCase(Locale.ROOT);
        TssNames.checkAcid(proc).ifPresent(r -> {
            throw new Refused("TSS0293E INVALID VALUE FOR KEYWORD PROCNAME (" + r + ")");
        });
        String to = value(c, "ACID").toUpperCase(Locale.ROOT);
        TssNames.checkAcid(to).ifPresent(r -> {
            throw new Refused("TSS0211E ACCESSOR-ID MISSING OR INVALID (" + r + ")");
        });
        existing(to);
        for (TssCommand.Operand o : c.operands()) {
            if (!o.keyword().equals("PROCNAME") && !o.keyword().equals("ACID")) {
                throw new NotModelled("the keyword " + o.keyword() + " of an STC table entry is not modelled", STARTED);
            }
        }
        String now = data().startedTasks().get(proc);
        if (now == null) {
            p.changes.add(() -> db.startedTask(proc, to));
        } else if (!now.equals(to)) {
            throw new NotModelled("the STC table already maps PROCNAME(" + proc + ") to " + now + ": whether Top Secret refuses ACID("
                    + to + ") or replaces the entry is not modelled", STARTED);
        }
    }

    private void addResourceClass(Pending p) {
        TssCommand c = p.c;
        String cls = value(c, "RESCLASS").trim().toUpperCase(Locale.ROOT);
        TssNames.checkClass(cls).ifPresent(r -> {
            throw new Refused("TSS0293E INVALID VALUE FOR KEYWORD RESCLASS (" + r + ")");
        });
        if (PREDEFINED_CLASSES.contains(cls) || data().resourceClass(cls).isPresent()) {
            throw failed(c, "RESCLASS(" + cls + ") is already in the RDT");
        }
        List<String> attributes = new ArrayList<>();
        for (TssCommand.Operand o : c.operands()) {
            String k = o.keyword();
            if (!RDT_KEYWORDS.contains(k)) {
                throw new NotModelled("the RDT keyword " + k + " is not modelled", classReach(cls));
            }
            if ((k.equals("ATTR") || k.equals("ATTRIBUTE")) && o.hasValue()) {
                attributes.addAll(TssOutputWords.of(o));
            } else if (k.equals("DEFPROT")) {
                attributes.add("DEFPROT");
            }
        }
        String defacc = c.operand("DEFACC").filter(TssCommand.Operand::hasValue).map(o -> o.value().trim().toUpperCase(Locale.ROOT)).orElse(null);
        p.changes.add(() -> {
            var rc = data().resourceClassOrCreate(cls);
            rc.setDefaultAccess(defacc);
            attributes.stream().map(x -> x.toUpperCase(Locale.ROOT)).forEach(rc.attributes()::add);
        });
    }

    // ---- REMOVE

    private void remove(Pending p) {
        TssCommand c = p.c;
        String acid = acidOf(c);
        if (acid.equals("STC")) {
            String proc = value(c, "PROCNAME").toUpperCase(Locale.ROOT);
            if (!data().startedTasks().containsKey(proc)) {
                throw failed(c, "PROCNAME(" + proc + ") is not in the STC table");
            }
            p.changes.add(() -> db.removeStartedTask(proc));
            return;
        }
        if (acid.equals("RDT")) {
            removeResourceClass(p);
            return;
        }
        TssAcid a = record(acid);
        boolean[] omvs = new boolean[3];
        for (TssCommand.Operand o : c.operands()) {
            String k = o.keyword();
            switch (k) {
                case "GROUP", "GROUPS" -> list(o).forEach(g -> {
                    if (db.model().findConnection(acid, g).isEmpty() || a.profiles().contains(g)) {
                        throw failed(c, acid + " is not attached to group " + g);
                    }
                    p.changes.add(() -> db.removeGroup(acid, g));
                });
                case "DFLTGRP" -> p.changes.add(() -> db.model().findUser(acid).ifPresent(u -> u.setDefaultGroup(null)));
                case "PROFILE", "PROFILES" -> list(o).forEach(pr -> {
                    if (!a.profiles().contains(pr)) {
                        throw failed(c, acid + " does not have profile " + pr);
                    }
                    p.changes.add(() -> db.removeProfile(acid, pr));
                });
                case "UID" -> omvs[0] = true;
                case "HOME" -> omvs[1] = true;
                case "OMVSPGM" -> omvs[2] = true;
                case "GID" -> p.changes.add(() -> {
                    if (db.model().findGroup(acid).isPresent()) {
                        db.setGid(acid, null);
                    }
                });
                case "FAC", "FACILITY" -> list(o).forEach(f -> p.changes.add(() -> data().acidOrCreate(acid).facilities().remove(f)));
                case "MASTFAC" -> p.changes.add(() -> data().acidOrCreate(acid).setMasterFacility(null));
                default -> {
                    if (ATTRIBUTES.contains(k) && !o.hasValue()) {
                        p.changes.add(() -> db.setAttribute(acid, k, false));
                    } else if (isResourceClass(k) && o.hasValue()) {
                        String cls = tssClass(k);
                        String res = resource(o);
                        if (!a.owns(cls, res)) {
                            throw failed(c, acid + " does not own " + cls + "(" + res + ")");
                        }
                        p.changes.add(() -> db.disown(acid, cls, res));
                    } else {
                        p.uncertain.add(unknownKeyword(o));
                    }
                }
            }
        }
        if (omvs[0] || omvs[1] || omvs[2]) {
            p.changes.add(() -> db.removeOmvs(acid, omvs[0], omvs[1], omvs[2]));
        }
    }

    private void removeResourceClass(Pending p) {
        TssCommand c = p.c;
        String cls = value(c, "RESCLASS").trim().toUpperCase(Locale.ROOT);
        if (data().resourceClass(cls).isEmpty()) {
            throw new NotModelled("the RDT as read does not list RESCLASS(" + cls + "), so whether Top Secret removes it is not known", classReach(cls));
        }
        boolean inUse = data().acids().stream().anyMatch(x -> x.ownerships().containsKey(cls)
                || x.permits().stream().anyMatch(pm -> pm.tssClass().equals(cls)));
        if (inUse) {
            throw new NotModelled("RESCLASS(" + cls + ") still has owned or permitted resources", classReach(cls));
        }
        p.changes.add(() -> data().removeResourceClass(cls));
    }

    // ---- REPLACE

    private void replace(Pending p) {
        TssCommand c = p.c;
        String acid = acidOf(c);
        if (acid.equals("RDT")) {
            replaceResourceClass(p);
            return;
        }
        if (acid.equals("STC")) {
            String proc = value(c, "PROCNAME").toUpperCase(Locale.ROOT);
            String to = value(c, "ACID").toUpperCase(Locale.ROOT);
            if (!data().startedTasks().containsKey(proc)) {
                throw failed(c, "PROCNAME(" + proc + ") is not in the STC table");
            }
            existing(to);
            p.changes.add(() -> db.startedTask(proc, to));
            return;
        }
        TssAcid a = existing(acid);
        for (TssCommand.Operand o : c.operands()) {
            switch (o.keyword()) {
                case "DFLTGRP" -> {
                    String g = single(o);
                    if (db.model().findConnection(acid, g).isEmpty()) {
                        throw failed(c, "DFLTGRP(" + g + ") is not one of " + acid + "'s groups");
                    }
                    p.changes.add(() -> db.setDefaultGroup(acid, g));
                }
                case "UID" -> {
                    requireUser(c, a, "UID");
                    long uid = isAuto(o) ? firstUnused(usedUids(p), c) : number(o);
                    p.changes.add(() -> db.setOmvs(acid, uid, null, null));
                }
                case "HOME" -> {
                    String h = path(o);
                    p.changes.add(() -> db.setOmvs(acid, null, h, null));
                }
                case "OMVSPGM" -> {
                    String pg = path(o);
                    p.changes.add(() -> db.setOmvs(acid, null, null, pg));
                }
                case "GID" -> {
                    long gid = isAuto(o) ? firstUnused(usedGids(p), c) : number(o);
                    p.changes.add(() -> db.setGid(acid, gid));
                }
                case "RANGE" -> range(c);
                case "NAME" -> p.changes.add(() -> db.define(acid, null, o.value(), null));
                case "PASSWORD", "PASS" -> p.note(TssObservation.OUTSIDE_THE_RULES, label(c)
                        + " PASSWORD: a new password; no requirement reads passwords (PROTECTED is an attribute of its own)");
                default -> p.uncertain.add(unknownKeyword(o));
            }
        }
    }

    /**
     * REPLACE(RDT) changes an existing class's entry ("To change the values of previously-defined
     * resource classes", Implementation Guide, RDT): ATTR(DEFPROT) and ATTR(NODEFPROT), DEFACC.
     */
    private void replaceResourceClass(Pending p) {
        TssCommand c = p.c;
        String cls = value(c, "RESCLASS").trim().toUpperCase(Locale.ROOT);
        if (data().resourceClass(cls).isEmpty() && !RESOURCE_CLASSES.contains(cls) && !PREDEFINED_CLASSES.contains(cls)) {
            throw new NotModelled("the RDT as read does not list RESCLASS(" + cls + "), so whether Top Secret changes it is not known",
                    classReach(cls));
        }
        List<String> attributes = new ArrayList<>();
        for (TssCommand.Operand o : c.operands()) {
            String k = o.keyword();
            if (!RDT_KEYWORDS.contains(k)) {
                throw new NotModelled("the RDT keyword " + k + " is not modelled", classReach(cls));
            }
            if ((k.equals("ATTR") || k.equals("ATTRIBUTE")) && o.hasValue()) {
                attributes.addAll(TssOutputWords.of(o));
            }
        }
        String defacc = c.operand("DEFACC").filter(TssCommand.Operand::hasValue).map(o -> o.value().trim().toUpperCase(Locale.ROOT)).orElse(null);
        p.changes.add(() -> {
            var rc = data().resourceClassOrCreate(cls);
            if (defacc != null) {
                rc.setDefaultAccess(defacc);
            }
            for (String a : attributes) {
                String x = a.toUpperCase(Locale.ROOT);
                if (x.equals("NODEFPROT")) {
                    rc.attributes().remove("DEFPROT");
                } else {
                    rc.attributes().add(x);
                }
            }
        });
    }

    // ---- DELETE

    private void delete(Pending p) {
        String acid = acidOf(p.c);
        existing(acid);
        p.changes.add(() -> db.delete(acid));
    }

    // ---- PERMIT and REVOKE

    private void permit(Pending p) {
        TssCommand c = p.c;
        String acid = acidOf(c);
        TssCommand.Operand res = resourceOperand(c);
        String cls = tssClass(res.keyword());
        TssAcid target = record(acid);
        String resource = resource(res);
        if (!acid.equals(TssData.ALL_RECORD) && NOT_PERMITTABLE.contains(target.type())) {
            throw new Refused("TSS0301I PERMIT FUNCTION FAILED: " + acid + " is TYPE(" + target.type()
                    + "); only users and profiles are permitted resources");
        }
        if (!OwnedNames.owned(data(), cls, resource)) {
            throw new Refused("TSS0301I PERMIT FUNCTION FAILED: no ACID owns " + cls + "(" + resource
                    + "); a resource must be owned before access can be permitted");
        }
        for (TssCommand.Operand o : c.operands()) {
            if (o != res && !o.keyword().equals("ACCESS") && !o.keyword().equals("ACTION")) {
                throw new NotModelled("the PERMIT keyword " + o.keyword() + " (a condition on the permit) is not modelled", classReach(cls));
            }
        }
        List<String> levels = c.operand("ACCESS").map(TssOutputWords::of).orElse(List.of());
        String action = c.operand("ACTION").map(o -> o.value().toUpperCase(Locale.ROOT)).orElse(null);
        p.changes.add(() -> db.permit(acid, new TssPermit(cls, resource, levels, action)));
    }

    private void revoke(Pending p) {
        TssCommand c = p.c;
        String acid = acidOf(c);
        TssCommand.Operand res = resourceOperand(c);
        String cls = tssClass(res.keyword());
        TssAcid a = record(acid);
        String resource = resource(res);
        for (TssCommand.Operand o : c.operands()) {
            if (o != res && !o.keyword().equals("ACCESS")) {
                throw new NotModelled("the REVOKE keyword " + o.keyword() + " (which permit it revokes) is not modelled", classReach(cls));
            }
        }
        List<TssPermit> held = a.permits().stream().filter(x -> x.tssClass().equals(cls) && x.resource().equals(resource)).toList();
        if (held.isEmpty()) {
            throw failed(c, acid + " has no permit to " + cls + "(" + resource + ")");
        }
        Optional<List<String>> access = c.operand("ACCESS").map(TssOutputWords::of);
        if (access.isPresent() && held.stream().noneMatch(x -> x.levels().equals(access.get()))) {
            throw new NotModelled(acid + "'s permit to " + cls + "(" + resource + ") has ACCESS(" + String.join(",", held.get(0).levels())
                    + "): what Top Secret revokes for ACCESS(" + String.join(",", access.get()) + ") is not modelled", classReach(cls));
        }
        p.changes.add(() -> db.revoke(acid, cls, resource));
    }

    // ---- MODIFY

    private void modify(Pending p) {
        TssCommand c = p.c;
        String text = c.text().toUpperCase(Locale.ROOT);
        if (text.contains("=")) {
            throw new NotModelled("MODIFY with a value changes Top Secret's control options or facility matrix in storage, which"
                    + " esmscan does not model", Reach.everything());
        }
        if (text.contains("OMVSTABS")) {
            p.note(TssObservation.NO_EFFECT, label(c) + ": refreshes Top Secret's OMVS tables in storage; the security file does not change");
        } else {
            p.note(TssObservation.LISTING, label(c) + ": displays Top Secret's settings; it changes nothing");
        }
    }

    // ---- helpers

    private TssCommand.Operand resourceOperand(TssCommand c) {
        for (TssCommand.Operand o : c.operands()) {
            String k = o.keyword();
            if (o.hasValue() && !k.equals("ACCESS") && !k.equals("ACTION")) {
                if (isResourceClass(k)) {
                    return o;
                }
                throw new NotModelled("the resource class " + k + " is neither one esmscan knows nor in the RDT as read", classReach(k));
            }
        }
        throw new Refused("TSS0301I " + function(c) + " FUNCTION FAILED: no resource is named");
    }

    private boolean isResourceClass(String keyword) {
        return RESOURCE_CLASSES.contains(keyword) || DATASET_KEYWORDS.contains(keyword) || data().resourceClass(keyword).isPresent();
    }

    private static String tssClass(String keyword) {
        return DATASET_KEYWORDS.contains(keyword) ? "DATASET" : keyword;
    }

    /** The SAF class a Top Secret resource class stands for (IBMFAC is FACILITY; data sets are DATASET). */
    private static Reach classReach(String tssClass) {
        String neutral = TssClasses.toNeutral(tssClass(tssClass));
        return TssNames.checkClass(neutral).isEmpty() ? Reach.classes(neutral) : Reach.everything();
    }

    /** The classes the resource-class keywords of a command name; nothing when it names none. */
    private Reach namedClasses(TssCommand c) {
        Reach r = Reach.nothing();
        for (TssCommand.Operand o : c.operands()) {
            if (o.hasValue() && isResourceClass(o.keyword())) {
                r = r.plus(classReach(o.keyword()));
            }
        }
        return r;
    }

    /** A keyword esmscan does not model on an ACID: it could change the ACID, or, with a value, a class of that name. */
    private static Uncertain unknownKeyword(TssCommand.Operand o) {
        Reach reach = Reach.identities();
        if (o.hasValue() && TssNames.checkClass(o.keyword()).isEmpty()) {
            reach = reach.plus(classReach(o.keyword()));
        }
        return new Uncertain("the keyword " + o.keyword() + " is not modelled", reach);
    }

    private void requireType(TssCommand c, String acid, String type) {
        TssNames.checkAcid(acid).ifPresent(r -> {
            throw new Refused("TSS0211E ACCESSOR-ID MISSING OR INVALID (" + type.toLowerCase(Locale.ROOT) + " " + r + ")");
        });
        Optional<TssAcid> a = data().acid(acid);
        boolean known = a.isPresent() && type.equals(a.get().type());
        boolean neutral = "GROUP".equals(type) && db.model().findGroup(acid).isPresent() && (a.isEmpty() || a.get().type() == null);
        if (known || neutral) {
            return;
        }
        if (a.isEmpty() || a.get().type() == null) {
            throw missing(acid);
        }
        throw failed(c, acid + " is TYPE(" + a.get().type() + "), not TYPE(" + type + ")");
    }

    private static void requireUser(TssCommand c, TssAcid a, String keyword) {
        if (!TssDatabase.isUserType(a.type())) {
            throw failed(c, keyword + " is for user ACIDs; " + a.name() + " is TYPE(" + a.type() + ")");
        }
    }

    private static String value(TssCommand c, String keyword) {
        return c.operand(keyword).filter(TssCommand.Operand::hasValue).map(o -> o.value().trim())
                .orElseThrow(() -> failed(c, keyword + " is missing"));
    }

    private static List<String> list(TssCommand.Operand o) {
        if (!o.hasValue()) {
            throw new Refused("TSS0293E INVALID VALUE FOR KEYWORD " + o.keyword() + " (no value)");
        }
        return TssOutputWords.of(o);
    }

    private static String single(TssCommand.Operand o) {
        List<String> l = list(o);
        if (l.size() != 1) {
            throw new Refused("TSS0293E INVALID VALUE FOR KEYWORD " + o.keyword() + " (one value)");
        }
        TssNames.checkAcid(l.get(0)).ifPresent(r -> {
            throw new Refused("TSS0293E INVALID VALUE FOR KEYWORD " + o.keyword() + " (" + r + ")");
        });
        return l.get(0);
    }

    private static long number(TssCommand.Operand o) {
        try {
            long n = Long.parseLong(o.hasValue() ? o.value().trim() : "");
            if (n < 0 || n > 2147483647L) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Refused("TSS0293E INVALID VALUE FOR KEYWORD " + o.keyword());
        }
    }

    private static String path(TssCommand.Operand o) {
        if (!o.hasValue()) {
            throw new Refused("TSS0293E INVALID VALUE FOR KEYWORD " + o.keyword() + " (no value)");
        }
        TssNames.checkPath(o.value()).ifPresent(r -> {
            throw new Refused("TSS0293E INVALID VALUE FOR KEYWORD " + o.keyword() + " (" + r + ")");
        });
        return o.value();
    }

    private static String resource(TssCommand.Operand o) {
        String r = o.value().trim().toUpperCase(Locale.ROOT);
        TssNames.checkResource(r).ifPresent(x -> {
            throw new Refused("TSS0293E INVALID VALUE FOR KEYWORD " + o.keyword() + " (" + x + ")");
        });
        return r;
    }
}
