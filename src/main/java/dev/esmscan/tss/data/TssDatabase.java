package dev.esmscan.tss.data;

import dev.esmscan.model.Connection;
import dev.esmscan.model.Group;
import dev.esmscan.model.OmvsSegment;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Changes to a Top Secret security file, applied to a model under construction: the neutral
 * model and {@link TssData} are kept in step, so the readers and the command interpreter map
 * Top Secret to the neutral model the same way.
 *
 * <p>The mapping: TYPE(USER) ACIDs and the administrator types (SCA, LSCA, ZCA, VCA, DCA,
 * MASTER) are users, an administrator being SPECIAL; TYPE(GROUP) and TYPE(PROFILE) ACIDs are
 * groups (a profile is the nearest neutral thing: it carries permits to its members), and both
 * GROUPS and PROFILES attachments are connections; the department is the owner; PROTECTED is the
 * protected user; SUSPEND is revocation; NORESCHK, NODSNCHK, NOVOLCHK and NOSUBCHK (bypass of
 * access checks) are OPERATIONS; OMVS UID, HOME, OMVSPGM and the group GID are the OMVS segments.
 * Departments, divisions and zones exist in {@link TssData} only.
 */
public final class TssDatabase {
    /** ACID types that administer security: mapped to SPECIAL users. */
    public static final Set<String> ADMINISTRATOR_TYPES = Set.of("SCA", "CENTRAL", "LSCA", "LIMITED", "ZCA", "VCA", "DCA", "MASTER");
    /** Attributes that bypass access checking: mapped to OPERATIONS. */
    public static final Set<String> BYPASS_ATTRIBUTES = Set.of("NORESCHK", "NODSNCHK", "NOVOLCHK", "NOSUBCHK");
    private static final Set<String> USER_TYPES = Set.of("USER");
    private static final Set<String> GROUP_TYPES = Set.of("GROUP", "PROFILE");

    private final SecurityModel.Builder model;
    private final TssData data;

    public TssDatabase(SecurityModel.Builder model) {
        this.model = model;
        this.data = TssData.of(model);
    }

    public TssData data() { return data; }
    public SecurityModel.Builder model() { return model; }

    /** A user-like ACID type (USER or an administrator). */
    public static boolean isUserType(String type) {
        return type != null && (USER_TYPES.contains(type) || ADMINISTRATOR_TYPES.contains(type));
    }

    public static boolean isGroupType(String type) {
        return type != null && GROUP_TYPES.contains(type);
    }

