package dev.esmscan.racf.unload;

import static dev.esmscan.racf.unload.RecordLayouts.DATASET_ACCESS;
import static dev.esmscan.racf.unload.RecordLayouts.DATASET_BASIC;
import static dev.esmscan.racf.unload.RecordLayouts.DATASET_CONDITIONAL_ACCESS;
import static dev.esmscan.racf.unload.RecordLayouts.GENERAL_ACCESS;
import static dev.esmscan.racf.unload.RecordLayouts.GENERAL_BASIC;
import static dev.esmscan.racf.unload.RecordLayouts.GENERAL_CDTINFO;
import static dev.esmscan.racf.unload.RecordLayouts.GENERAL_CONDITIONAL_ACCESS;
import static dev.esmscan.racf.unload.RecordLayouts.GENERAL_MEMBERS;
import static dev.esmscan.racf.unload.RecordLayouts.GENERAL_STARTED_TASK;
import static dev.esmscan.racf.unload.RecordLayouts.GROUP_BASIC;
import static dev.esmscan.racf.unload.RecordLayouts.GROUP_MEMBERS;
import static dev.esmscan.racf.unload.RecordLayouts.GROUP_OMVS;
import static dev.esmscan.racf.unload.RecordLayouts.GROUP_SUBGROUPS;
import static dev.esmscan.racf.unload.RecordLayouts.USER_BASIC;
import static dev.esmscan.racf.unload.RecordLayouts.USER_CONNECT_DATA;
import static dev.esmscan.racf.unload.RecordLayouts.USER_GROUP_CONNECTIONS;
import static dev.esmscan.racf.unload.RecordLayouts.USER_OMVS;

import dev.esmscan.input.ProfileScope;
import dev.esmscan.input.Reach;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ConditionalAccessEntry;
import dev.esmscan.model.Connection;
import dev.esmscan.model.Group;
import dev.esmscan.model.OmvsSegment;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskData;
import dev.esmscan.model.User;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Decodes one unload record, whatever its source format, into the change it makes to the model.
 * Records of types the model does not use are skipped; records of profiles whose class is outside
 * the scope are filtered, told by the class alone; values that cannot be read are problems of the
 * record, which is kept without them. Decoding touches no shared state, so several threads can
 * decode (one mapper each) while one thread applies the changes in file order.
 */
final class UnloadRecordMapper {
    static final String DATASET_CLASS = ProfileScope.DATASET;
    /** The kind of problem of a user or group that other records name but the unload does not hold. */
    static final String MISSING_IDENTITY = "user or group without a record";

    /** What a record type is to the mapper. */
    enum Kind {
        /** Not used by the model: counted as skipped. */
        UNUSED,
        /** Users, groups and connections: always read. */
        IDENTITY,
        /** Data set profiles: in scope when the scope keeps DATASET. */
        DATASET_PROFILE,
        /** General resource profiles: in scope when the scope keeps the class in columns 253-260. */
        GENERAL_PROFILE
    }

    private static final Field GPBD_NAME = GROUP_BASIC.field("GPBD_NAME");
    private static final Field GPBD_SUPGRP_ID = GROUP_BASIC.field("GPBD_SUPGRP_ID");
    private static final Field GPBD_OWNER_ID = GROUP_BASIC.field("GPBD_OWNER_ID");
    private static final Field GPBD_INSTALL_DATA = GROUP_BASIC.field("GPBD_INSTALL_DATA");
    private static final Field GPBD_UNIVERSAL = GROUP_BASIC.field("GPBD_UNIVERSAL");
    private static final Field GPSGRP_NAME = GROUP_SUBGROUPS.field("GPSGRP_NAME");
    private static final Field GPMEM_NAME = GROUP_MEMBERS.field("GPMEM_NAME");
    private static final Field GPMEM_MEMBER_ID = GROUP_MEMBERS.field("GPMEM_MEMBER_ID");
    private static final Field GPMEM_AUTH = GROUP_MEMBERS.field("GPMEM_AUTH");
    private static final Field GPOMVS_NAME = GROUP_OMVS.field("GPOMVS_NAME");
    private static final Field GPOMVS_GID = GROUP_OMVS.field("GPOMVS_GID");

