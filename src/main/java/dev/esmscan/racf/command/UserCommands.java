package dev.esmscan.racf.command;

import dev.esmscan.model.OmvsSegment;
import dev.esmscan.model.User;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** ADDUSER, ALTUSER and DELUSER. */
final class UserCommands {
    static final Keywords OMVS = Keywords.of("ASSIZEMAX AUTOUID CPUTIMEMAX FILEPROCMAX HOME MEMLIMIT MMAPAREAMAX PROCUSERMAX",
            "PROGRAM SHARED SHMEMMAX THREADSMAX UID NOASSIZEMAX NOCPUTIMEMAX NOFILEPROCMAX NOHOME NOMEMLIMIT NOMMAPAREAMAX",
            "NOPROCUSERMAX NOPROGRAM NOSHMEMMAX NOTHREADSMAX NOUID");

    private UserCommands() {
    }

    /** What a command says about the OMVS segment; null fields leave the current value. */
    private record OmvsChange(Long uid, boolean autoUid, boolean noUid, String home, boolean noHome,
                              String program, boolean noProgram) {

        OmvsSegment applyTo(OmvsSegment current, Long assignedUid) {
            OmvsSegment base = current == null ? new OmvsSegment(null, null, null) : current;
            Long newUid = assignedUid != null ? assignedUid : uid != null ? uid : noUid ? null : base.uid();
            String newHome = home != null ? home : noHome ? null : base.home();
            String newProgram = program != null ? program : noProgram ? null : base.program();
            return new OmvsSegment(newUid, newHome, newProgram);
        }
    }

    /** The operands ADDUSER and ALTUSER share, read and checked before anything changes. */
    private record Common(Optional<String> name, Optional<String> owner, Optional<String> data,
                          boolean password, boolean noPassword, boolean phrase, Optional<OmvsChange> omvs,
                          boolean special, boolean operations, boolean auditor, boolean restricted,
                          boolean revoke, Optional<LocalDate> revokeDate) {
    }

    private static Common common(Execution ex) {
        Operands ops = ex.operands;
        ops.exclusive("PASSWORD", "NOPASSWORD");
        Optional<String> name = ops.text("NAME");
        Optional<String> owner = ops.upperValue("OWNER");
        Optional<String> data = ops.text("DATA");
        boolean password = ops.operand("PASSWORD").isPresent();
        boolean noPassword = ops.flag("NOPASSWORD");
        boolean phrase = ops.operand("PHRASE").isPresent();
        Optional<OmvsChange> omvs = omvsChange(ex, ops.segment("OMVS", OMVS));
        boolean special = ops.flag("SPECIAL");
        boolean operations = ops.flag("OPERATIONS");
        boolean auditor = ops.flag("AUDITOR");
        boolean restricted = ops.flag("RESTRICTED");
        Optional<Operand> revokeOperand = ops.operand("REVOKE");
        Optional<LocalDate> revokeDate = revokeOperand.flatMap(o -> dateOf(ex, "REVOKE", o));
        return new Common(name, owner, data, password, noPassword, phrase, omvs, special, operations, auditor, restricted,
                revokeOperand.isPresent() && revokeDate.isEmpty(), revokeDate);
    }

    static void addUser(Execution ex) {
        List<String> ids = ex.positionalNames(0, "user ID");
        Operands ops = ex.operands;
        Optional<String> defaultGroup = ops.upperValue("DFLTGRP");
        Optional<String> authority = ops.upperValue("AUTHORITY").flatMap(a -> Values.groupAuthority(ex, a));
        Common c = common(ex);
        checkIds(ex, ids);
        defaultGroup.ifPresent(g -> GroupCommands.requireGroup(ex, g, "default group"));
        if (ex.rejected()) {
            return;
        }
        for (String id : ids) {
            if (ex.model.findUser(id).isPresent()) {
                ex.refuseName("user " + id + " is already defined; RACF does not add it again");
                continue;
            }
            if (ex.model.findGroup(id).isPresent()) {
                ex.refuseName(id + " is already defined as a group; RACF does not add a user of that name");
                continue;
            }
            User u = ex.model.user(id);
            u.setBaseRecordSeen(true);
            defaultGroup.ifPresent(g -> {
                u.setDefaultGroup(g);
                ex.model.connection(id, g).setAuthority(authority.orElse("USE"));
            });
            // without PASSWORD or NOPASSWORD RACF sets the default group name as the password
            u.setProtectedUser(c.noPassword() && !c.phrase());
            applyCommon(ex, u, c);
        }
    }