    /** The normalised type: DEPARTMENT is DEPT, DIVISION is DIV; everything upper case. */
    public static String normaliseType(String type) {
        String t = type.trim().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "DEPARTMENT" -> "DEPT";
            case "DIVISION" -> "DIV";
            default -> t;
        };
    }

    /** Defines (or redefines from a listing) an ACID of a type, with its name and department. */
    public TssAcid define(String acid, String type, String name, String department) {
        TssAcid a = data.acidOrCreate(acid);
        String t = type == null ? a.type() : normaliseType(type);
        a.setType(t);
        if (department != null) {
            a.setDepartment(department);
        }
        if (name != null) {
            a.setDisplayName(name);
        }
        if (isUserType(t)) {
            User u = model.user(acid);
            u.setBaseRecordSeen(true);
            u.setName(a.displayName());
            u.setOwner(a.department());
            u.setSpecial(ADMINISTRATOR_TYPES.contains(t));
            syncAttributes(acid);
        } else if (isGroupType(t)) {
            Group g = model.group(acid);
            g.setBaseRecordSeen(true);
            g.setOwner(a.department());
            g.setInstallationData(a.displayName());
        }
        return a;
    }

    /** Deletes an ACID: its user or group, its connections, and the connections to it. */
    public boolean delete(String acid) {
        boolean existed = data.removeAcid(acid);
        model.removeUser(acid);
        model.removeGroup(acid);
        for (Connection c : new ArrayList<>(model.connections())) {
            if (c.getGroup().equals(acid)) {
                model.removeConnection(c.getUserId(), acid);
            }
        }
        for (User u : model.users()) {
            if (acid.equals(u.getDefaultGroup())) {
                u.setDefaultGroup(null);
            }
        }
        return existed;
    }

    public void setAttribute(String acid, String attribute, boolean on) {
        TssAcid a = data.acidOrCreate(acid);
        if (on) {
            a.attributes().add(attribute);
        } else {
            a.attributes().remove(attribute);
        }
        syncAttributes(acid);
    }

    private void syncAttributes(String acid) {
        TssAcid a = data.acidOrCreate(acid);
        Optional<User> user = model.findUser(acid);
        if (user.isEmpty()) {
            return;
        }
        User u = user.get();
        u.setProtectedUser(a.attributes().contains("PROTECTED"));
        u.setRevokeFlag(a.attributes().contains("SUSPEND"));
        u.setOperations(a.attributes().stream().anyMatch(BYPASS_ATTRIBUTES::contains));
    }

    /** Attaches a user to a group (GROUPS). */
    public void addGroup(String acid, String group) {
        model.connection(acid, group);
    }

    public boolean removeGroup(String acid, String group) {
        Optional<User> u = model.findUser(acid);
        if (u.isPresent() && group.equals(u.get().getDefaultGroup())) {
            u.get().setDefaultGroup(null);
        }
        return model.removeConnection(acid, group);
    }

    public void setDefaultGroup(String acid, String group) {
        model.user(acid).setDefaultGroup(group);
    }

    /** Attaches a profile (PROFILES), at the end of the search order. */
    public void addProfile(String acid, String profile) {
        TssAcid a = data.acidOrCreate(acid);
        if (!a.profiles().contains(profile)) {
            a.profiles().add(profile);
        }
        model.connection(acid, profile);
    }

    public boolean removeProfile(String acid, String profile) {
        TssAcid a = data.acidOrCreate(acid);
        model.removeConnection(acid, profile);
        return a.profiles().remove(profile);
    }

    /** Sets the parts of a user's OMVS data that are not null; a present segment keeps the rest. */
    public void setOmvs(String acid, Long uid, String home, String program) {
        User u = model.user(acid);
        OmvsSegment old = u.getOmvs();
        u.setOmvs(new OmvsSegment(uid != null ? uid : old == null ? null : old.uid(),
                home != null ? home : old == null ? null : old.home(),
                program != null ? program : old == null ? null : old.program()));
    }

    /** Removes the named parts of a user's OMVS data; the segment goes when nothing is left. */
    public void removeOmvs(String acid, boolean uid, boolean home, boolean program) {
        Optional<User> user = model.findUser(acid);
        if (user.isEmpty() || user.get().getOmvs() == null) {
            return;
        }
        OmvsSegment o = user.get().getOmvs();
        OmvsSegment left = new OmvsSegment(uid ? null : o.uid(), home ? null : o.home(), program ? null : o.program());
        user.get().setOmvs(left.uid() == null && left.home() == null && left.program() == null ? null : left);
    }

    public void setGid(String group, Long gid) {
        Group g = model.group(group);
        g.setGid(gid);
        g.setOmvsSegment(gid != null);
    }

    public void own(String acid, String tssClass, String resource) {
        data.acidOrCreate(acid).ownerships().computeIfAbsent(tssClass, k -> new java.util.TreeSet<>()).add(resource);
    }

    public boolean disown(String acid, String tssClass, String resource) {
        TssAcid a = data.acidOrCreate(acid);
        Set<String> owned = a.ownerships().get(tssClass);
        boolean removed = owned != null && owned.remove(resource);
        if (owned != null && owned.isEmpty()) {
            a.ownerships().remove(tssClass);
        }
        return removed;
    }

    /** Adds a permit, replacing an earlier permit of the ACID to the same class and resource. */
    public void permit(String acid, TssPermit permit) {
        List<TssPermit> permits = data.acidOrCreate(acid).permits();
        permits.removeIf(p -> p.tssClass().equals(permit.tssClass()) && p.resource().equals(permit.resource()));
        permits.add(permit);
    }

    public boolean revoke(String acid, String tssClass, String resource) {
        return data.acidOrCreate(acid).permits().removeIf(p -> p.tssClass().equals(tssClass) && p.resource().equals(resource));
    }

    public void startedTask(String procName, String acid) {
        data.markStcTableGiven();
        data.startedTasks().put(procName, acid);
    }

    public boolean removeStartedTask(String procName) {
        data.markStcTableGiven();
        return data.startedTasks().remove(procName) != null;
    }
}