    private static final Field USBD_NAME = USER_BASIC.field("USBD_NAME");
    private static final Field USBD_OWNER_ID = USER_BASIC.field("USBD_OWNER_ID");
    private static final Field USBD_SPECIAL = USER_BASIC.field("USBD_SPECIAL");
    private static final Field USBD_OPER = USER_BASIC.field("USBD_OPER");
    private static final Field USBD_REVOKE = USER_BASIC.field("USBD_REVOKE");
    private static final Field USBD_PROGRAMMER = USER_BASIC.field("USBD_PROGRAMMER");
    private static final Field USBD_DEFGRP_ID = USER_BASIC.field("USBD_DEFGRP_ID");
    private static final Field USBD_INSTALL_DATA = USER_BASIC.field("USBD_INSTALL_DATA");
    private static final Field USBD_AUDITOR = USER_BASIC.field("USBD_AUDITOR");
    private static final Field USBD_NOPWD = USER_BASIC.field("USBD_NOPWD");
    private static final Field USBD_PHR_ALG = USER_BASIC.field("USBD_PHR_ALG");
    private static final Field USBD_REVOKE_DATE = USER_BASIC.field("USBD_REVOKE_DATE");
    private static final Field USBD_RESUME_DATE = USER_BASIC.field("USBD_RESUME_DATE");
    private static final Field USBD_ATTRIBS = USER_BASIC.field("USBD_ATTRIBS");
    private static final Field USGCON_NAME = USER_GROUP_CONNECTIONS.field("USGCON_NAME");
    private static final Field USGCON_GRP_ID = USER_GROUP_CONNECTIONS.field("USGCON_GRP_ID");
    private static final Field USCON_NAME = USER_CONNECT_DATA.field("USCON_NAME");
    private static final Field USCON_GRP_ID = USER_CONNECT_DATA.field("USCON_GRP_ID");
    private static final Field USCON_GRP_SPECIAL = USER_CONNECT_DATA.field("USCON_GRP_SPECIAL");
    private static final Field USCON_GRP_OPER = USER_CONNECT_DATA.field("USCON_GRP_OPER");
    private static final Field USCON_REVOKE = USER_CONNECT_DATA.field("USCON_REVOKE");
    private static final Field USCON_GRP_AUDIT = USER_CONNECT_DATA.field("USCON_GRP_AUDIT");
    private static final Field USCON_REVOKE_DATE = USER_CONNECT_DATA.field("USCON_REVOKE_DATE");
    private static final Field USCON_RESUME_DATE = USER_CONNECT_DATA.field("USCON_RESUME_DATE");
    private static final Field USOMVS_NAME = USER_OMVS.field("USOMVS_NAME");
    private static final Field USOMVS_UID = USER_OMVS.field("USOMVS_UID");
    private static final Field USOMVS_HOME_PATH = USER_OMVS.field("USOMVS_HOME_PATH");
    private static final Field USOMVS_PROGRAM = USER_OMVS.field("USOMVS_PROGRAM");

    private static final Field DSBD_NAME = DATASET_BASIC.field("DSBD_NAME");
    private static final Field DSBD_VOL = DATASET_BASIC.field("DSBD_VOL");
    private static final Field DSBD_GENERIC = DATASET_BASIC.field("DSBD_GENERIC");
    private static final Field DSBD_OWNER_ID = DATASET_BASIC.field("DSBD_OWNER_ID");
    private static final Field DSBD_UACC = DATASET_BASIC.field("DSBD_UACC");
    private static final Field DSBD_INSTALL_DATA = DATASET_BASIC.field("DSBD_INSTALL_DATA");
    private static final Field DSBD_WARNING = DATASET_BASIC.field("DSBD_WARNING");
    private static final Field DSCACC_NAME = DATASET_CONDITIONAL_ACCESS.field("DSCACC_NAME");
    private static final Field DSCACC_VOL = DATASET_CONDITIONAL_ACCESS.field("DSCACC_VOL");
    private static final Field DSCACC_CATYPE = DATASET_CONDITIONAL_ACCESS.field("DSCACC_CATYPE");
    private static final Field DSCACC_CANAME = DATASET_CONDITIONAL_ACCESS.field("DSCACC_CANAME");
    private static final Field DSCACC_AUTH_ID = DATASET_CONDITIONAL_ACCESS.field("DSCACC_AUTH_ID");
    private static final Field DSCACC_ACCESS = DATASET_CONDITIONAL_ACCESS.field("DSCACC_ACCESS");
    private static final Field DSACC_NAME = DATASET_ACCESS.field("DSACC_NAME");
    private static final Field DSACC_VOL = DATASET_ACCESS.field("DSACC_VOL");
    private static final Field DSACC_AUTH_ID = DATASET_ACCESS.field("DSACC_AUTH_ID");
    private static final Field DSACC_ACCESS = DATASET_ACCESS.field("DSACC_ACCESS");

