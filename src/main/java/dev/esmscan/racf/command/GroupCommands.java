package dev.esmscan.racf.command;

import dev.esmscan.model.Connection;
import dev.esmscan.model.Group;
import java.util.List;
import java.util.Optional;

/** ADDGROUP, ALTGROUP and DELGROUP. */
final class GroupCommands {
    static final Keywords OMVS = Keywords.of("AUTOGID GID SHARED NOGID");

    private GroupCommands() {
    }

    /** OMVS(GID(n)), OMVS(AUTOGID), OMVS(NOGID) or a bare OMVS segment. */
    private record GidChange(Long gid, boolean auto, boolean remove) {
    }

    static void addGroup(Execution ex) {
        List<String> names = ex.positionalNames(0, "group name");
        Operands ops = ex.operands;
        Optional<String> superior = ops.upperValue("SUPGROUP");
        Optional<String> owner = ops.upperValue("OWNER");
        Optional<String> data = ops.text("DATA");
        boolean universal = ops.flag("UNIVERSAL");
        Optional<GidChange> omvs = gidChange(ex, ops.segment("OMVS", OMVS));
        checkNames(ex, names);
        superior.ifPresent(s -> requireGroup(ex, s, "superior group"));
        if (ex.rejected()) {
            return;
        }
        for (String name : names) {
            if (ex.model.findGroup(name).isPresent()) {
                ex.refuseName("group " + name + " is already defined; RACF does not add it again");
                continue;
            }
            if (ex.model.findUser(name).isPresent()) {
                ex.refuseName(name + " is already defined as a user; RACF does not add a group of that name");
                continue;
            }
            Group g = ex.model.group(name);
            g.setBaseRecordSeen(true);
            superior.ifPresent(g::setSuperiorGroup);
            owner.ifPresent(g::setOwner);
            data.ifPresent(g::setInstallationData);
            g.setUniversal(universal);
            omvs.ifPresent(change -> applyGid(ex, g, change));
        }
    }

    static void alterGroup(Execution ex) {
        List<String> names = ex.positionalNames(0, "group name");
        Operands ops = ex.operands;
        ops.exclusive("OMVS", "NOOMVS");
        ops.exclusive("DATA", "NODATA");
        Optional<String> superior = ops.upperValue("SUPGROUP");
        Optional<String> owner = ops.upperValue("OWNER");
        Optional<String> data = ops.text("DATA");
        boolean noData = ops.flag("NODATA");
        boolean noOmvs = ops.flag("NOOMVS");
        Optional<GidChange> omvs = gidChange(ex, ops.segment("OMVS", OMVS));
        checkNames(ex, names);
        superior.ifPresent(s -> requireGroup(ex, s, "superior group"));
        if (ex.rejected()) {
            return;
        }
        for (String name : names) {
            Optional<Group> found = ex.model.findGroup(name);
            if (found.isEmpty()) {
                ex.refuseName("group " + name + " is not defined; nothing is changed (ICH20013I " + name + " NOT ALTERED)");
                continue;
            }
            Group g = found.get();
            superior.ifPresent(g::setSuperiorGroup);
            owner.ifPresent(g::setOwner);
            data.ifPresent(g::setInstallationData);
            if (noData) {
                g.setInstallationData(null);
            }
            if (noOmvs) {
                g.setOmvsSegment(false);
                g.setGid(null);
            }
            omvs.ifPresent(change -> applyGid(ex, g, change));
        }
    }

    static void deleteGroup(Execution ex) {
        List<String> names = ex.positionalNames(0, "group name");
        checkNames(ex, names);
        if (ex.rejected()) {
            return;
        }
        for (String name : names) {
            if (ex.model.findGroup(name).isEmpty()) {
                ex.refuseName("group " + name + " is not defined; nothing is deleted (ICH05004I " + name + " NOT DELETED)");
                continue;
            }
            List<String> members = ex.model.connections().stream()
                    .filter(c -> c.getGroup().equals(name)).map(Connection::getUserId).sorted().toList();
            if (!members.isEmpty()) {
                ex.refuseName("group " + name + " still has users connected " + members + "; RACF requires REMOVE first (ICH05004I " + name + " NOT DELETED)");
                continue;
            }
            List<String> subgroups = ex.model.groups().stream()
                    .filter(g -> name.equals(g.getSuperiorGroup())).map(Group::getName).sorted().toList();
            if (!subgroups.isEmpty()) {
                ex.refuseName("group " + name + " still has subgroups " + subgroups + " (ICH05004I " + name + " NOT DELETED)");
                continue;
            }
            Optional<String> dataset = DatasetProfiles.firstWithHighLevelQualifier(ex.model, name);
            if (dataset.isPresent()) {
                ex.refuseName("group " + name + " is the high-level qualifier of the data set profile " + dataset.get()
                        + " (ICH05006I " + name + " CANNOT BE DELETED, GROUP DATA SETS STILL DEFINED TO RACF)");
                continue;
            }
            ex.model.removeGroup(name);
        }
    }

    private static Optional<GidChange> gidChange(Execution ex, Optional<Operands> segment) {
        if (segment.isEmpty()) {
            return Optional.empty();
        }
        Operands omvs = segment.get();
        omvs.exclusive("GID", "AUTOGID");
        omvs.exclusive("GID", "NOGID");
        omvs.exclusive("AUTOGID", "NOGID");
        Optional<Long> gid = omvs.value("GID").flatMap(v -> Values.unixId(ex, "GID", v));
        boolean auto = omvs.flag("AUTOGID");
        boolean remove = omvs.flag("NOGID");
        return Optional.of(new GidChange(gid.orElse(null), auto, remove));
    }

    private static void applyGid(Execution ex, Group g, GidChange change) {
        g.setOmvsSegment(true);
        if (change.auto()) {
            g.setGid(AutoIds.nextGid(ex.model));
        } else if (change.gid() != null) {
            g.setGid(change.gid());
        } else if (change.remove()) {
            g.setGid(null);
        }
    }

    static void checkNames(Execution ex, List<String> names) {
        for (String name : names) {
            RacfNames.checkGroupName(name).ifPresent(ex::reject);
        }
    }

    static void requireGroup(Execution ex, String name, String what) {
        if (ex.model.findGroup(name).isEmpty()) {
            ex.refuse(what + " " + name + " is not defined; RACF does not run the command");
        }
    }
}
