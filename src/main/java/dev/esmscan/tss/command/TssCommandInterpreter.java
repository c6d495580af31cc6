package dev.esmscan.tss.command;

import dev.esmscan.model.SecurityModel;
import dev.esmscan.tss.TssNames;
import dev.esmscan.tss.data.TssAcid;
import dev.esmscan.tss.data.TssData;
import dev.esmscan.tss.data.TssDatabase;
import dev.esmscan.tss.data.TssPermit;
import dev.esmscan.tss.read.TssOutputWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Applies TSS commands to a model under construction the way Top Secret would: CREATE, ADD/ADDTO,
 * REMOVE, REPLACE, DELETE, PERMIT/PER, REVOKE, and the STC table through ADD(STC)/REMOVE(STC).
 * LIST, WHOHAS, WHOOWNS and MODIFY change nothing. A command Top Secret would refuse (an unknown
 * ACID, a missing department, an invalid name, a value that is not a number) changes nothing and
 * is reported with its line.
 */
public final class TssCommandInterpreter {
    /** Resource classes a keyword may name for ownership and permits, besides those the RDT lists. */
    static final Set<String> RESOURCE_CLASSES = Set.of("IBMFAC", "APPL", "CSFSERV", "CSFKEYS", "UNIXPRIV", "ZOWE", "XFACILIT",
            "IDIDMAP", "IDTDATA", "DATASET", "OPERCMDS", "SURROGAT", "JESSPOOL", "PTKTDATA", "RDATALIB", "SERVAUTH",
            "PROGRAM", "TSOAUTH", "SDSF", "CRYPTOZ", "EJBROLE", "ZMFAPLA", "ACCTNUM", "PROCNAME");
    private static final Set<String> ATTRIBUTES = Set.of("PROTECTED", "SUSPEND", "NORESCHK", "NODSNCHK", "NOVOLCHK", "NOSUBCHK");
    /** Top Secret permits resources to users and profiles only (Command Functions, PERMIT; Implementation Guide, "Resource Ownership"). */
    private static final Set<String> NOT_PERMITTABLE = Set.of("GROUP", "DEPT", "DIV", "ZONE");
    private static final Set<String> LISTINGS = Set.of("LIST", "LIS", "WHOHAS", "WHOH", "WHOOWNS", "WHOO", "MODIFY", "MOD", "HELP");

    private final TssDatabase db;

    public TssCommandInterpreter(SecurityModel.Builder model) {
        this.db = new TssDatabase(model);
    }

    /** Applies one command; returns the problems (empty when Top Secret would have accepted it). */
    public List<String> apply(TssCommand c) {
        List<String> problems = new ArrayList<>();
        try {
            switch (c.function()) {
                case "CREATE", "CRE" -> create(c);
                case "ADD", "ADDTO" -> add(c);
                case "REMOVE", "REM", "RMV" -> remove(c);
                case "REPLACE", "REP" -> replace(c);
                case "DELETE", "DEL" -> delete(c);
                case "PERMIT", "PER" -> permit(c);
                case "REVOKE", "REV" -> revoke(c);
                default -> {
                    if (!LISTINGS.contains(c.function())) {
                        throw new Refused("unknown TSS function " + c.function());
                    }
                }
            }
        } catch (Refused r) {
            problems.add("line " + c.line() + ": " + r.getMessage() + "; command not applied: " + c.text());
        }
        return problems;
    }