    private static final Field GRBD_NAME = GENERAL_BASIC.field("GRBD_NAME");
    private static final Field GRBD_CLASS_NAME = GENERAL_BASIC.field("GRBD_CLASS_NAME");
    private static final Field GRBD_GENERIC = GENERAL_BASIC.field("GRBD_GENERIC");
    private static final Field GRBD_OWNER_ID = GENERAL_BASIC.field("GRBD_OWNER_ID");
    private static final Field GRBD_UACC = GENERAL_BASIC.field("GRBD_UACC");
    private static final Field GRBD_INSTALL_DATA = GENERAL_BASIC.field("GRBD_INSTALL_DATA");
    private static final Field GRBD_WARNING = GENERAL_BASIC.field("GRBD_WARNING");
    private static final Field GRMEM_NAME = GENERAL_MEMBERS.field("GRMEM_NAME");
    private static final Field GRMEM_CLASS_NAME = GENERAL_MEMBERS.field("GRMEM_CLASS_NAME");
    private static final Field GRMEM_MEMBER = GENERAL_MEMBERS.field("GRMEM_MEMBER");
    private static final Field GRACC_NAME = GENERAL_ACCESS.field("GRACC_NAME");
    private static final Field GRACC_CLASS_NAME = GENERAL_ACCESS.field("GRACC_CLASS_NAME");
    private static final Field GRACC_AUTH_ID = GENERAL_ACCESS.field("GRACC_AUTH_ID");
    private static final Field GRACC_ACCESS = GENERAL_ACCESS.field("GRACC_ACCESS");
    private static final Field GRCACC_NAME = GENERAL_CONDITIONAL_ACCESS.field("GRCACC_NAME");
    private static final Field GRCACC_CLASS_NAME = GENERAL_CONDITIONAL_ACCESS.field("GRCACC_CLASS_NAME");
    private static final Field GRCACC_CATYPE = GENERAL_CONDITIONAL_ACCESS.field("GRCACC_CATYPE");
    private static final Field GRCACC_CANAME = GENERAL_CONDITIONAL_ACCESS.field("GRCACC_CANAME");
    private static final Field GRCACC_AUTH_ID = GENERAL_CONDITIONAL_ACCESS.field("GRCACC_AUTH_ID");
    private static final Field GRCACC_ACCESS = GENERAL_CONDITIONAL_ACCESS.field("GRCACC_ACCESS");
    private static final Field GRST_NAME = GENERAL_STARTED_TASK.field("GRST_NAME");
    private static final Field GRST_CLASS_NAME = GENERAL_STARTED_TASK.field("GRST_CLASS_NAME");
    private static final Field GRST_USER_ID = GENERAL_STARTED_TASK.field("GRST_USER_ID");
    private static final Field GRST_GROUP_ID = GENERAL_STARTED_TASK.field("GRST_GROUP_ID");
    private static final Field GRST_TRUSTED = GENERAL_STARTED_TASK.field("GRST_TRUSTED");
    private static final Field GRST_PRIVILEGED = GENERAL_STARTED_TASK.field("GRST_PRIVILEGED");
    private static final Field GRST_TRACE = GENERAL_STARTED_TASK.field("GRST_TRACE");
    private static final Field GRCDT_NAME = GENERAL_CDTINFO.field("GRCDT_NAME");
    private static final Field GRCDT_CLASS_NAME = GENERAL_CDTINFO.field("GRCDT_CLASS_NAME");
    private static final Field GRCDT_OPER = GENERAL_CDTINFO.field("GRCDT_OPER");
    private static final Field GRCDT_PROF_ALLOW = GENERAL_CDTINFO.field("GRCDT_PROF_ALLOW");

    private static final Map<String, Field> CLASS_FIELDS = Map.of("0500", GRBD_CLASS_NAME, "0503", GRMEM_CLASS_NAME,
            "0505", GRACC_CLASS_NAME, "0507", GRCACC_CLASS_NAME, "0540", GRST_CLASS_NAME, "05C0", GRCDT_CLASS_NAME);

    /** How a decoded record counts. */
    enum Outcome { TAKEN, NOT_TAKEN, SKIPPED, FILTERED }

    /**
     * One decoded record: its type (null for a line that is no record), its line, how it counts, the
     * change it makes to the model (null when none) and its problems, in the order they were found.
     */
    record Decoded(String type, long line, Outcome outcome, Consumer<SecurityModel.Builder> change, List<String> problems,
            Base base) {
    }

    /** What a base record defines, and whether the model already holds that definition. */
    record Base(String kind, String name, Predicate<SecurityModel.Builder> alreadySeen) {
        /** What the record defines, e.g. "user IBMUSER" or "FACILITY BPX.DAEMON". */
        String subject() {
            return kind + " " + name;
        }
    }

