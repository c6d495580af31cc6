package dev.esmscan.racf.command;

import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.Connection;
import dev.esmscan.model.Group;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;
import java.util.ArrayList;
import java.util.List;

/** Every field of a model as sorted text, to show that a rejected command changed nothing. */
final class ModelDump {

    private ModelDump() {
    }

    static String of(SecurityModel m) {
        List<String> lines = new ArrayList<>();
        for (User u : m.users()) {
            lines.add("user " + u.getId() + " name=" + u.getName() + " dfltgrp=" + u.getDefaultGroup() + " owner=" + u.getOwner()
                    + " data=" + u.getInstallationData() + " special=" + u.isSpecial() + " operations=" + u.isOperations()
                    + " auditor=" + u.isAuditor() + " revoke=" + u.isRevokeFlag() + "/" + u.getRevokeDate() + "/" + u.getResumeDate()
                    + " protected=" + u.isProtectedUser() + " phrase=" + u.hasPasswordPhrase() + " restricted=" + u.isRestricted() + " omvs=" + u.getOmvs()
                    + " base=" + u.isBaseRecordSeen());
        }
        for (Group g : m.groups()) {
            lines.add("group " + g.getName() + " sup=" + g.getSuperiorGroup() + " owner=" + g.getOwner() + " data="
                    + g.getInstallationData() + " universal=" + g.isUniversal() + " omvs=" + g.hasOmvsSegment() + " gid=" + g.getGid()
                    + " base=" + g.isBaseRecordSeen());
        }
        for (Connection c : m.connections()) {
            lines.add("connect " + c.getUserId() + " " + c.getGroup() + " auth=" + c.getAuthority() + " special=" + c.isGroupSpecial()
                    + " operations=" + c.isGroupOperations() + " auditor=" + c.isGroupAuditor() + " revoked=" + c.isRevoked() + "/" + c.getRevokeDate() + "/" + c.getResumeDate());
        }
        for (SecurityModel.ClassProfiles cp : m.classes()) {
            for (ResourceProfile p : cp.all()) {
                lines.add("profile " + p + " uacc=" + p.getUniversalAccess() + " warning=" + p.isWarning() + " owner=" + p.getOwner()
                        + " data=" + p.getInstallationData() + " stdata=" + p.getStartedTaskData() + " acl=" + p.getAccessList()
                        + " cacl=" + p.getConditionalAccessList() + " members=" + p.getMembers() + " base=" + p.isBaseRecordSeen());
            }
        }
        m.classOptions().ifPresent(o -> lines.add(options(o)));
        lines.sort(String::compareTo);
        return String.join("\n", lines);
    }

    private static String options(ClassOptions o) {
        return "options active=" + o.activeClasses() + " raclist=" + o.raclistedClasses() + " generic=" + o.genericClasses()
                + " gencmd=" + o.genericCommandClasses() + " grplist=" + o.isListOfGroups() + " egn=" + o.isEnhancedGenericNaming();
    }
}
