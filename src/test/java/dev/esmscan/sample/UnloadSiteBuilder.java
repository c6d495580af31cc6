package dev.esmscan.sample;

import dev.esmscan.racf.unload.UnloadRecordWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Collects the profiles of a RACF database and writes them as an IRRDBU00 unload, in the order the
 * real unload has: groups, users, data sets, then general resources by class; profiles in the
 * database's EBCDIC key order (generic profiles of a class or high-level qualifier before the
 * discrete ones); and per profile the repeat records before the base record, as IRRDBU00 does
 * (0101/0102 before 0100; 0203/0205 before 0200; 0404 before 0400; 0503/0505/0507 before 0500).
 */
final class UnloadSiteBuilder {

    private static final Charset EBCDIC = Charset.forName("IBM1047");

    private final Map<String, GroupProfile> groups = new LinkedHashMap<>();
    private final Map<String, UserProfile> users = new LinkedHashMap<>();
    private final List<DatasetProfile> datasets = new ArrayList<>();
    private final List<ResourceProfile> resources = new ArrayList<>();

    GroupProfile group(String name, String superior, LocalDate created, String owner) {
        GroupProfile group = new GroupProfile(name, superior, created, owner);
        if (groups.putIfAbsent(name, group) != null) {
            throw new IllegalStateException("group defined twice: " + name);
        }
        return group;
    }

    UserProfile user(String id, String name, String defaultGroup, LocalDate created, String owner) {
        UserProfile user = new UserProfile(id, name, defaultGroup, created, owner);
        if (users.putIfAbsent(id, user) != null) {
            throw new IllegalStateException("user defined twice: " + id);
        }
        return user;
    }

    DatasetProfile dataset(String name, boolean generic, LocalDate created, String owner, String uacc) {
        DatasetProfile profile = new DatasetProfile(name, generic, created, owner, uacc);
        datasets.add(profile);
        return profile;
    }

    ResourceProfile resource(String className, String name, boolean generic, LocalDate created, String owner,
            String uacc) {
        ResourceProfile profile = new ResourceProfile(className, name, generic, created, owner, uacc);
        resources.add(profile);
        return profile;
    }