    private final SecurityModel.Builder model;
    private final ReadStats stats;
    private final ProfileScope scope;
    private final RepeatedRecords repeats;
    private long line;
    private boolean failed;
    private List<String> problems;
    private Base base;

    /** A mapper that decodes only (see {@link #decode}), for a thread that hands its records on. */
    UnloadRecordMapper(ProfileScope scope) {
        this(null, null, scope);
    }

    UnloadRecordMapper(SecurityModel.Builder model, ReadStats stats) {
        this(model, stats, ProfileScope.all());
    }

    /** A mapper that applies each record as it decodes it (see {@link #map}). */
    UnloadRecordMapper(SecurityModel.Builder model, ReadStats stats, ProfileScope scope) {
        this.model = model;
        this.stats = stats;
        this.scope = scope;
        this.repeats = model == null ? null : RepeatedRecords.of(model);
    }

    static Kind kindOf(String type) {
        switch (type) {
            case "0100": case "0101": case "0102": case "0120":
            case "0200": case "0203": case "0205": case "0270":
                return Kind.IDENTITY;
            case "0400": case "0402": case "0404":
                return Kind.DATASET_PROFILE;
            case "0500": case "0503": case "0505": case "0507": case "0540": case "05C0":
                return Kind.GENERAL_PROFILE;
            default:
                return Kind.UNUSED;
        }
    }

    /** The class name field of a general resource record type (columns 253-260 in every one of them). */
    static Field classField(String type) {
        Field f = CLASS_FIELDS.get(type);
        if (f == null) {
            throw new IllegalArgumentException(type + " is no general resource record type");
        }
        return f;
    }

    /** Decodes and applies one record; {@code line} is where it came from, for problem reports. */
    void map(String type, RecordFields r, long line) {
        apply(decode(type, r, line), 0, model, stats, repeats);
    }

    /** Applies a decoded record to this mapper's model and statistics. */
    void apply(Decoded d, long lineBase, ReadStats readStats) {
        apply(d, lineBase, model, readStats, repeats);
    }

    /** Reports what the records applied by this mapper repeat of an earlier input, at the end of its read. */
    void finish(ReadStats readStats) {
        if (repeats != null) {
            repeats.finish(readStats);
        }
    }

    /**
     * Counts a decoded record, reports its problems at {@code lineBase} + its line, and makes its
     * change; a base record that defines its subject again goes to {@code repeats}.
     */
    static void apply(Decoded d, long lineBase, SecurityModel.Builder model, ReadStats stats, RepeatedRecords repeats) {
        if (!d.problems().isEmpty()) {
            for (String problem : d.problems()) {
                stats.error(lineBase + d.line(), problem);
            }
        }
        switch (d.outcome()) {
            case TAKEN:
                if (d.base() != null && d.base().alreadySeen().test(model)) {
                    repeats.add(lineBase + d.line(), d.base().subject(), stats);
                }
                stats.record(d.type());
                d.change().accept(model);
                break;
            case SKIPPED:
                stats.skipped(d.type());
                break;
            case FILTERED:
                stats.filtered(d.type(), 1);
                break;
            default:
                break;
        }
    }

    /** A line that is no record: only its problem. */
    static Decoded problem(long line, String message) {
        return new Decoded(null, line, Outcome.NOT_TAKEN, null, List.of(message), null);
    }

    /** Decodes one record of the given type without touching the model. */
    Decoded decode(String type, RecordFields r, long line) {
        this.line = line;
        this.failed = false;
        this.problems = null;
        this.base = null;
        if (!scope.keepsEverything() && outOfScope(type, r)) {
            return done(type, Outcome.FILTERED, null);
        }
        Consumer<SecurityModel.Builder> change;
        switch (type) {
            case "0100": change = groupBasic(r); break;
            case "0101": change = key(r, GPSGRP_NAME) == null ? null : m -> { }; break;
            case "0102": change = groupMember(r); break;
            case "0120": change = groupOmvs(r); break;
            case "0200": change = userBasic(r); break;
            case "0203": change = userGroupConnection(r); break;
            case "0205": change = userConnectData(r); break;
            case "0270": change = userOmvs(r); break;
            case "0400": change = datasetBasic(r); break;
            case "0402": change = datasetConditionalAccess(r); break;
            case "0404": change = datasetAccess(r); break;
            case "0500": change = generalBasic(r); break;
            case "0503": change = generalMember(r); break;
            case "0505": change = generalAccess(r); break;
            case "0507": change = generalConditionalAccess(r); break;
            case "0540": change = startedTask(r); break;
            case "05C0": change = cdtInfo(r); break;
            default:
                return done(type, Outcome.SKIPPED, null);
        }
        return done(type, change == null ? Outcome.NOT_TAKEN : Outcome.TAKEN, change);
    }

