package dev.esmscan.policy;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.model.Connection;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Zowe end user ({@code <zowe_user>} in the seeds), a fact of the rule session. The site names
 * end users as user IDs or as groups meaning their connected users; a name that is neither a
 * defined user nor a group stays an end user that is not defined, so the rules can fail it.
 */
public final class ZoweEndUser {
    private final String userId;
    private final String viaGroup;
    private final boolean defined;

    public ZoweEndUser(String userId, String viaGroup, boolean defined) {
        this.userId = userId;
        this.viaGroup = viaGroup;
        this.defined = defined;
    }

    /** The end users the settings name, groups expanded to their connected users, each user once, in the order named. */
    public static List<ZoweEndUser> of(SiteSettings settings, SecurityModel model) {
        Map<String, ZoweEndUser> users = new LinkedHashMap<>();
        for (String name : settings.getZoweUsers()) {
            if (isDefinedUser(model, name)) {
                users.putIfAbsent(name, new ZoweEndUser(name, null, true));
            } else if (model.group(name).isPresent()) {
                for (Connection c : model.membersOf(name)) {
                    users.putIfAbsent(c.getUserId(), new ZoweEndUser(c.getUserId(), name, isDefinedUser(model, c.getUserId())));
                }
            } else {
                users.putIfAbsent(name, new ZoweEndUser(name, null, false));
            }
        }
        return new ArrayList<>(users.values());
    }

    private static boolean isDefinedUser(SecurityModel model, String id) {
        return model.user(id).map(User::isBaseRecordSeen).orElse(false);
    }

    public String getUserId() { return userId; }
    /** The group the site named that brought this user in; null when the user was named itself. */
    public String getViaGroup() { return viaGroup; }
    /** Whether the database defines the user. */
    public boolean isDefined() { return defined; }

    /** How the user came to be an end user, for evidence: "APPDEV1 (member of APPDEV)". */
    public String describe() {
        return viaGroup == null ? userId : userId + " (member of " + viaGroup + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
