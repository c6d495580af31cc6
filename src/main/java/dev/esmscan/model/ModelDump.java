package dev.esmscan.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A canonical text rendering of a whole model, one fact per line, sorted, so that two models are
 * equal exactly when their dumps are. Access lists and conditional entries are sorted (their order
 * has no meaning to RACF); member lists keep their order (RACFVARS members are used in order).
 * Text values are written bare when they are plain printable ASCII, otherwise quoted with escapes;
 * an absent value is written as null.
 */
public final class ModelDump {
    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private ModelDump() {
    }

    /** The dump as one string, each line ended by a newline. */
    public static String dump(SecurityModel model) {
        StringBuilder s = new StringBuilder();
        for (String line : lines(model)) {
            s.append(line).append('\n');
        }
        return s.toString();
    }

    public static List<String> lines(SecurityModel model) {
        List<String> out = new ArrayList<>();
        users(model, out);
        groups(model, out);
        connections(model, out);
        profiles(model, out);
        classOptions(model, out);
        model.extensions().stream().sorted(Comparator.comparing(e -> e.getClass().getName()))
                .forEach(e -> e.dump().lines().forEach(out::add));
        return out;
    }

    private static void users(SecurityModel model, List<String> out) {
        List<User> users = new ArrayList<>(model.users());
        users.sort(Comparator.comparing(User::getId));
        for (User u : users) {
            String key = "user " + q(u.getId());
            out.add(key
                    + " name=" + q(u.getName())
                    + " defaultGroup=" + q(u.getDefaultGroup())
                    + " owner=" + q(u.getOwner())
                    + " installationData=" + q(u.getInstallationData())
                    + " special=" + u.isSpecial()
                    + " operations=" + u.isOperations()
                    + " auditor=" + u.isAuditor()
                    + " revokeFlag=" + u.isRevokeFlag()
                    + " revokeDate=" + u.getRevokeDate()
                    + " resumeDate=" + u.getResumeDate()
                    + " protected=" + u.isProtectedUser()
                    + " passwordPhrase=" + u.hasPasswordPhrase()
                    + " restricted=" + u.isRestricted()
                    + " baseRecordSeen=" + u.isBaseRecordSeen());
            OmvsSegment omvs = u.getOmvs();
            if (omvs != null) {
                out.add(key + " omvs uid=" + omvs.uid() + " home=" + q(omvs.home()) + " program=" + q(omvs.program()));
            }
        }
    }

    private static void groups(SecurityModel model, List<String> out) {
        List<Group> groups = new ArrayList<>(model.groups());
        groups.sort(Comparator.comparing(Group::getName));
        for (Group g : groups) {
            out.add("group " + q(g.getName())
                    + " superiorGroup=" + q(g.getSuperiorGroup())
                    + " owner=" + q(g.getOwner())
                    + " installationData=" + q(g.getInstallationData())
                    + " universal=" + g.isUniversal()
                    + " omvsSegment=" + g.hasOmvsSegment()
                    + " gid=" + g.getGid()
                    + " baseRecordSeen=" + g.isBaseRecordSeen());
        }
    }

    private static void connections(SecurityModel model, List<String> out) {
        List<Connection> connections = new ArrayList<>(model.connections());
        connections.sort(Comparator.comparing(Connection::getUserId).thenComparing(Connection::getGroup));
        for (Connection c : connections) {
            out.add("connection " + q(c.getUserId()) + " " + q(c.getGroup())
                    + " authority=" + q(c.getAuthority())
                    + " groupSpecial=" + c.isGroupSpecial()
                    + " groupOperations=" + c.isGroupOperations()
                    + " groupAuditor=" + c.isGroupAuditor()
                    + " revoked=" + c.isRevoked()
                    + " revokeDate=" + c.getRevokeDate()
                    + " resumeDate=" + c.getResumeDate());
        }
    }

    private static void profiles(SecurityModel model, List<String> out) {
        List<ResourceProfile> profiles = new ArrayList<>();
        model.classes().forEach(cp -> profiles.addAll(cp.all()));
        profiles.sort(Comparator.comparing(ResourceProfile::getClassName)
                .thenComparing(ResourceProfile::getName)
                .thenComparing(ResourceProfile::getVolume, NULLS_FIRST));
        for (ResourceProfile p : profiles) {
            String key = "profile " + q(p.getClassName()) + " " + q(p.getName()) + " volume=" + q(p.getVolume());
            out.add(key
                    + " generic=" + p.isGeneric()
                    + " uacc=" + p.getUniversalAccess()
                    + " rawUacc=" + q(p.getRawUniversalAccess())
                    + " warning=" + p.isWarning()
                    + " owner=" + q(p.getOwner())
                    + " installationData=" + q(p.getInstallationData())
                    + " baseRecordSeen=" + p.isBaseRecordSeen());
            StartedTaskData st = p.getStartedTaskData();
            if (st != null) {
                out.add(key + " started user=" + q(st.user()) + " group=" + q(st.group())
                        + " trusted=" + st.trusted() + " privileged=" + st.privileged() + " trace=" + st.trace());
            }
            List<String> entries = new ArrayList<>();
            for (AccessEntry e : p.getAccessList()) {
                entries.add(key + " access " + q(e.id()) + " " + e.level());
            }
            entries.sort(null);
            out.addAll(entries);
            List<String> conditional = new ArrayList<>();
            for (ConditionalAccessEntry e : p.getConditionalAccessList()) {
                conditional.add(key + " conditional " + q(e.conditionType()) + " " + q(e.conditionName())
                        + " " + q(e.id()) + " " + e.level());
            }
            conditional.sort(null);
            out.addAll(conditional);
            List<String> members = p.getMembers();
            for (int i = 0; i < members.size(); i++) {
                out.add(key + " member " + i + " " + q(members.get(i)));
            }
        }
    }

    private static void classOptions(SecurityModel model, List<String> out) {
        if (model.classOptions().isEmpty()) {
            out.add("classOptions none");
            return;
        }
        ClassOptions o = model.classOptions().get();
        out.add("classOptions listOfGroups=" + o.isListOfGroups() + " enhancedGenericNaming=" + o.isEnhancedGenericNaming());
        o.activeClasses().forEach(c -> out.add("classOptions active " + q(c)));
        o.raclistedClasses().forEach(c -> out.add("classOptions raclisted " + q(c)));
        o.genericClasses().forEach(c -> out.add("classOptions generic " + q(c)));
        o.genericCommandClasses().forEach(c -> out.add("classOptions genericCommand " + q(c)));
        if (!o.isComplete()) {
            out.add("classOptions partial listOfGroupsKnown=" + o.isListOfGroupsKnown()
                    + " enhancedGenericNamingKnown=" + o.isEnhancedGenericNamingKnown());
            o.activeKnownClasses().forEach(c -> out.add("classOptions activeKnown " + q(c)));
            o.raclistedKnownClasses().forEach(c -> out.add("classOptions raclistedKnown " + q(c)));
            o.genericKnownClasses().forEach(c -> out.add("classOptions genericKnown " + q(c)));
        }
    }

    /** A text value: bare when plain printable ASCII, quoted with escapes otherwise, null when absent. */
    static String q(String s) {
        if (s == null) {
            return "null";
        }
        if (isPlain(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static boolean isPlain(String s) {
        if (s.isEmpty() || Objects.equals(s, "null")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c > 0x7E || c == '"' || c == '\\' || c == '=') {
                return false;
            }
        }
        return true;
    }
}