    private Decoded done(String type, Outcome outcome, Consumer<SecurityModel.Builder> change) {
        return new Decoded(type, line, outcome, change, problems == null ? List.of() : problems, base);
    }

    /**
     * Counts an error for each profile that only access, member or other sub-records created: RACF
     * has no such profile as read here, so the access it seems to give or deny cannot be trusted.
     */
    static void reportProfilesWithoutBase(SecurityModel.Builder model, ReadStats stats) {
        for (ResourceProfile p : model.profiles()) {
            if (!p.isBaseRecordSeen() && !DATASET_CLASS.equals(p.getClassName())) {
                stats.error(0, "profile " + p.getClassName() + " " + p.getName()
                        + " has access or other records but no base record (0500); its access list cannot be trusted");
            }
        }
    }

    /**
     * A problem for each user or group that records of the unload name but that it holds no record
     * of: a user's default group, the group of a connection (0102, 0203, 0205) and its user, a
     * group's superior group. RACF keeps these consistent (a connection is stored in the user and
     * in the group, a default group must exist, a group's superior too); the 2021 ADCD unload
     * satisfies all of them (its three certificate-anchor users, irrcerta and the like, have no
     * default group at all). A name without a record therefore means the unload lacks part of the
     * database. Owners and access-list entries may name deleted IDs (the real unload has 19 such
     * owners and 161 such entries) and are not checked. The connections are checked only when
     * {@code checkConnections} (an unload whose order cannot tell a cut): in IRRDBU00's order a cut
     * among the users already leaves every identity unseen, and checking every connection costs
     * more than the rest of this together (some 2 % of reading a large unload).
     */
    static void reportMissingIdentities(SecurityModel.Builder model, ReadStats stats, boolean checkConnections) {
        Set<String> groups = new HashSet<>();
        for (Group g : model.groups()) {
            if (g.isBaseRecordSeen()) {
                groups.add(g.getName());
            }
        }
        Map<String, String> missing = new TreeMap<>();
        String known = null;
        for (User u : model.users()) {
            String group = u.getDefaultGroup();
            if (group == known || !u.isBaseRecordSeen() || group == null || group.isBlank()) {
                continue;
            }
            if (groups.contains(group)) {
                known = group;
            } else {
                missing.putIfAbsent("group " + group, "the default group of user " + u.getId());
            }
        }
        if (checkConnections) {
            String user = null;
            boolean userDefined = false;
            for (Connection c : model.connections()) {
                if (!c.getUserId().equals(user)) {
                    user = c.getUserId();
                    userDefined = model.findUser(user).map(User::isBaseRecordSeen).orElse(false);
                }
                if (!groups.contains(c.getGroup())) {
                    missing.putIfAbsent("group " + c.getGroup(), "connected to user " + c.getUserId());
                }
                if (!userDefined) {
                    missing.putIfAbsent("user " + c.getUserId(), "connected to group " + c.getGroup());
                }
            }
        }
        for (Group g : model.groups()) {
            String superior = g.getSuperiorGroup();
            if (g.isBaseRecordSeen() && superior != null && !superior.isBlank() && !groups.contains(superior)) {
                missing.putIfAbsent("group " + superior, "the superior group of group " + g.getName());
            }
        }
        missing.forEach((who, why) -> stats.problem(0, MISSING_IDENTITY, who + ", " + why + ", has no record:"
                + " a whole RACF database always holds it, so the unload lacks part of the database", Reach.identities()));
    }

    private boolean outOfScope(String type, RecordFields r) {
        switch (kindOf(type)) {
            case DATASET_PROFILE:
                return !scope.keeps(DATASET_CLASS);
            case GENERAL_PROFILE:
                String className = r.text(CLASS_FIELDS.get(type));
                return className != null && !scope.keeps(className);
            default:
                return false;
        }
    }

    private Consumer<SecurityModel.Builder> groupBasic(RecordFields r) {
        String name = key(r, GPBD_NAME);
        if (name == null) {
            return null;
        }
        String superior = r.text(GPBD_SUPGRP_ID);
        String owner = r.text(GPBD_OWNER_ID);
        String data = r.text(GPBD_INSTALL_DATA);
        boolean universal = flag(r, GPBD_UNIVERSAL);
        base = new Base("group", name, m -> m.findGroup(name).map(Group::isBaseRecordSeen).orElse(false));
        return m -> {
            Group g = m.group(name);
            g.setSuperiorGroup(superior);
            g.setOwner(owner);
            g.setInstallationData(data);
            g.setUniversal(universal);
            g.setBaseRecordSeen(true);
        };
    }

