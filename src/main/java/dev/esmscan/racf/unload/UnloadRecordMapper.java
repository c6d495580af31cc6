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
import java.util.Locale;
import java.util.Map;

/**
 * Puts one unload record into the model under construction, whatever its source format. Records of
 * types the model does not use are counted as skipped; records of profiles whose class is outside
 * the scope are counted as filtered, told by the class alone; values that cannot be read are counted
 * as errors with their line, and the record is kept without them.
 */
final class UnloadRecordMapper {
    static final String DATASET_CLASS = ProfileScope.DATASET;

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

    private final SecurityModel.Builder model;
    private final ReadStats stats;
    private final ProfileScope scope;
    private long line;
    private boolean failed;

    UnloadRecordMapper(SecurityModel.Builder model, ReadStats stats) {
        this(model, stats, ProfileScope.all());
    }

    UnloadRecordMapper(SecurityModel.Builder model, ReadStats stats, ProfileScope scope) {
        this.model = model;
        this.stats = stats;
        this.scope = scope;
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

    /** Reads one record of the given type; {@code line} is where it came from, for problem reports. */
    void map(String type, RecordFields r, long line) {
        this.line = line;
        this.failed = false;
        if (!scope.keepsEverything() && outOfScope(type, r)) {
            stats.filtered(type, 1);
            return;
        }
        boolean taken;
        switch (type) {
            case "0100": taken = groupBasic(r); break;
            case "0101": taken = key(r, GPSGRP_NAME) != null; break;
            case "0102": taken = groupMember(r); break;
            case "0120": taken = groupOmvs(r); break;
            case "0200": taken = userBasic(r); break;
            case "0203": taken = userGroupConnection(r); break;
            case "0205": taken = userConnectData(r); break;
            case "0270": taken = userOmvs(r); break;
            case "0400": taken = datasetBasic(r); break;
            case "0402": taken = datasetConditionalAccess(r); break;
            case "0404": taken = datasetAccess(r); break;
            case "0500": taken = generalBasic(r); break;
            case "0503": taken = generalMember(r); break;
            case "0505": taken = generalAccess(r); break;
            case "0507": taken = generalConditionalAccess(r); break;
            case "0540": taken = startedTask(r); break;
            case "05C0": taken = cdtInfo(r); break;
            default:
                stats.skipped(type);
                return;
        }
        if (taken) {
            stats.record(type);
        }
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

    private boolean groupBasic(RecordFields r) {
        String name = key(r, GPBD_NAME);
        if (name == null) {
            return false;
        }
        Group g = model.group(name);
        g.setSuperiorGroup(r.text(GPBD_SUPGRP_ID));
        g.setOwner(r.text(GPBD_OWNER_ID));
        g.setInstallationData(r.text(GPBD_INSTALL_DATA));
        g.setUniversal(flag(r, GPBD_UNIVERSAL));
        g.setBaseRecordSeen(true);
        return true;
    }

    private boolean groupMember(RecordFields r) {
        String group = key(r, GPMEM_NAME);
        String user = key(r, GPMEM_MEMBER_ID);
        if (group == null || user == null) {
            return false;
        }
        model.connection(user, group).setAuthority(r.text(GPMEM_AUTH));
        return true;
    }

    private boolean groupOmvs(RecordFields r) {
        String name = key(r, GPOMVS_NAME);
        if (name == null) {
            return false;
        }
        Group g = model.group(name);
        g.setOmvsSegment(true);
        g.setGid(number(r, GPOMVS_GID));
        return true;
    }

    private boolean userBasic(RecordFields r) {
        String id = key(r, USBD_NAME);
        if (id == null) {
            return false;
        }
        User u = model.user(id);
        u.setName(r.text(USBD_PROGRAMMER));
        u.setDefaultGroup(r.text(USBD_DEFGRP_ID));
        u.setOwner(r.text(USBD_OWNER_ID));
        u.setInstallationData(r.text(USBD_INSTALL_DATA));
        u.setSpecial(flag(r, USBD_SPECIAL));
        u.setOperations(flag(r, USBD_OPER));
        u.setAuditor(flag(r, USBD_AUDITOR));
        u.setRevokeFlag(flag(r, USBD_REVOKE));
        u.setRevokeDate(date(r, USBD_REVOKE_DATE));
        u.setResumeDate(date(r, USBD_RESUME_DATE));
        u.setProtectedUser("PRO".equalsIgnoreCase(r.text(USBD_NOPWD)));
        String attributes = r.text(USBD_ATTRIBS);
        u.setRestricted(attributes != null && attributes.toUpperCase(Locale.ROOT).contains("RSTD"));
        u.setBaseRecordSeen(true);
        return true;
    }

    private boolean userGroupConnection(RecordFields r) {
        String user = key(r, USGCON_NAME);
        String group = key(r, USGCON_GRP_ID);
        if (user == null || group == null) {
            return false;
        }
        model.connection(user, group);
        return true;
    }

    private boolean userConnectData(RecordFields r) {
        String user = key(r, USCON_NAME);
        String group = key(r, USCON_GRP_ID);
        if (user == null || group == null) {
            return false;
        }
        Connection c = model.connection(user, group);
        c.setGroupSpecial(flag(r, USCON_GRP_SPECIAL));
        c.setGroupOperations(flag(r, USCON_GRP_OPER));
        c.setGroupAuditor(flag(r, USCON_GRP_AUDIT));
        c.setRevoked(flag(r, USCON_REVOKE));
        c.setRevokeDate(date(r, USCON_REVOKE_DATE));
        c.setResumeDate(date(r, USCON_RESUME_DATE));
        return true;
    }

    private boolean userOmvs(RecordFields r) {
        String id = key(r, USOMVS_NAME);
        if (id == null) {
            return false;
        }
        Long uid = number(r, USOMVS_UID);
        model.user(id).setOmvs(new OmvsSegment(uid, r.text(USOMVS_HOME_PATH), r.text(USOMVS_PROGRAM)));
        return true;
    }

    private boolean datasetBasic(RecordFields r) {
        String name = key(r, DSBD_NAME);
        if (name == null) {
            return false;
        }
        ResourceProfile p = model.profile(DATASET_CLASS, name, r.text(DSBD_VOL));
        p.setGeneric(flag(r, DSBD_GENERIC));
        universalAccess(p, r.text(DSBD_UACC));
        p.setWarning(flag(r, DSBD_WARNING));
        p.setOwner(r.text(DSBD_OWNER_ID));
        p.setInstallationData(r.text(DSBD_INSTALL_DATA));
        p.setBaseRecordSeen(true);
        return true;
    }

    private boolean datasetConditionalAccess(RecordFields r) {
        String name = key(r, DSCACC_NAME);
        String id = key(r, DSCACC_AUTH_ID);
        if (name == null || id == null) {
            return false;
        }
        AccessLevel level = accessLevel(r, DSCACC_ACCESS, DATASET_CLASS);
        ResourceProfile p = model.profile(DATASET_CLASS, name, r.text(DSCACC_VOL));
        if (level != null) {
            p.getConditionalAccessList().add(new ConditionalAccessEntry(id, level, r.text(DSCACC_CATYPE), r.text(DSCACC_CANAME)));
        }
        return true;
    }

    private boolean datasetAccess(RecordFields r) {
        String name = key(r, DSACC_NAME);
        String id = key(r, DSACC_AUTH_ID);
        if (name == null || id == null) {
            return false;
        }
        AccessLevel level = accessLevel(r, DSACC_ACCESS, DATASET_CLASS);
        ResourceProfile p = model.profile(DATASET_CLASS, name, r.text(DSACC_VOL));
        if (level != null) {
            p.getAccessList().add(new AccessEntry(id, level));
        }
        return true;
    }

    private boolean generalBasic(RecordFields r) {
        String name = key(r, GRBD_NAME);
        String className = key(r, GRBD_CLASS_NAME);
        if (name == null || className == null) {
            return false;
        }
        ResourceProfile p = model.profile(className, name);
        p.setGeneric(flag(r, GRBD_GENERIC));
        universalAccess(p, r.text(GRBD_UACC));
        p.setWarning(flag(r, GRBD_WARNING));
        p.setOwner(r.text(GRBD_OWNER_ID));
        p.setInstallationData(r.text(GRBD_INSTALL_DATA));
        p.setBaseRecordSeen(true);
        return true;
    }

    private boolean generalMember(RecordFields r) {
        String name = key(r, GRMEM_NAME);
        String className = key(r, GRMEM_CLASS_NAME);
        if (name == null || className == null) {
            return false;
        }
        String member = r.text(GRMEM_MEMBER);
        if (member != null) {
            model.profile(className, name).getMembers().add(member);
        }
        return true;
    }

    private boolean generalAccess(RecordFields r) {
        String name = key(r, GRACC_NAME);
        String className = key(r, GRACC_CLASS_NAME);
        String id = key(r, GRACC_AUTH_ID);
        if (name == null || className == null || id == null) {
            return false;
        }
        AccessLevel level = accessLevel(r, GRACC_ACCESS, className);
        ResourceProfile p = model.profile(className, name);
        if (level != null) {
            p.getAccessList().add(new AccessEntry(id, level));
        }
        return true;
    }

    private boolean generalConditionalAccess(RecordFields r) {
        String name = key(r, GRCACC_NAME);
        String className = key(r, GRCACC_CLASS_NAME);
        String id = key(r, GRCACC_AUTH_ID);
        if (name == null || className == null || id == null) {
            return false;
        }
        AccessLevel level = accessLevel(r, GRCACC_ACCESS, className);
        ResourceProfile p = model.profile(className, name);
        if (level != null) {
            p.getConditionalAccessList().add(new ConditionalAccessEntry(id, level, r.text(GRCACC_CATYPE), r.text(GRCACC_CANAME)));
        }
        return true;
    }

    private boolean startedTask(RecordFields r) {
        String name = key(r, GRST_NAME);
        String className = key(r, GRST_CLASS_NAME);
        if (name == null || className == null) {
            return false;
        }
        StartedTaskData data = new StartedTaskData(r.text(GRST_USER_ID), r.text(GRST_GROUP_ID),
                flag(r, GRST_TRUSTED), flag(r, GRST_PRIVILEGED), flag(r, GRST_TRACE));
        model.profile(className, name).setStartedTaskData(data);
        return true;
    }

    /** CDTINFO is checked for readability; the model has no place for it yet. */
    private boolean cdtInfo(RecordFields r) {
        if (key(r, GRCDT_NAME) == null || key(r, GRCDT_CLASS_NAME) == null) {
            return false;
        }
        flag(r, GRCDT_OPER);
        flag(r, GRCDT_PROF_ALLOW);
        return true;
    }

    private void universalAccess(ResourceProfile p, String raw) {
        p.setRawUniversalAccess(raw);
        p.setUniversalAccess(AccessLevel.parse(raw));
    }

    /** A key field; a record without it cannot be placed and is an error. */
    private String key(RecordFields r, Field f) {
        String value = r.text(f);
        if (value == null && !failed) {
            failed = true;
            stats.error(line, f.name() + " is blank or missing; record not used");
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
            stats.error(line, f.name() + " '" + value + "' is neither YES nor NO; taken as NO");
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
            stats.error(line, f.name() + " '" + value + "' is not a date (yyyy-mm-dd); left empty");
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
            stats.error(line, f.name() + " '" + value + "' is not a number; left empty");
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
            stats.error(line, f.name() + " '" + (value == null ? "" : value) + "' is not an access level; entry not used");
        }
        return level;
    }

    private static boolean isTrustValue(String value) {
        return "TRUST".equalsIgnoreCase(value) || "NOTRUST".equalsIgnoreCase(value) || "HIGHTRST".equalsIgnoreCase(value);
    }
}