    /** A command Top Secret would reject. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private TssData data() {
        return db.data();
    }

    private String acidOf(TssCommand c) {
        if (c.target() == null || c.target().isBlank()) {
            throw new Refused("TSS0211E ACCESSOR-ID MISSING OR INVALID");
        }
        String acid = c.target().trim().toUpperCase(Locale.ROOT);
        TssNames.checkAcid(acid).ifPresent(r -> {
            throw new Refused("TSS0211E ACCESSOR-ID MISSING OR INVALID (" + r + ")");
        });
        return acid;
    }

    private TssAcid existing(String acid) {
        Optional<TssAcid> a = data().acid(acid);
        if (a.isEmpty() || a.get().type() == null) {
            throw new Refused("TSS0314E ACID DOES NOT EXIST: " + acid);
        }
        return a.get();
    }

    private void create(TssCommand c) {
        String acid = acidOf(c);
        if (data().acid(acid).map(a -> a.type() != null).orElse(false)) {
            throw new Refused("ACID " + acid + " ALREADY EXISTS");
        }
        String type = c.operand("TYPE").map(TssCommand.Operand::value).orElse("USER");
        type = TssDatabase.normaliseType(type);
        String dept = c.operand("DEPT").or(() -> c.operand("DEPARTMENT")).map(TssCommand.Operand::value).orElse(null);
        boolean needsDept = TssDatabase.isUserType(type) || TssDatabase.isGroupType(type);
        if (needsDept) {
            if (dept == null || TssNames.checkAcid(dept.toUpperCase(Locale.ROOT)).isPresent()) {
                throw new Refused("TSS0364E DEPARTMENT SPECIFICATION MISSING OR INVALID");
            }
            dept = dept.toUpperCase(Locale.ROOT);
            Optional<TssAcid> d = data().acid(dept);
            if (d.isPresent() && d.get().type() != null && !"DEPT".equals(d.get().type())) {
                throw new Refused("TSS0364E DEPARTMENT SPECIFICATION MISSING OR INVALID (" + dept + " is " + d.get().type() + ")");
            }
        }
        for (TssCommand.Operand o : c.operands()) {
            switch (o.keyword()) {
                case "TYPE", "DEPT", "DEPARTMENT", "NAME", "PASSWORD", "PASS", "PROTECTED", "DIV", "DIVISION", "ZONE" -> { }
                default -> throw new Refused("keyword " + o.keyword() + " is not handled on CREATE");
            }
        }
        String name = c.operand("NAME").map(TssCommand.Operand::value).orElse(null);
        db.define(acid, type, name, dept);
        if (c.operand("PROTECTED").isPresent()) {
            db.setAttribute(acid, "PROTECTED", true);
        }
    }

    private void add(TssCommand c) {
        String acid = acidOf(c);
        if (acid.equals("STC")) {
            String proc = value(c, "PROCNAME");
            String to = value(c, "ACID").toUpperCase(Locale.ROOT);
            TssNames.checkAcid(proc.toUpperCase(Locale.ROOT)).ifPresent(r -> {
                throw new Refused("invalid PROCNAME: " + r);
            });
            existing(to);
            db.startedTask(proc.toUpperCase(Locale.ROOT), to);
            return;
        }
        if (acid.equals("RDT")) {
            String cls = value(c, "RESCLASS").toUpperCase(Locale.ROOT);
            var rc = data().resourceClassOrCreate(cls);
            c.operand("DEFACC").ifPresent(o -> rc.setDefaultAccess(o.value().toUpperCase(Locale.ROOT)));
            if (c.operand("DEFPROT").isPresent()) {
                rc.attributes().add("DEFPROT");
            }
            return;
        }
        boolean allRecord = acid.equals(TssData.ALL_RECORD);
        TssAcid a = allRecord ? data().acidOrCreate(acid) : existing(acid);
        List<Runnable> changes = new ArrayList<>();
        for (TssCommand.Operand o : c.operands()) {
            String k = o.keyword();
            switch (k) {
                case "GROUP", "GROUPS" -> list(o).forEach(g -> {
                    requireType(g, "GROUP");
                    changes.add(() -> db.addGroup(acid, g));
                });
                case "DFLTGRP" -> {
                    String g = single(o);
                    requireType(g, "GROUP");
                    boolean attached = db.model().findConnection(acid, g).isPresent()
                            || c.operand("GROUP").map(x -> list(x).contains(g)).orElse(false);
                    if (!attached) {
                        throw new Refused("DFLTGRP(" + g + ") is not one of the ACID's groups");
                    }
                    changes.add(() -> db.setDefaultGroup(acid, g));
                }
                case "PROFILE", "PROFILES" -> list(o).forEach(p -> {
                    requireType(p, "PROFILE");
                    changes.add(() -> db.addProfile(acid, p));
                });
                case "UID" -> {
                    long n = number(o);
                    changes.add(() -> db.setOmvs(acid, n, null, null));
                }
                case "HOME" -> {
                    String h = path(o);
                    changes.add(() -> db.setOmvs(acid, null, h, null));
                }
                case "OMVSPGM" -> {
                    String p = path(o);
                    changes.add(() -> db.setOmvs(acid, null, null, p));
                }
                case "GID" -> {
                    long n = number(o);
                    if (!"GROUP".equals(a.type())) {
                        throw new Refused("GID is for TYPE(GROUP) ACIDs; " + acid + " is " + a.type());
                    }
                    changes.add(() -> db.setGid(acid, n));
                }
                case "FAC", "FACILITY" -> list(o).forEach(f -> changes.add(() -> a.facilities().add(f)));
                case "MASTFAC" -> {
                    String f = single(o);
                    changes.add(() -> a.setMasterFacility(f));
                }
                default -> {
                    if (ATTRIBUTES.contains(k) && !o.hasValue()) {
                        changes.add(() -> db.setAttribute(acid, k, true));
                    } else if (isResourceClass(k) && o.hasValue()) {
                        String res = resource(o);
                        changes.add(() -> db.own(acid, tssClass(k), res));
                    } else {
                        throw new Refused("keyword " + k + " is not handled on ADD");
                    }
                }
            }
        }
        changes.forEach(Runnable::run);
    }

    private void remove(TssCommand c) {
        String acid = acidOf(c);
        if (acid.equals("STC")) {
            String proc = value(c, "PROCNAME").toUpperCase(Locale.ROOT);
            if (!db.removeStartedTask(proc)) {
                throw new Refused("PROCNAME " + proc + " is not in the STC table");
            }
            return;
        }
        TssAcid a = existing(acid);
        List<Runnable> changes = new ArrayList<>();
        boolean uid = false;
        boolean home = false;
        boolean pgm = false;
        for (TssCommand.Operand o : c.operands()) {
            String k = o.keyword();
            switch (k) {
                case "GROUP", "GROUPS" -> list(o).forEach(g -> {
                    if (db.model().findConnection(acid, g).isEmpty()) {
                        throw new Refused(acid + " is not attached to group " + g);
                    }
                    changes.add(() -> db.removeGroup(acid, g));
                });
                case "DFLTGRP" -> changes.add(() -> db.setDefaultGroup(acid, null));
                case "PROFILE", "PROFILES" -> list(o).forEach(p -> {
                    if (!a.profiles().contains(p)) {
                        throw new Refused(acid + " does not have profile " + p);
                    }
                    changes.add(() -> db.removeProfile(acid, p));
                });
                case "UID" -> uid = true;
                case "HOME" -> home = true;
                case "OMVSPGM" -> pgm = true;
                case "GID" -> changes.add(() -> db.setGid(acid, null));
                case "FAC", "FACILITY" -> list(o).forEach(f -> changes.add(() -> a.facilities().remove(f)));
                case "MASTFAC" -> changes.add(() -> a.setMasterFacility(null));
                default -> {
                    if (ATTRIBUTES.contains(k) && !o.hasValue()) {
                        changes.add(() -> db.setAttribute(acid, k, false));
                    } else if (isResourceClass(k) && o.hasValue()) {
                        String res = resource(o);
                        if (!a.owns(tssClass(k), res)) {
                            throw new Refused(acid + " does not own " + k + "(" + res + ")");
                        }
                        changes.add(() -> db.disown(acid, tssClass(k), res));
                    } else {
                        throw new Refused("keyword " + k + " is not handled on REMOVE");
                    }
                }
            }
        }
        changes.forEach(Runnable::run);
        if (uid || home || pgm) {
            db.removeOmvs(acid, uid, home, pgm);
        }
    }

    private void replace(TssCommand c) {
        String acid = acidOf(c);
        if (acid.equals("STC")) {
            String proc = value(c, "PROCNAME").toUpperCase(Locale.ROOT);
            String to = value(c, "ACID").toUpperCase(Locale.ROOT);
            if (!db.data().startedTasks().containsKey(proc)) {
                throw new Refused("PROCNAME " + proc + " is not in the STC table");
            }
            existing(to);
            db.startedTask(proc, to);
            return;
        }
        existing(acid);
        for (TssCommand.Operand o : c.operands()) {
            switch (o.keyword()) {
                case "DFLTGRP" -> {
                    String g = single(o);
                    if (db.model().findConnection(acid, g).isEmpty()) {
                        throw new Refused("DFLTGRP(" + g + ") is not one of the ACID's groups");
                    }
                    db.setDefaultGroup(acid, g);
                }
                case "UID" -> db.setOmvs(acid, number(o), null, null);
                case "HOME" -> db.setOmvs(acid, null, path(o), null);
                case "OMVSPGM" -> db.setOmvs(acid, null, null, path(o));
                case "GID" -> db.setGid(acid, number(o));
                case "NAME" -> db.define(acid, null, o.value(), null);
                default -> throw new Refused("keyword " + o.keyword() + " is not handled on REPLACE");
            }
        }
    }

    private void delete(TssCommand c) {
        String acid = acidOf(c);
        existing(acid);
        db.delete(acid);
    }

    private void permit(TssCommand c) {
        String acid = acidOf(c);
        if (!acid.equals(TssData.ALL_RECORD) && NOT_PERMITTABLE.contains(existing(acid).type())) {
            throw new Refused("TSS0301I PERMIT FUNCTION FAILED: " + acid + " is TYPE(" + existing(acid).type()
                    + "); only users and profiles are permitted resources");
        }
        TssCommand.Operand res = resourceOperand(c);
        if (!OwnedNames.owned(data(), tssClass(res.keyword()), resource(res))) {
            throw new Refused("TSS0301I PERMIT FUNCTION FAILED: no ACID owns " + tssClass(res.keyword()) + "(" + resource(res)
                    + "); a resource must be owned before access can be permitted");
        }
        List<String> levels = c.operand("ACCESS").map(TssOutputWords::of).orElse(List.of());
        String action = c.operand("ACTION").map(o -> o.value().toUpperCase(Locale.ROOT)).orElse(null);
        for (TssCommand.Operand o : c.operands()) {
            if (o != res && !o.keyword().equals("ACCESS") && !o.keyword().equals("ACTION")) {
                throw new Refused("keyword " + o.keyword() + " is not handled on PERMIT");
            }
        }
        db.permit(acid, new TssPermit(tssClass(res.keyword()), resource(res), levels, action));
    }

    private void revoke(TssCommand c) {
        String acid = acidOf(c);
        TssCommand.Operand res = resourceOperand(c);
        if (!db.revoke(acid, tssClass(res.keyword()), resource(res))) {
            throw new Refused(acid + " has no permit to " + res.keyword() + "(" + res.value() + ")");
        }
    }

    private TssCommand.Operand resourceOperand(TssCommand c) {
        return c.operands().stream().filter(o -> isResourceClass(o.keyword()) && o.hasValue()).findFirst()
                .orElseThrow(() -> new Refused("no resource class keyword"));
    }

    private boolean isResourceClass(String keyword) {
        return RESOURCE_CLASSES.contains(keyword) || keyword.equals("DSN") || data().resourceClass(keyword).isPresent();
    }

    private static String tssClass(String keyword) {
        return keyword.equals("DSN") ? "DATASET" : keyword;
    }

    private void requireType(String acid, String type) {
        TssNames.checkAcid(acid).ifPresent(r -> {
            throw new Refused("invalid " + type.toLowerCase(Locale.ROOT) + " ACID: " + r);
        });
        Optional<TssAcid> a = data().acid(acid);
        boolean known = a.isPresent() && type.equals(a.get().type());
        boolean neutral = "GROUP".equals(type) && db.model().findGroup(acid).isPresent() && (a.isEmpty() || a.get().type() == null);
        if (!known && !neutral) {
            throw new Refused("TSS0314E ACID DOES NOT EXIST or is not TYPE(" + type + "): " + acid);
        }
    }

    private static String value(TssCommand c, String keyword) {
        return c.operand(keyword).filter(TssCommand.Operand::hasValue).map(TssCommand.Operand::value)
                .orElseThrow(() -> new Refused(keyword + " missing"));
    }

    private static List<String> list(TssCommand.Operand o) {
        if (!o.hasValue()) {
            throw new Refused(o.keyword() + " needs a value");
        }
        return TssOutputWords.of(o);
    }

    private static String single(TssCommand.Operand o) {
        List<String> l = list(o);
        if (l.size() != 1) {
            throw new Refused(o.keyword() + " takes one value");
        }
        TssNames.checkAcid(l.get(0)).ifPresent(r -> {
            throw new Refused(o.keyword() + ": " + r);
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
            throw new Refused(o.keyword() + " needs a value");
        }
        TssNames.checkPath(o.value()).ifPresent(r -> {
            throw new Refused(o.keyword() + ": " + r);
        });
        return o.value();
    }

    private static String resource(TssCommand.Operand o) {
        String r = o.value().trim().toUpperCase(Locale.ROOT);
        TssNames.checkResource(r).ifPresent(x -> {
            throw new Refused(o.keyword() + ": " + x);
        });
        return r;
    }
}