    private Consumer<SecurityModel.Builder> groupMember(RecordFields r) {
        String group = key(r, GPMEM_NAME);
        String user = key(r, GPMEM_MEMBER_ID);
        if (group == null || user == null) {
            return null;
        }
        String authority = r.text(GPMEM_AUTH);
        return m -> m.connection(user, group).setAuthority(authority);
    }

    private Consumer<SecurityModel.Builder> groupOmvs(RecordFields r) {
        String name = key(r, GPOMVS_NAME);
        if (name == null) {
            return null;
        }
        Long gid = number(r, GPOMVS_GID);
        return m -> {
            Group g = m.group(name);
            g.setOmvsSegment(true);
            g.setGid(gid);
        };
    }

    private Consumer<SecurityModel.Builder> userBasic(RecordFields r) {
        String id = key(r, USBD_NAME);
        if (id == null) {
            return null;
        }
        String name = r.text(USBD_PROGRAMMER);
        String defaultGroup = r.text(USBD_DEFGRP_ID);
        String owner = r.text(USBD_OWNER_ID);
        String data = r.text(USBD_INSTALL_DATA);
        boolean special = flag(r, USBD_SPECIAL);
        boolean operations = flag(r, USBD_OPER);
        boolean auditor = flag(r, USBD_AUDITOR);
        boolean revoked = flag(r, USBD_REVOKE);
        LocalDate revokeDate = date(r, USBD_REVOKE_DATE);
        LocalDate resumeDate = date(r, USBD_RESUME_DATE);
        boolean protectedUser = "PRO".equalsIgnoreCase(r.text(USBD_NOPWD));
        boolean passwordPhrase = hasPasswordPhrase(r);
        String attributes = r.text(USBD_ATTRIBS);
        boolean restricted = attributes != null && attributes.toUpperCase(Locale.ROOT).contains("RSTD");
        base = new Base("user", id, m -> m.findUser(id).map(User::isBaseRecordSeen).orElse(false));
        return m -> {
            User u = m.user(id);
            u.setName(name);
            u.setDefaultGroup(defaultGroup);
            u.setOwner(owner);
            u.setInstallationData(data);
            u.setSpecial(special);
            u.setOperations(operations);
            u.setAuditor(auditor);
            u.setRevokeFlag(revoked);
            u.setRevokeDate(revokeDate);
            u.setResumeDate(resumeDate);
            u.setProtectedUser(protectedUser);
            u.setPasswordPhrase(passwordPhrase);
            u.setRestricted(restricted);
            u.setBaseRecordSeen(true);
        };
    }

    /**
     * USBD_NOPWD is PHR for a user with a phrase; USBD_PHR_ALG names the algorithm protecting the
     * phrase (LEGACY, KDFAES) and is NOPHRASE or blank for a user without one. Either says a phrase.
     */
    private static boolean hasPasswordPhrase(RecordFields r) {
        String algorithm = r.text(USBD_PHR_ALG);
        boolean phraseAlgorithm = algorithm != null && !algorithm.isBlank() && !"NOPHRASE".equalsIgnoreCase(algorithm.trim());
        return "PHR".equalsIgnoreCase(r.text(USBD_NOPWD)) || phraseAlgorithm;
    }

    private Consumer<SecurityModel.Builder> userGroupConnection(RecordFields r) {
        String user = key(r, USGCON_NAME);
        String group = key(r, USGCON_GRP_ID);
        if (user == null || group == null) {
            return null;
        }
        return m -> m.connection(user, group);
    }

    private Consumer<SecurityModel.Builder> userConnectData(RecordFields r) {
        String user = key(r, USCON_NAME);
        String group = key(r, USCON_GRP_ID);
        if (user == null || group == null) {
            return null;
        }
        boolean special = flag(r, USCON_GRP_SPECIAL);
        boolean operations = flag(r, USCON_GRP_OPER);
        boolean auditor = flag(r, USCON_GRP_AUDIT);
        boolean revoked = flag(r, USCON_REVOKE);
        LocalDate revokeDate = date(r, USCON_REVOKE_DATE);
        LocalDate resumeDate = date(r, USCON_RESUME_DATE);
        return m -> {
            Connection c = m.connection(user, group);
            c.setGroupSpecial(special);
            c.setGroupOperations(operations);
            c.setGroupAuditor(auditor);
            c.setRevoked(revoked);
            c.setRevokeDate(revokeDate);
            c.setResumeDate(resumeDate);
        };
    }