    /** The unload, LF-terminated records. */
    String unload() {
        validate();
        StringWriter text = new StringWriter();
        UnloadRecordWriter out = new UnloadRecordWriter(text);
        try {
            for (GroupProfile group : sorted(groups.values(), g -> key(g.name))) {
                writeGroup(out, group);
            }
            for (UserProfile user : sorted(users.values(), u -> key(u.id))) {
                writeUser(out, user);
            }
            Comparator<DatasetProfile> datasetOrder = Comparator
                    .comparing((DatasetProfile d) -> key(d.name.split("\\.", 2)[0]))
                    .thenComparing(d -> !d.generic)
                    .thenComparing(d -> key(d.name));
            for (DatasetProfile dataset : datasets.stream().sorted(datasetOrder).toList()) {
                writeDataset(out, dataset);
            }
            Comparator<ResourceProfile> resourceOrder = Comparator
                    .comparing((ResourceProfile r) -> key(r.className))
                    .thenComparing(r -> !r.generic)
                    .thenComparing(r -> key(r.name));
            for (ResourceProfile resource : resources.stream().sorted(resourceOrder).toList()) {
                writeResource(out, resource);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private void validate() {
        for (UserProfile user : users.values()) {
            requireGroup(user.defaultGroup, "default group of " + user.id);
            if (user.connects.stream().noneMatch(c -> c.group.equals(user.defaultGroup))) {
                throw new IllegalStateException(user.id + " is not connected to its default group");
            }
            user.connects.forEach(c -> requireGroup(c.group, "connect of " + user.id));
        }
        groups.values().forEach(g -> {
            if (g.superior != null) {
                requireGroup(g.superior, "superior of " + g.name);
            }
        });
        for (ResourceProfile r : resources) {
            r.access.forEach(a -> requireIdentity(a.id, r.className + " " + r.name));
            if (r.startedUser != null) {
                requireIdentity(r.startedUser, "STDATA of " + r.name);
                requireGroup(r.startedGroup, "STDATA of " + r.name);
            }
        }
        for (DatasetProfile d : datasets) {
            d.access.forEach(a -> requireIdentity(a.id, d.name));
        }
    }

    private void requireGroup(String name, String what) {
        if (!groups.containsKey(name)) {
            throw new IllegalStateException(what + ": no group " + name);
        }
    }

    private void requireIdentity(String id, String what) {
        if (!id.equals("*") && !groups.containsKey(id) && !users.containsKey(id)) {
            throw new IllegalStateException(what + ": no user or group " + id);
        }
    }

    private void writeGroup(UnloadRecordWriter out, GroupProfile group) throws IOException {
        for (GroupProfile sub : groups.values()) {
            if (group.name.equals(sub.superior)) {
                out.write("0101", fields("GPSGRP_NAME", group.name, "GPSGRP_SUBGRP_ID", sub.name));
            }
        }
        for (UserProfile user : users.values()) {
            for (Connect c : user.connects) {
                if (c.group.equals(group.name)) {
                    out.write("0102", fields("GPMEM_NAME", group.name, "GPMEM_MEMBER_ID", user.id, "GPMEM_AUTH", c.authority));
                }
            }
        }
        out.write("0100", fields("GPBD_NAME", group.name, "GPBD_SUPGRP_ID", group.superior,
                "GPBD_CREATE_DATE", group.created, "GPBD_OWNER_ID", group.owner, "GPBD_UACC", group.uacc,
                "GPBD_NOTERMUACC", false, "GPBD_INSTALL_DATA", group.installationData, "GPBD_UNIVERSAL", false));
        if (group.gid != null) {
            out.write("0120", fields("GPOMVS_NAME", group.name, "GPOMVS_GID", group.gid));
        }
    }

    private void writeUser(UnloadRecordWriter out, UserProfile user) throws IOException {
        for (Connect c : user.connects) {
            out.write("0203", fields("USGCON_NAME", user.id, "USGCON_GRP_ID", c.group));
        }
        for (Connect c : sorted(user.connects, c -> key(c.group))) {
            out.write("0205", fields("USCON_NAME", user.id, "USCON_GRP_ID", c.group,
                    "USCON_CONNECT_DATE", c.connected, "USCON_OWNER_ID", c.owner,
                    "USCON_LASTCON_TIME", c.lastConnectTime, "USCON_LASTCON_DATE", c.lastConnectDate,
                    "USCON_UACC", c.uacc, "USCON_INIT_CNT", c.initCount, "USCON_GRP_ADSP", false,
                    "USCON_GRP_SPECIAL", c.groupSpecial, "USCON_GRP_OPER", false, "USCON_REVOKE", false,
                    "USCON_GRP_ACC", false, "USCON_NOTERMUACC", false, "USCON_GRP_AUDIT", false));
        }
        Map<String, Object> basic = fields("USBD_NAME", user.id, "USBD_CREATE_DATE", user.created,
                "USBD_OWNER_ID", user.owner, "USBD_ADSP", false, "USBD_SPECIAL", user.special,
                "USBD_OPER", user.operations, "USBD_REVOKE", user.revoked, "USBD_GRPACC", false,
                "USBD_PWD_INTERVAL", user.passwordInterval, "USBD_PWD_DATE", user.passwordDate,
                "USBD_PROGRAMMER", user.name, "USBD_DEFGRP_ID", user.defaultGroup,
                "USBD_LASTJOB_TIME", user.lastJobTime, "USBD_LASTJOB_DATE", user.lastJobDate,
                "USBD_INSTALL_DATA", user.installationData, "USBD_UAUDIT", false, "USBD_AUDITOR", user.auditor,
                "USBD_NOPWD", user.protectedUser ? "PRO" : "NO", "USBD_OIDCARD", false,
                "USBD_PWD_GEN", user.passwordGeneration, "USBD_REVOKE_CNT", user.failedLogons,
                "USBD_SECLEVEL", 0, "USBD_REVOKE_DATE", user.revokeDate, "USBD_RESUME_DATE", user.resumeDate);
        for (String day : List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")) {
            basic.put("USBD_ACCESS_" + day, true);
        }
        basic.putAll(fields("USBD_ATTRIBS", user.restricted ? "RSTD" : null, "USBD_PWDENV_EXISTS", false,
                "USBD_PWD_ASIS", !user.protectedUser, "USBD_PHR_GEN", 0, "USBD_CERT_SEQN", user.certificateSequence,
                "USBD_PPHENV_EXISTS", false, "USBD_PWD_ALG", user.protectedUser ? "NOPASSWORD" : "KDFAES",
                "USBD_LEG_PWDHIST_CT", 0, "USBD_XPW_PWDHIST_CT", user.protectedUser ? 0 : Math.min(user.passwordGeneration, 5),
                "USBD_PHR_ALG", "NOPHRASE", "USBD_LEG_PHRHIST_CT", 0, "USBD_XPW_PHRHIST_CT", 0,
                "USBD_ROAUDIT", false, "USBD_MFA_FALLBACK", false));
        out.write("0200", basic);
        if (user.tsoAccount != null) {
            out.write("0220", fields("USTSO_NAME", user.id, "USTSO_ACCOUNT", user.tsoAccount,
                    "USTSO_HOLD_CLASS", "X", "USTSO_JOB_CLASS", "A", "USTSO_LOGON_PROC", user.tsoProc,
                    "USTSO_LOGON_SIZE", 4096, "USTSO_MSG_CLASS", "X", "USTSO_LOGON_MAX", 2096128,
                    "USTSO_PERF_GROUP", 0, "USTSO_SYSOUT_CLASS", "X", "USTSO_USER_DATA", "X<0000>",
                    "USTSO_UNIT_NAME", "SYSALLDA"));
        }
        if (user.uid != null) {
            out.write("0270", fields("USOMVS_NAME", user.id, "USOMVS_UID", user.uid,
                    "USOMVS_HOME_PATH", user.home, "USOMVS_PROGRAM", user.program));
        }
    }

    private void writeDataset(UnloadRecordWriter out, DatasetProfile d) throws IOException {
        for (Permit p : d.access) {
            out.write("0404", fields("DSACC_NAME", d.name, "DSACC_VOL", d.volume, "DSACC_AUTH_ID", p.id,
                    "DSACC_ACCESS", p.access, "DSACC_ACCESS_CNT", 0));
        }
        out.write("0400", fields("DSBD_NAME", d.name, "DSBD_VOL", d.volume, "DSBD_GENERIC", d.generic,
                "DSBD_CREATE_DATE", d.created, "DSBD_OWNER_ID", d.owner, "DSBD_LASTREF_DATE", d.created,
                "DSBD_LASTCHG_DATE", d.created, "DSBD_ALTER_CNT", 0, "DSBD_CONTROL_CNT", 0,
                "DSBD_UPDATE_CNT", 0, "DSBD_READ_CNT", 0, "DSBD_UACC", d.uacc, "DSBD_GRPDS", d.groupDataset,
                "DSBD_AUDIT_LEVEL", "FAIL", "DSBD_GRP_ID", d.createGroup, "DSBD_DS_TYPE", d.generic ? null : "NONVSAM",
                "DSBD_LEVEL", 0, "DSBD_GAUDIT_LEVEL", "NONE", "DSBD_INSTALL_DATA", d.installationData,
                "DSBD_AUDIT_FAQUAL", "READ", "DSBD_WARNING", d.warning, "DSBD_SECLEVEL", 0,
                "DSBD_RETENTION", 0, "DSBD_ERASE", false, "DSBD_RESERVED_01", "NSET", "DSBD_RESERVED_02", "NSET"));
    }

    private void writeResource(UnloadRecordWriter out, ResourceProfile r) throws IOException {
        for (String[] member : r.members) {
            out.write("0503", fields("GRMEM_NAME", r.name, "GRMEM_CLASS_NAME", r.className,
                    "GRMEM_MEMBER", member[0], "GRMEM_PADS_DATA", member[1], "GRMEM_VOL_NAME", member[2]));
        }
        for (Permit p : r.access) {
            out.write("0505", fields("GRACC_NAME", r.name, "GRACC_CLASS_NAME", r.className,
                    "GRACC_AUTH_ID", p.id, "GRACC_ACCESS", p.access, "GRACC_ACCESS_CNT", 0));
        }
        for (ConditionalPermit c : r.conditional) {
            out.write("0507", fields("GRCACC_NAME", r.name, "GRCACC_CLASS_NAME", r.className,
                    "GRCACC_CATYPE", c.type, "GRCACC_CANAME", c.element, "GRCACC_AUTH_ID", c.id,
                    "GRCACC_ACCESS", c.access, "GRCACC_ACCESS_CNT", 0));
        }
        Map<String, Object> basic = fields("GRBD_NAME", r.name, "GRBD_CLASS_NAME", r.className,
                "GRBD_GENERIC", r.generic, "GRBD_CLASS", classNumber(r.className), "GRBD_CREATE_DATE", r.created,
                "GRBD_OWNER_ID", r.owner, "GRBD_LASTREF_DATE", r.created, "GRBD_LASTCHG_DATE", r.changed,
                "GRBD_ALTER_CNT", 0, "GRBD_CONTROL_CNT", 0, "GRBD_UPDATE_CNT", 0, "GRBD_READ_CNT", 0,
                "GRBD_UACC", r.uacc, "GRBD_AUDIT_LEVEL", "FAIL", "GRBD_LEVEL", 0, "GRBD_GAUDIT_LEVEL", "NONE",
                "GRBD_INSTALL_DATA", r.installationData, "GRBD_AUDIT_FAQUAL", "READ", "GRBD_WARNING", r.warning);
        for (String day : List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")) {
            basic.put("GRBD_ACCESS_" + day, true);
        }
        basic.put("GRBD_SECLEVEL", 0);
        basic.put("GRBD_APPL_DATA", r.applicationData);
        out.write("0500", basic);
        if (r.startedUser != null) {
            out.write("0540", fields("GRST_NAME", r.name, "GRST_CLASS_NAME", r.className,
                    "GRST_USER_ID", r.startedUser, "GRST_GROUP_ID", r.startedGroup,
                    "GRST_TRUSTED", r.trusted, "GRST_PRIVILEGED", false, "GRST_TRACE", false));
        }
    }

    /** Class numbers as the 2021 sample shows them (GRBD_CLASS); 1 for the others. */
    private static int classNumber(String className) {
        return switch (className) {
            case "APPL" -> 8;
            case "FACILITY" -> 19;
            case "TSOPROC" -> 45;
            case "ACCTNUM" -> 46;
            case "TSOAUTH" -> 48;
            case "OPERCMDS" -> 63;
            case "JESSPOOL" -> 65;
            case "SURROGAT" -> 71;
            case "SDSF" -> 94;
            case "CSFSERV" -> 99;
            case "CSFKEYS" -> 100;
            case "PROGRAM" -> 41;
            default -> 1;
        };
    }

    /**
     * The database key order: EBCDIC, where letters sort before digits; in generic names the
     * generic characters sort after every other character, as in the real unload (STGADMIN.ADR.*
     * before STGADMIN.*, ZOSCSRV.* before ZOSCSRV*.*, * before **).
     */
    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            int code = switch (c) {
                case '%' -> 0xFE;
                case '*' -> 0xFF;
                default -> Byte.toUnsignedInt(String.valueOf(c).getBytes(EBCDIC)[0]);
            };
            key.append((char) code);
        }
        return key.toString();
    }

    private static <T> List<T> sorted(Collection<T> items, Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> values = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    /** A group profile and its OMVS segment. */
    static final class GroupProfile {
        final String name;
        final String superior;
        final LocalDate created;
        final String owner;
        String uacc = "NONE";
        String installationData;
        Long gid;

        GroupProfile(String name, String superior, LocalDate created, String owner) {
            this.name = name;
            this.superior = superior;
            this.created = created;
            this.owner = owner;
        }

        GroupProfile gid(long value) {
            gid = value;
            return this;
        }

        GroupProfile data(String text) {
            installationData = text;
            return this;
        }
    }

    /** A user profile with its connects, TSO and OMVS segments. */
    static final class UserProfile {
        final String id;
        final String name;
        final String defaultGroup;
        final LocalDate created;
        final String owner;
        final List<Connect> connects = new ArrayList<>();
        String installationData;
        boolean special;
        boolean operations;
        boolean auditor;
        boolean revoked;
        LocalDate revokeDate;
        LocalDate resumeDate;
        boolean protectedUser;
        boolean restricted;
        int passwordInterval = 90;
        LocalDate passwordDate;
        int passwordGeneration;
        int failedLogons;
        LocalTime lastJobTime;
        LocalDate lastJobDate;
        long certificateSequence;
        String tsoAccount;
        String tsoProc;
        Long uid;
        String home;
        String program;

        UserProfile(String id, String name, String defaultGroup, LocalDate created, String owner) {
            this.id = id;
            this.name = name;
            this.defaultGroup = defaultGroup;
            this.created = created;
            this.owner = owner;
        }

        Connect connect(String group, LocalDate connected, String owner) {
            Connect connect = new Connect(group, connected, owner);
            connects.add(connect);
            return connect;
        }

        UserProfile omvs(long uidValue, String homePath, String programPath) {
            uid = uidValue;
            home = homePath;
            program = programPath;
            return this;
        }

        UserProfile tso(String account, String logonProc) {
            tsoAccount = account;
            tsoProc = logonProc;
            return this;
        }
    }

    /** A user's connection to a group (0203, 0205 and the group's 0102). */
    static final class Connect {
        final String group;
        final LocalDate connected;
        final String owner;
        String authority = "USE";
        String uacc = "NONE";
        int initCount;
        LocalTime lastConnectTime;
        LocalDate lastConnectDate;
        boolean groupSpecial;

        Connect(String group, LocalDate connected, String owner) {
            this.group = group;
            this.connected = connected;
            this.owner = owner;
        }
    }

    /** A standard access list entry. */
    record Permit(String id, String access) {
    }

    /** A conditional access list entry (PERMIT ... WHEN(type(element))). */
    record ConditionalPermit(String type, String element, String id, String access) {
    }

    /** A data set profile and its access list. */
    static final class DatasetProfile {
        final String name;
        final boolean generic;
        final LocalDate created;
        final String owner;
        final String uacc;
        final List<Permit> access = new ArrayList<>();
        String volume;
        boolean groupDataset;
        String createGroup;
        boolean warning;
        String installationData;

        DatasetProfile(String name, boolean generic, LocalDate created, String owner, String uacc) {
            this.name = name;
            this.generic = generic;
            this.created = created;
            this.owner = owner;
            this.uacc = uacc;
        }

        DatasetProfile permit(String id, String level) {
            access.add(new Permit(id, level));
            return this;
        }
    }

    /** A general resource profile with its access lists, members and STDATA. */
    static final class ResourceProfile {
        final String className;
        final String name;
        final boolean generic;
        final LocalDate created;
        final String owner;
        final String uacc;
        final List<Permit> access = new ArrayList<>();
        final List<ConditionalPermit> conditional = new ArrayList<>();
        final List<String[]> members = new ArrayList<>();
        LocalDate changed;
        boolean warning;
        String installationData;
        String applicationData;
        String startedUser;
        String startedGroup;
        boolean trusted;

        ResourceProfile(String className, String name, boolean generic, LocalDate created, String owner, String uacc) {
            this.className = className;
            this.name = name;
            this.generic = generic;
            this.created = created;
            this.changed = created;
            this.owner = owner;
            this.uacc = uacc;
        }

        ResourceProfile permit(String id, String level) {
            access.add(new Permit(id, level));
            return this;
        }

        ResourceProfile permitWhen(String type, String element, String id, String level) {
            conditional.add(new ConditionalPermit(type, element, id, level));
            return this;
        }

        ResourceProfile member(String member, String padsData, String volume) {
            members.add(new String[] {member, padsData, volume});
            return this;
        }

        ResourceProfile stdata(String user, String group, boolean trustedTask) {
            startedUser = user;
            startedGroup = group;
            trusted = trustedTask;
            return this;
        }
    }
}
