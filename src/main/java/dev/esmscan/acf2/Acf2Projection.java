package dev.esmscan.acf2;

import dev.esmscan.acf2.access.Acf2Masks;
import dev.esmscan.acf2.access.Acf2Options;
import dev.esmscan.acf2.access.ClassMapping;
import dev.esmscan.acf2.access.ProfileSynthesis;
import dev.esmscan.acf2.access.RoleMembership;
import dev.esmscan.acf2.access.RuleSelection;
import dev.esmscan.acf2.db.Acf2Database;
import dev.esmscan.acf2.db.Acf2Record;
import dev.esmscan.acf2.db.RuleEntry;
import dev.esmscan.acf2.db.RuleSet;
import dev.esmscan.model.Group;
import dev.esmscan.model.OmvsSegment;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;
import java.util.ArrayList;
import java.util.Optional;

/**
 * The neutral model as ACF2's data implies it, rebuilt whole after every input and command:
 * <ul>
 *   <li>a logonid is a user: NAME, GROUP as default group, STC as protected (no password logon),
 *       SECURITY or ACCOUNT as SPECIAL, NON-CNCL or READALL as OPERATIONS, AUDIT as AUDITOR,
 *       RESTRICT as restricted, SUSPEND or CANCEL as revoked;</li>
 *   <li>an OMVS user profile record is its z/OS UNIX segment (UID, HOME, OMVSPGM), void under NO-OMVS;</li>
 *   <li>ACF2 has no groups: an X(ROL) role and an OMVS group profile record (GID) are each a group,
 *       and a logonid is connected to its GROUP and to every role that includes it;</li>
 *   <li>each resource rule set whose type maps to a class gives one profile per distinct line
 *       resource mask ({@link ProfileSynthesis}); started tasks stay in the GSO (the resolver reads them).</li>
 * </ul>
 */
public final class Acf2Projection {

    private Acf2Projection() {
    }

    public static void project(Acf2Database db, SecurityModel.Builder b) {
        new ArrayList<>(b.users()).forEach(u -> b.removeUser(u.getId()));
        new ArrayList<>(b.groups()).forEach(g -> b.removeGroup(g.getName()));
        new ArrayList<>(b.connections()).forEach(c -> b.removeConnection(c.getUserId(), c.getGroup()));
        new ArrayList<>(b.profiles()).forEach(p -> b.removeProfile(p.getClassName(), p.getName()));
        db.logonids().values().forEach(l -> user(l, b));
        db.omvsUsers().values().forEach(p -> omvs(p, db, b));
        db.roles().values().forEach(r -> b.group(r.recid()).setBaseRecordSeen(true));
        db.omvsGroups().values().forEach(p -> omvsGroup(p, b));
        RoleMembership membership = new RoleMembership(db);
        for (Acf2Record l : db.logonids().values()) {
            if (l.field("GROUP") != null) {
                b.connection(l.recid(), l.field("GROUP"));
            }
            membership.rolesOf(l.recid()).forEach(role -> b.connection(l.recid(), role));
        }
        profiles(db, b);
    }

    private static void user(Acf2Record l, SecurityModel.Builder b) {
        User u = b.user(l.recid());
        u.setBaseRecordSeen(true);
        u.setName(l.field("NAME"));
        u.setDefaultGroup(l.field("GROUP"));
        u.setProtectedUser(l.has("STC"));
        u.setSpecial(l.has("SECURITY") || l.has("ACCOUNT"));
        u.setOperations(l.has("NON-CNCL") || l.has("READALL"));
        u.setAuditor(l.has("AUDIT"));
        u.setRestricted(l.has("RESTRICT"));
        u.setRevokeFlag(l.has("SUSPEND") || l.has("CANCEL"));
    }

    private static void omvs(Acf2Record p, Acf2Database db, SecurityModel.Builder b) {
        Acf2Record lid = db.logonids().get(p.recid());
        if (lid != null && lid.has("NO-OMVS")) {
            return;
        }
        b.user(p.recid()).setOmvs(new OmvsSegment(number(p.field("UID")), p.field("HOME"), p.field("OMVSPGM")));
    }

    private static void omvsGroup(Acf2Record p, SecurityModel.Builder b) {
        Group g = b.group(p.recid());
        g.setBaseRecordSeen(true);
        g.setOmvsSegment(true);
        g.setGid(number(p.field("GID")));
    }

    private static void profiles(Acf2Database db, SecurityModel.Builder b) {
        ClassMapping classes = new ClassMapping(db);
        for (RuleSet rule : db.resourceRules().values()) {
            Optional<String> className = classes.classOf(rule.type());
            if (className.isEmpty()) {
                continue;
            }
            for (RuleEntry e : rule.entries()) {
                String name = e.resource().isEmpty() ? rule.key() : rule.key() + "." + e.resource();
                if (b.findProfile(className.get(), name).isPresent()) {
                    continue;
                }
                String probe = Acf2Masks.isMasked(name) ? null : name;
                Optional<RuleSelection.Selected> selected = probe == null
                        ? Optional.of(new RuleSelection.Selected(rule, e.resource().isEmpty(), e.resource()))
                        : RuleSelection.select(db, rule.type(), probe).filter(s -> s.rule() == rule);
                selected.ifPresent(s -> {
                    ResourceProfile synthesized = ProfileSynthesis.profile(className.get(), s, isLenient(rule, db));
                    ResourceProfile p = b.profile(className.get(), synthesized.getName());
                    p.setGeneric(synthesized.isGeneric());
                    p.setUniversalAccess(synthesized.getUniversalAccess());
                    p.setRawUniversalAccess(synthesized.getRawUniversalAccess());
                    p.setWarning(synthesized.isWarning());
                    p.setBaseRecordSeen(true);
                    p.setInstallationData(synthesized.getInstallationData());
                    p.getAccessList().clear();
                    p.getAccessList().addAll(synthesized.getAccessList());
                });
            }
        }
    }

    /** The mode that applies lets denials through (the rule set's $MODE counts only under OPTS MODE(RULE)). */
    private static boolean isLenient(RuleSet rule, Acf2Database db) {
        return new Acf2Options(db).modeFor(rule).lenient();
    }

    private static Long number(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