    private Consumer<SecurityModel.Builder> userOmvs(RecordFields r) {
        String id = key(r, USOMVS_NAME);
        if (id == null) {
            return null;
        }
        Long uid = number(r, USOMVS_UID);
        OmvsSegment omvs = new OmvsSegment(uid, r.text(USOMVS_HOME_PATH), r.text(USOMVS_PROGRAM));
        return m -> m.user(id).setOmvs(omvs);
    }

    private Consumer<SecurityModel.Builder> datasetBasic(RecordFields r) {
        String name = key(r, DSBD_NAME);
        if (name == null) {
            return null;
        }
        return profileBase(DATASET_CLASS, name, r.text(DSBD_VOL), flag(r, DSBD_GENERIC), r.text(DSBD_UACC),
                flag(r, DSBD_WARNING), r.text(DSBD_OWNER_ID), r.text(DSBD_INSTALL_DATA));
    }

    private Consumer<SecurityModel.Builder> datasetConditionalAccess(RecordFields r) {
        String name = key(r, DSCACC_NAME);
        String id = key(r, DSCACC_AUTH_ID);
        if (name == null || id == null) {
            return null;
        }
        AccessLevel level = accessLevel(r, DSCACC_ACCESS, DATASET_CLASS);
        return conditionalEntry(DATASET_CLASS, name, r.text(DSCACC_VOL), level == null ? null
                : new ConditionalAccessEntry(id, level, r.text(DSCACC_CATYPE), r.text(DSCACC_CANAME)));
    }

    private Consumer<SecurityModel.Builder> datasetAccess(RecordFields r) {
        String name = key(r, DSACC_NAME);
        String id = key(r, DSACC_AUTH_ID);
        if (name == null || id == null) {
            return null;
        }
        AccessLevel level = accessLevel(r, DSACC_ACCESS, DATASET_CLASS);
        return accessEntry(DATASET_CLASS, name, r.text(DSACC_VOL), level == null ? null : new AccessEntry(id, level));
    }

    private Consumer<SecurityModel.Builder> generalBasic(RecordFields r) {
        String name = key(r, GRBD_NAME);
        String className = key(r, GRBD_CLASS_NAME);
        if (name == null || className == null) {
            return null;
        }
        return profileBase(className, name, null, flag(r, GRBD_GENERIC), r.text(GRBD_UACC), flag(r, GRBD_WARNING),
                r.text(GRBD_OWNER_ID), r.text(GRBD_INSTALL_DATA));
    }

    /**
     * A profile's base record (0400 or 0500). Duplicates are tracked by class and name, so a data
     * set profile on a volume (a discrete profile of an uncataloged data set) is not tracked.
     */
    private Consumer<SecurityModel.Builder> profileBase(String className, String name, String volume, boolean generic,
                                                        String uacc, boolean warning, String owner, String data) {
        if (volume == null) {
            base = new Base(className, name,
                    m -> m.findProfile(className, name).map(ResourceProfile::isBaseRecordSeen).orElse(false));
        }
        return m -> {
            ResourceProfile p = m.profile(className, name, volume);
            p.setGeneric(generic);
            universalAccess(p, uacc);
            p.setWarning(warning);
            p.setOwner(owner);
            p.setInstallationData(data);
            p.setBaseRecordSeen(true);
        };
    }

    /** An access list record (0404 or 0505); a level that did not decode keeps the entry out. */
    private static Consumer<SecurityModel.Builder> accessEntry(String className, String name, String volume, AccessEntry entry) {
        return m -> {
            ResourceProfile p = m.profile(className, name, volume);
            if (entry != null) {
                p.getAccessList().add(entry);
            }
        };
    }

    /** A conditional access list record (0402 or 0507). */
    private static Consumer<SecurityModel.Builder> conditionalEntry(String className, String name, String volume,
                                                                    ConditionalAccessEntry entry) {
        return m -> {
            ResourceProfile p = m.profile(className, name, volume);
            if (entry != null) {
                p.getConditionalAccessList().add(entry);
            }
        };
    }

    private Consumer<SecurityModel.Builder> generalMember(RecordFields r) {
        String name = key(r, GRMEM_NAME);
        String className = key(r, GRMEM_CLASS_NAME);
        if (name == null || className == null) {
            return null;
        }
        String member = r.text(GRMEM_MEMBER);
        return m -> {
            if (member != null) {
                m.profile(className, name).getMembers().add(member);
            }
        };
    }

