package dev.esmscan.policy.checks;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.model.OmvsSegment;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;
import dev.esmscan.policy.Check;
import dev.esmscan.remediation.Intent.CompleteUserOmvs;
import dev.esmscan.remediation.Intent.Connect;
import dev.esmscan.remediation.Intent.SetDefaultGroup;

/**
 * Seed 000 "Configure user IDs and groups for the Zowe started tasks": a server user has a valid
 * OMVS segment (UID, HOME, PROGRAM), the STC group as default group, and belongs to the admin group.
 */
public final class ServerUserDefinition {

    private ServerUserDefinition() {
    }

    public static Check check(User user, SiteSettings settings, SecurityModel model) {
        String id = user.getId();
        String stcGroup = settings.getStcGroup();
        String admin = settings.getAdminGroup();
        OmvsSegment omvs = user.getOmvs();
        boolean hasUid = omvs != null && omvs.hasUid();
        boolean hasHome = omvs != null && omvs.home() != null;
        boolean hasProgram = omvs != null && omvs.program() != null;
        boolean inStcGroup = model.connection(id, stcGroup).isPresent();
        CompleteUserOmvs completeOmvs = new CompleteUserOmvs(id, !hasUid, hasHome ? null : ServerUsers.HOME,
                hasProgram ? null : ServerUsers.PROGRAM, omvs != null);
        Check check = new Check()
                .require(omvs != null, "user " + id + " has no OMVS segment", completeOmvs)
                .require(omvs == null || (hasUid && hasHome && hasProgram),
                        "its OMVS segment lacks" + (hasUid ? "" : " a UID") + (hasHome ? "" : " a HOME") + (hasProgram ? "" : " a PROGRAM"),
                        completeOmvs)
                .require(inStcGroup || stcGroup.equals(user.getDefaultGroup()), "not connected to " + stcGroup, new Connect(id, stcGroup))
                .require(stcGroup.equals(user.getDefaultGroup()), "default group is " + user.getDefaultGroup() + ", not " + stcGroup,
                        new SetDefaultGroup(id, stcGroup, user.getDefaultGroup()))
                .require(admin.equals(stcGroup) || model.connection(id, admin).isPresent(), "not connected to " + admin, new Connect(id, admin));
        if (omvs != null) {
            check.fact("OMVS UID " + omvs.uid() + ", HOME " + omvs.home() + ", PROGRAM " + omvs.program());
        }
        return check.fact("default group " + user.getDefaultGroup());
    }
}