    static void alterUser(Execution ex) {
        List<String> ids = ex.positionalNames(0, "user ID");
        Operands ops = ex.operands;
        for (String[] pair : new String[][] {{"SPECIAL", "NOSPECIAL"}, {"OPERATIONS", "NOOPERATIONS"}, {"AUDITOR", "NOAUDITOR"},
                {"RESTRICTED", "NORESTRICTED"}, {"OMVS", "NOOMVS"}, {"DATA", "NODATA"}, {"PHRASE", "NOPHRASE"}}) {
            ops.exclusive(pair[0], pair[1]);
        }
        Optional<String> defaultGroup = ops.upperValue("DFLTGRP");
        Common c = common(ex);
        boolean noSpecial = ops.flag("NOSPECIAL");
        boolean noOperations = ops.flag("NOOPERATIONS");
        boolean noAuditor = ops.flag("NOAUDITOR");
        boolean noRestricted = ops.flag("NORESTRICTED");
        boolean noOmvs = ops.flag("NOOMVS");
        boolean noData = ops.flag("NODATA");
        boolean noPhrase = ops.flag("NOPHRASE");
        boolean noRevoke = ops.flag("NOREVOKE");
        boolean noResume = ops.flag("NORESUME");
        Optional<Operand> resumeOperand = ops.operand("RESUME");
        Optional<LocalDate> resumeDate = resumeOperand.flatMap(o -> dateOf(ex, "RESUME", o));
        checkIds(ex, ids);
        if (ex.rejected()) {
            return;
        }
        for (String id : ids) {
            Optional<User> found = ex.model.findUser(id);
            if (found.isEmpty()) {
                ex.refuseName("user " + id + " is not defined; nothing is changed (ICH21004I " + id + " NOT ALTERED)");
                continue;
            }
            if (defaultGroup.isPresent() && ex.model.findConnection(id, defaultGroup.get()).isEmpty()) {
                ex.refuseName("user " + id + " is not connected to " + defaultGroup.get() + ", so it cannot become the default group (ICH21004I DFLTGRP NOT ALTERED)");
                continue;
            }
            User u = found.get();
            defaultGroup.ifPresent(u::setDefaultGroup);
            if (noPhrase) {
                u.setPasswordPhrase(false);
            }
            if (c.password() || c.phrase()) {
                u.setProtectedUser(false);
            } else if (c.noPassword()) {
                // RACF ignores NOPASSWORD for a user with a password phrase (ICH21041I)
                u.setProtectedUser(!u.hasPasswordPhrase());
            }
            applyCommon(ex, u, c);
            if (noSpecial) {
                u.setSpecial(false);
            }
            if (noOperations) {
                u.setOperations(false);
            }
            if (noAuditor) {
                u.setAuditor(false);
            }
            if (noRestricted) {
                u.setRestricted(false);
            }
            if (noOmvs) {
                u.setOmvs(null);
            }
            if (noData) {
                u.setInstallationData(null);
            }
            if (noRevoke) {
                u.setRevokeDate(null);
            }
            if (noResume) {
                u.setResumeDate(null);
            }
            if (resumeOperand.isPresent()) {
                if (resumeDate.isPresent()) {
                    u.setResumeDate(resumeDate.get());
                } else {
                    u.setRevokeFlag(false);
                    u.setRevokeDate(null);
                    u.setResumeDate(null);
                }
            }
        }
    }

    static void deleteUser(Execution ex) {
        List<String> ids = ex.positionalNames(0, "user ID");
        checkIds(ex, ids);
        if (ex.rejected()) {
            return;
        }
        for (String id : ids) {
            if (!ex.model.removeUser(id)) {
                ex.refuseName("user " + id + " is not defined; nothing is deleted (ICH04006I " + id + " NOT DELETED)");
            }
        }
    }

    private static void applyCommon(Execution ex, User u, Common c) {
        c.name().ifPresent(u::setName);
        c.owner().ifPresent(u::setOwner);
        c.data().ifPresent(u::setInstallationData);
        if (c.phrase()) {
            u.setPasswordPhrase(true);
        }
        if (c.special()) {
            u.setSpecial(true);
        }
        if (c.operations()) {
            u.setOperations(true);
        }
        if (c.auditor()) {
            u.setAuditor(true);
        }
        if (c.restricted()) {
            u.setRestricted(true);
        }
        if (c.revoke()) {
            u.setRevokeFlag(true);
            u.setResumeDate(null);
        }
        c.revokeDate().ifPresent(u::setRevokeDate);
        c.omvs().ifPresent(change -> {
            Long assigned = change.autoUid() ? AutoIds.nextUid(ex.model) : null;
            u.setOmvs(change.applyTo(u.getOmvs(), assigned));
        });
    }

    private static Optional<OmvsChange> omvsChange(Execution ex, Optional<Operands> segment) {
        if (segment.isEmpty()) {
            return Optional.empty();
        }
        Operands omvs = segment.get();
        omvs.exclusive("UID", "AUTOUID");
        omvs.exclusive("UID", "NOUID");
        omvs.exclusive("AUTOUID", "NOUID");
        omvs.exclusive("HOME", "NOHOME");
        omvs.exclusive("PROGRAM", "NOPROGRAM");
        Long uid = omvs.value("UID").flatMap(v -> Values.unixId(ex, "UID", v)).orElse(null);
        // HOME and PROGRAM are z/OS UNIX paths: case-sensitive, so kept as written
        String home = omvs.value("HOME").orElse(null);
        String program = omvs.value("PROGRAM").orElse(null);
        return Optional.of(new OmvsChange(uid, omvs.flag("AUTOUID"), omvs.flag("NOUID"), home, omvs.flag("NOHOME"),
                program, omvs.flag("NOPROGRAM")));
    }

    static Optional<LocalDate> dateOf(Execution ex, String operand, Operand o) {
        if (!o.hasValues()) {
            return Optional.empty();
        }
        if (o.values().size() != 1 || o.values().get(0).hasValues()) {
            ex.reject(operand + " takes one date");
            return Optional.empty();
        }
        return Values.date(ex, operand, o.values().get(0).name());
    }

    static void checkIds(Execution ex, List<String> ids) {
        for (String id : ids) {
            RacfNames.checkUserId(id).ifPresent(ex::reject);
        }
    }
}