    private Consumer<SecurityModel.Builder> generalAccess(RecordFields r) {
        String name = key(r, GRACC_NAME);
        String className = key(r, GRACC_CLASS_NAME);
        String id = key(r, GRACC_AUTH_ID);
        if (name == null || className == null || id == null) {
            return null;
        }
        AccessLevel level = accessLevel(r, GRACC_ACCESS, className);
        return accessEntry(className, name, null, level == null ? null : new AccessEntry(id, level));
    }

    private Consumer<SecurityModel.Builder> generalConditionalAccess(RecordFields r) {
        String name = key(r, GRCACC_NAME);
        String className = key(r, GRCACC_CLASS_NAME);
        String id = key(r, GRCACC_AUTH_ID);
        if (name == null || className == null || id == null) {
            return null;
        }
        AccessLevel level = accessLevel(r, GRCACC_ACCESS, className);
        return conditionalEntry(className, name, null, level == null ? null
                : new ConditionalAccessEntry(id, level, r.text(GRCACC_CATYPE), r.text(GRCACC_CANAME)));
    }

    private Consumer<SecurityModel.Builder> startedTask(RecordFields r) {
        String name = key(r, GRST_NAME);
        String className = key(r, GRST_CLASS_NAME);
        if (name == null || className == null) {
            return null;
        }
        StartedTaskData data = new StartedTaskData(r.text(GRST_USER_ID), r.text(GRST_GROUP_ID),
                flag(r, GRST_TRUSTED), flag(r, GRST_PRIVILEGED), flag(r, GRST_TRACE));
        return m -> m.profile(className, name).setStartedTaskData(data);
    }

    /** CDTINFO is checked for readability; the model has no place for it yet. */
    private Consumer<SecurityModel.Builder> cdtInfo(RecordFields r) {
        if (key(r, GRCDT_NAME) == null || key(r, GRCDT_CLASS_NAME) == null) {
            return null;
        }
        flag(r, GRCDT_OPER);
        flag(r, GRCDT_PROF_ALLOW);
        return m -> { };
    }

    private static void universalAccess(ResourceProfile p, String raw) {
        p.setRawUniversalAccess(raw);
        p.setUniversalAccess(AccessLevel.parse(raw));
    }

    private void problem(String message) {
        if (problems == null) {
            problems = new ArrayList<>(2);
        }
        problems.add(message);
    }

    /** A key field; a record without it cannot be placed and is an error. */
    private String key(RecordFields r, Field f) {
        String value = r.text(f);
        if (value == null && !failed) {
            failed = true;
            problem(f.name() + " is blank or missing; record not used");
        }
        return value;
    }

    private boolean flag(RecordFields r, Field f) {
        String value = r.text(f);
        if (value == null) {
            return false;
        }
        if (value.equalsIgnoreCase("YES")) {
            return true;
        }
        if (!value.equalsIgnoreCase("NO")) {
            problem(f.name() + " '" + value + "' is neither YES nor NO; taken as NO");
        }
        return false;
    }

    private LocalDate date(RecordFields r, Field f) {
        String value = r.text(f);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(f.name() + " '" + value + "' is not a date (yyyy-mm-dd); left empty");
            return null;
        }
    }

    private Long number(RecordFields r, Field f) {
        String value = r.text(f);
        if (value == null) {
            return null;
        }
        String digits = value.strip();
        boolean valid = !digits.isEmpty() && digits.length() <= 18;
        for (int i = 0; valid && i < digits.length(); i++) {
            valid = digits.charAt(i) >= '0' && digits.charAt(i) <= '9';
        }
        if (!valid) {
            problem(f.name() + " '" + value + "' is not a number; left empty");
            return null;
        }
        return Long.parseLong(digits);
    }

    /**
     * The access level of an access-list entry, or null when the entry is not used: DIGTCERT entries
     * hold trust values (TRUST, NOTRUST, HIGHTRST), which are no access level; anything else that is
     * not an access level is an error, because leaving an entry out can change a decision.
     */
    private AccessLevel accessLevel(RecordFields r, Field f, String className) {
        String value = r.text(f);
        AccessLevel level = AccessLevel.parse(value);
        if (level == null && !("DIGTCERT".equals(className) && isTrustValue(value))) {
            problem(f.name() + " '" + (value == null ? "" : value) + "' is not an access level; entry not used");
        }
        return level;
    }

    private static boolean isTrustValue(String value) {
        return "TRUST".equalsIgnoreCase(value) || "NOTRUST".equalsIgnoreCase(value) || "HIGHTRST".equalsIgnoreCase(value);
    }
}
