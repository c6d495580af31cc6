package dev.esmscan.racf.unload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IBM layouts (z/OS 3.1, Security Server RACF Macros and Interfaces) of the IRRDBU00 record
 * types the readers map, shared by the fixed-column and the CSV reader. USBD_MFA_FALLBACK is
 * 639-642 as in real unloads, not 639-641 as documented.
 */
public final class RecordLayouts {

    /** 0100 group basic data record (GPBD). */
    public static final RecordLayout GROUP_BASIC = new RecordLayout("0100", "GPBD", List.of(
            new Field("GPBD_RECORD_TYPE", 1, 4),
            new Field("GPBD_NAME", 6, 13),
            new Field("GPBD_SUPGRP_ID", 15, 22),
            new Field("GPBD_CREATE_DATE", 24, 33),
            new Field("GPBD_OWNER_ID", 35, 42),
            new Field("GPBD_UACC", 44, 51),
            new Field("GPBD_NOTERMUACC", 53, 56),
            new Field("GPBD_INSTALL_DATA", 58, 312),
            new Field("GPBD_MODEL", 314, 357),
            new Field("GPBD_UNIVERSAL", 359, 362)));

    /** 0101 group subgroups record (GPSGRP). */
    public static final RecordLayout GROUP_SUBGROUPS = new RecordLayout("0101", "GPSGRP", List.of(
            new Field("GPSGRP_RECORD_TYPE", 1, 4),
            new Field("GPSGRP_NAME", 6, 13),
            new Field("GPSGRP_SUBGRP_ID", 15, 22)));

    /** 0102 group members record (GPMEM). */
    public static final RecordLayout GROUP_MEMBERS = new RecordLayout("0102", "GPMEM", List.of(
            new Field("GPMEM_RECORD_TYPE", 1, 4),
            new Field("GPMEM_NAME", 6, 13),
            new Field("GPMEM_MEMBER_ID", 15, 22),
            new Field("GPMEM_AUTH", 24, 31)));

    /** 0120 group omvs data record (GPOMVS). */
    public static final RecordLayout GROUP_OMVS = new RecordLayout("0120", "GPOMVS", List.of(
            new Field("GPOMVS_RECORD_TYPE", 1, 4),
            new Field("GPOMVS_NAME", 6, 13),
            new Field("GPOMVS_GID", 15, 24)));

    /** 0200 user basic data record (USBD). */
    public static final RecordLayout USER_BASIC = new RecordLayout("0200", "USBD", List.of(
            new Field("USBD_RECORD_TYPE", 1, 4),
            new Field("USBD_NAME", 6, 13),
            new Field("USBD_CREATE_DATE", 15, 24),
            new Field("USBD_OWNER_ID", 26, 33),
            new Field("USBD_ADSP", 35, 38),
            new Field("USBD_SPECIAL", 40, 43),
            new Field("USBD_OPER", 45, 48),
            new Field("USBD_REVOKE", 50, 53),
            new Field("USBD_GRPACC", 55, 58),
            new Field("USBD_PWD_INTERVAL", 60, 62),
            new Field("USBD_PWD_DATE", 64, 73),
            new Field("USBD_PROGRAMMER", 75, 94),
            new Field("USBD_DEFGRP_ID", 96, 103),
            new Field("USBD_LASTJOB_TIME", 105, 112),
            new Field("USBD_LASTJOB_DATE", 114, 123),
            new Field("USBD_INSTALL_DATA", 125, 379),
            new Field("USBD_UAUDIT", 381, 384),
            new Field("USBD_AUDITOR", 386, 389),
            new Field("USBD_NOPWD", 391, 394),
            new Field("USBD_OIDCARD", 396, 399),
            new Field("USBD_PWD_GEN", 401, 403),
            new Field("USBD_REVOKE_CNT", 405, 407),
            new Field("USBD_MODEL", 409, 452),
            new Field("USBD_SECLEVEL", 454, 456),
            new Field("USBD_REVOKE_DATE", 458, 467),
            new Field("USBD_RESUME_DATE", 469, 478),
            new Field("USBD_ACCESS_SUN", 480, 483),
            new Field("USBD_ACCESS_MON", 485, 488),
            new Field("USBD_ACCESS_TUE", 490, 493),
            new Field("USBD_ACCESS_WED", 495, 498),
            new Field("USBD_ACCESS_THU", 500, 503),
            new Field("USBD_ACCESS_FRI", 505, 508),
            new Field("USBD_ACCESS_SAT", 510, 513),
            new Field("USBD_START_TIME", 515, 522),
            new Field("USBD_END_TIME", 524, 531),
            new Field("USBD_SECLABEL", 533, 540),
            new Field("USBD_ATTRIBS", 542, 549),
            new Field("USBD_PWDENV_EXISTS", 551, 554),
            new Field("USBD_PWD_ASIS", 556, 559),
            new Field("USBD_PHR_DATE", 561, 570),
            new Field("USBD_PHR_GEN", 572, 574),
            new Field("USBD_CERT_SEQN", 576, 585),
            new Field("USBD_PPHENV_EXISTS", 587, 590),
            new Field("USBD_PWD_ALG", 592, 603),
            new Field("USBD_LEG_PWDHIST_CT", 605, 607),
            new Field("USBD_XPW_PWDHIST_CT", 609, 611),
            new Field("USBD_PHR_ALG", 613, 624),
            new Field("USBD_LEG_PHRHIST_CT", 626, 628),
            new Field("USBD_XPW_PHRHIST_CT", 630, 632),
            new Field("USBD_ROAUDIT", 634, 637),
            new Field("USBD_MFA_FALLBACK", 639, 642),
            new Field("USBD_PHR_INTERVAL", 644, 648)));

    /** 0203 user group connections record (USGCON). */
    public static final RecordLayout USER_GROUP_CONNECTIONS = new RecordLayout("0203", "USGCON", List.of(
            new Field("USGCON_RECORD_TYPE", 1, 4),
            new Field("USGCON_NAME", 6, 13),
            new Field("USGCON_GRP_ID", 15, 22)));

    /** 0205 user connect data record (USCON). */
    public static final RecordLayout USER_CONNECT_DATA = new RecordLayout("0205", "USCON", List.of(
            new Field("USCON_RECORD_TYPE", 1, 4),
            new Field("USCON_NAME", 6, 13),
            new Field("USCON_GRP_ID", 15, 22),
            new Field("USCON_CONNECT_DATE", 24, 33),
            new Field("USCON_OWNER_ID", 35, 42),
            new Field("USCON_LASTCON_TIME", 44, 51),
            new Field("USCON_LASTCON_DATE", 53, 62),
            new Field("USCON_UACC", 64, 71),
            new Field("USCON_INIT_CNT", 73, 77),
            new Field("USCON_GRP_ADSP", 79, 82),
            new Field("USCON_GRP_SPECIAL", 84, 87),
            new Field("USCON_GRP_OPER", 89, 92),
            new Field("USCON_REVOKE", 94, 97),
            new Field("USCON_GRP_ACC", 99, 102),
            new Field("USCON_NOTERMUACC", 104, 107),
            new Field("USCON_GRP_AUDIT", 109, 112),
            new Field("USCON_REVOKE_DATE", 114, 123),
            new Field("USCON_RESUME_DATE", 125, 134)));

    /** 0270 user omvs data record (USOMVS). */
    public static final RecordLayout USER_OMVS = new RecordLayout("0270", "USOMVS", List.of(
            new Field("USOMVS_RECORD_TYPE", 1, 4),
            new Field("USOMVS_NAME", 6, 13),
            new Field("USOMVS_UID", 15, 24),
            new Field("USOMVS_HOME_PATH", 26, 1048),
            new Field("USOMVS_PROGRAM", 1050, 2072),
            new Field("USOMVS_CPUTIMEMAX", 2074, 2083),
            new Field("USOMVS_ASSIZEMAX", 2085, 2094),
            new Field("USOMVS_FILEPROCMAX", 2096, 2105),
            new Field("USOMVS_PROCUSERMAX", 2107, 2116),
            new Field("USOMVS_THREADSMAX", 2118, 2127),
            new Field("USOMVS_MMAPAREAMAX", 2129, 2138),
            new Field("USOMVS_MEMLIMIT", 2140, 2148),
            new Field("USOMVS_SHMEMAX", 2150, 2158)));

    /** 0400 data set basic data record (DSBD). */
    public static final RecordLayout DATASET_BASIC = new RecordLayout("0400", "DSBD", List.of(
            new Field("DSBD_RECORD_TYPE", 1, 4),
            new Field("DSBD_NAME", 6, 49),
            new Field("DSBD_VOL", 51, 56),
            new Field("DSBD_GENERIC", 58, 61),
            new Field("DSBD_CREATE_DATE", 63, 72),
            new Field("DSBD_OWNER_ID", 74, 81),
            new Field("DSBD_LASTREF_DATE", 83, 92),
            new Field("DSBD_LASTCHG_DATE", 94, 103),
            new Field("DSBD_ALTER_CNT", 105, 109),
            new Field("DSBD_CONTROL_CNT", 111, 115),
            new Field("DSBD_UPDATE_CNT", 117, 121),
            new Field("DSBD_READ_CNT", 123, 127),
            new Field("DSBD_UACC", 129, 136),
            new Field("DSBD_GRPDS", 138, 141),
            new Field("DSBD_AUDIT_LEVEL", 143, 150),
            new Field("DSBD_GRP_ID", 152, 159),
            new Field("DSBD_DS_TYPE", 161, 168),
            new Field("DSBD_LEVEL", 170, 172),
            new Field("DSBD_DEVICE_NAME", 174, 181),
            new Field("DSBD_GAUDIT_LEVEL", 183, 190),
            new Field("DSBD_INSTALL_DATA", 192, 446),
            new Field("DSBD_AUDIT_OKQUAL", 448, 455),
            new Field("DSBD_AUDIT_FAQUAL", 457, 464),
            new Field("DSBD_GAUDIT_OKQUAL", 466, 473),
            new Field("DSBD_GAUDIT_FAQUAL", 475, 482),
            new Field("DSBD_WARNING", 484, 487),
            new Field("DSBD_SECLEVEL", 489, 491),
            new Field("DSBD_NOTIFY_ID", 493, 500),
            new Field("DSBD_RETENTION", 502, 506),
            new Field("DSBD_ERASE", 508, 511),
            new Field("DSBD_SECLABEL", 513, 520),
            new Field("DSBD_RESERVED_01", 522, 526),
            new Field("DSBD_RESERVED_02", 528, 532)));

    /** 0402 data set conditional access record (DSCACC). */
    public static final RecordLayout DATASET_CONDITIONAL_ACCESS = new RecordLayout("0402", "DSCACC", List.of(
            new Field("DSCACC_RECORD_TYPE", 1, 4),
            new Field("DSCACC_NAME", 6, 49),
            new Field("DSCACC_VOL", 51, 56),
            new Field("DSCACC_CATYPE", 58, 65),
            new Field("DSCACC_CANAME", 67, 74),
            new Field("DSCACC_AUTH_ID", 76, 83),
            new Field("DSCACC_ACCESS", 85, 92),
            new Field("DSCACC_ACCESS_CNT", 94, 98),
            new Field("DSCACC_NET_ID", 100, 107),
            new Field("DSCACC_CACRITERIA", 109, 352)));

    /** 0404 data set access record (DSACC). */
    public static final RecordLayout DATASET_ACCESS = new RecordLayout("0404", "DSACC", List.of(
            new Field("DSACC_RECORD_TYPE", 1, 4),
            new Field("DSACC_NAME", 6, 49),
            new Field("DSACC_VOL", 51, 56),
            new Field("DSACC_AUTH_ID", 58, 65),
            new Field("DSACC_ACCESS", 67, 74),
            new Field("DSACC_ACCESS_CNT", 76, 80)));

    /** 0500 general resource basic data record (GRBD). */
    public static final RecordLayout GENERAL_BASIC = new RecordLayout("0500", "GRBD", List.of(
            new Field("GRBD_RECORD_TYPE", 1, 4),
            new Field("GRBD_NAME", 6, 251),
            new Field("GRBD_CLASS_NAME", 253, 260),
            new Field("GRBD_GENERIC", 262, 265),
            new Field("GRBD_CLASS", 267, 269),
            new Field("GRBD_CREATE_DATE", 271, 280),
            new Field("GRBD_OWNER_ID", 282, 289),
            new Field("GRBD_LASTREF_DATE", 291, 300),
            new Field("GRBD_LASTCHG_DATE", 302, 311),
            new Field("GRBD_ALTER_CNT", 313, 317),
            new Field("GRBD_CONTROL_CNT", 319, 323),
            new Field("GRBD_UPDATE_CNT", 325, 329),
            new Field("GRBD_READ_CNT", 331, 335),
            new Field("GRBD_UACC", 337, 344),
            new Field("GRBD_AUDIT_LEVEL", 346, 353),
            new Field("GRBD_LEVEL", 355, 357),
            new Field("GRBD_GAUDIT_LEVEL", 359, 366),
            new Field("GRBD_INSTALL_DATA", 368, 622),
            new Field("GRBD_AUDIT_OKQUAL", 624, 631),
            new Field("GRBD_AUDIT_FAQUAL", 633, 640),
            new Field("GRBD_GAUDIT_OKQUAL", 642, 649),
            new Field("GRBD_GAUDIT_FAQUAL", 651, 658),
            new Field("GRBD_WARNING", 660, 663),
            new Field("GRBD_SINGLEDS", 665, 668),
            new Field("GRBD_AUTO", 670, 673),
            new Field("GRBD_TVTOC", 675, 678),
            new Field("GRBD_NOTIFY_ID", 680, 687),
            new Field("GRBD_ACCESS_SUN", 689, 692),
            new Field("GRBD_ACCESS_MON", 694, 697),
            new Field("GRBD_ACCESS_TUE", 699, 702),
            new Field("GRBD_ACCESS_WED", 704, 707),
            new Field("GRBD_ACCESS_THU", 709, 712),
            new Field("GRBD_ACCESS_FRI", 714, 717),
            new Field("GRBD_ACCESS_SAT", 719, 722),
            new Field("GRBD_START_TIME", 724, 731),
            new Field("GRBD_END_TIME", 733, 740),
            new Field("GRBD_ZONE_OFFSET", 742, 746),
            new Field("GRBD_ZONE_DIRECT", 748, 748),
            new Field("GRBD_SECLEVEL", 750, 752),
            new Field("GRBD_APPL_DATA", 754, 1008),
            new Field("GRBD_SECLABEL", 1010, 1017)));

    /** 0503 general resource members record (GRMEM). */
    public static final RecordLayout GENERAL_MEMBERS = new RecordLayout("0503", "GRMEM", List.of(
            new Field("GRMEM_RECORD_TYPE", 1, 4),
            new Field("GRMEM_NAME", 6, 251),
            new Field("GRMEM_CLASS_NAME", 253, 260),
            new Field("GRMEM_MEMBER", 262, 516),
            new Field("GRMEM_GLOBAL_ACC", 518, 525),
            new Field("GRMEM_PADS_DATA", 527, 534),
            new Field("GRMEM_VOL_NAME", 536, 541),
            new Field("GRMEM_VMEVENT_DATA", 543, 547),
            new Field("GRMEM_SECLEVEL", 549, 553),
            new Field("GRMEM_CATEGORY", 555, 559)));

    /** 0505 general resource access record (GRACC). */
    public static final RecordLayout GENERAL_ACCESS = new RecordLayout("0505", "GRACC", List.of(
            new Field("GRACC_RECORD_TYPE", 1, 4),
            new Field("GRACC_NAME", 6, 251),
            new Field("GRACC_CLASS_NAME", 253, 260),
            new Field("GRACC_AUTH_ID", 262, 269),
            new Field("GRACC_ACCESS", 271, 278),
            new Field("GRACC_ACCESS_CNT", 280, 284)));

    /** 0507 general resource conditional access record (GRCACC). */
    public static final RecordLayout GENERAL_CONDITIONAL_ACCESS = new RecordLayout("0507", "GRCACC", List.of(
            new Field("GRCACC_RECORD_TYPE", 1, 4),
            new Field("GRCACC_NAME", 6, 251),
            new Field("GRCACC_CLASS_NAME", 253, 260),
            new Field("GRCACC_CATYPE", 262, 269),
            new Field("GRCACC_CANAME", 271, 278),
            new Field("GRCACC_AUTH_ID", 280, 287),
            new Field("GRCACC_ACCESS", 289, 296),
            new Field("GRCACC_ACCESS_CNT", 298, 302),
            new Field("GRCACC_NET_ID", 304, 311),
            new Field("GRCACC_CACRITERIA", 313, 556)));

    /** 0540 general resource started task data record (GRST). */
    public static final RecordLayout GENERAL_STARTED_TASK = new RecordLayout("0540", "GRST", List.of(
            new Field("GRST_RECORD_TYPE", 1, 4),
            new Field("GRST_NAME", 6, 251),
            new Field("GRST_CLASS_NAME", 253, 260),
            new Field("GRST_USER_ID", 262, 269),
            new Field("GRST_GROUP_ID", 271, 278),
            new Field("GRST_TRUSTED", 280, 283),
            new Field("GRST_PRIVILEGED", 285, 288),
            new Field("GRST_TRACE", 290, 293)));

    /** 05C0 general resource cdtinfo data record (GRCDT). */
    public static final RecordLayout GENERAL_CDTINFO = new RecordLayout("05C0", "GRCDT", List.of(
            new Field("GRCDT_RECORD_TYPE", 1, 4),
            new Field("GRCDT_NAME", 6, 251),
            new Field("GRCDT_CLASS_NAME", 253, 260),
            new Field("GRCDT_POSIT", 262, 271),
            new Field("GRCDT_MAXLENGTH", 273, 275),
            new Field("GRCDT_MAXLENX", 277, 286),
            new Field("GRCDT_DEFAULTRC", 288, 290),
            new Field("GRCDT_KEYQUALIFIER", 292, 301),
            new Field("GRCDT_GROUP", 303, 310),
            new Field("GRCDT_MEMBER", 312, 319),
            new Field("GRCDT_FIRST_ALPHA", 321, 324),
            new Field("GRCDT_FIRST_NATL", 326, 329),
            new Field("GRCDT_FIRST_NUM", 331, 334),
            new Field("GRCDT_FIRST_SPEC", 336, 339),
            new Field("GRCDT_OTHER_ALPHA", 341, 344),
            new Field("GRCDT_OTHER_NATL", 346, 349),
            new Field("GRCDT_OTHER_NUM", 351, 354),
            new Field("GRCDT_OTHER_SPEC", 356, 359),
            new Field("GRCDT_OPER", 361, 364),
            new Field("GRCDT_DEFAULTUACC", 366, 373),
            new Field("GRCDT_RACLIST", 375, 384),
            new Field("GRCDT_GENLIST", 386, 395),
            new Field("GRCDT_PROF_ALLOW", 397, 400),
            new Field("GRCDT_SECL_REQ", 402, 405),
            new Field("GRCDT_MACPROCESS", 407, 414),
            new Field("GRCDT_SIGNAL", 416, 419),
            new Field("GRCDT_CASE", 421, 428),
            new Field("GRCDT_GENERIC", 430, 439)));

    private static final List<RecordLayout> MAPPED = List.of(
            GROUP_BASIC, GROUP_SUBGROUPS, GROUP_MEMBERS, GROUP_OMVS,
            USER_BASIC, USER_GROUP_CONNECTIONS, USER_CONNECT_DATA, USER_OMVS,
            DATASET_BASIC, DATASET_CONDITIONAL_ACCESS, DATASET_ACCESS,
            GENERAL_BASIC, GENERAL_MEMBERS, GENERAL_ACCESS, GENERAL_CONDITIONAL_ACCESS,
            GENERAL_STARTED_TASK, GENERAL_CDTINFO);

    /** Every IBM record type (z/OS 3.1) with its field-name prefix, mapped or not. */
    private static final String[] IBM_TYPES_AND_PREFIXES = {
            "0100", "GPBD",     "0101", "GPSGRP",   "0102", "GPMEM",    "0103", "GPINSTD",  "0110", "GPDFP",
            "0120", "GPOMVS",   "0130", "GPOVM",    "0141", "GPTME",    "0151", "GPCSD",    "0200", "USBD",
            "0201", "USCAT",    "0202", "USCLA",    "0203", "USGCON",   "0204", "USINSTD",  "0205", "USCON",
            "0206", "USRSF",    "0207", "USCERT",   "0208", "USNMAP",   "0209", "USDMAP",   "020A", "USMFA",
            "020B", "USMPOL",   "0210", "USDFP",    "0220", "USTSO",    "0230", "USCICS",   "0231", "USCOPC",
            "0232", "USCRSL",   "0233", "USCTSL",   "0240", "USLAN",    "0250", "USOPR",    "0251", "USOPRP",
            "0260", "USWRK",    "0270", "USOMVS",   "0280", "USNETV",   "0281", "USNOPC",   "0282", "USNDOM",
            "0290", "USDCE",    "02A0", "USOVM",    "02B0", "USLNOT",   "02C0", "USNDS",    "02D0", "USKERB",
            "02E0", "USPROXY",  "02F0", "USEIM",    "02G1", "USCSD",    "1210", "USMFAC",   "0400", "DSBD",
            "0401", "DSCAT",    "0402", "DSCACC",   "0403", "DSVOL",    "0404", "DSACC",    "0405", "DSINSTD",
            "0406", "DSMEM",    "0410", "DSDFP",    "0421", "DSTME",    "0431", "DSCSD",    "0500", "GRBD",
            "0501", "GRTVOL",   "0502", "GRCAT",    "0503", "GRMEM",    "0504", "GRVOL",    "0505", "GRACC",
            "0506", "GRINSTD",  "0507", "GRCACC",   "0508", "GRFLTR",   "0509", "GRDMAP",   "0510", "GRSES",
            "0511", "GRSESE",   "0520", "GRDLF",    "0521", "GRDLFJ",   "0530", "GRSIGN",   "0540", "GRST",
            "0550", "GRSV",     "0560", "GRCERT",   "0561", "CERTR",    "0562", "KEYR",     "0570", "GRTME",
            "0571", "GRTMEC",   "0572", "GRTMER",   "0573", "GRTMEG",   "0574", "GRTMEE",   "0580", "GRKERB",
            "0590", "GRPROXY",  "05A0", "GREIM",    "05B0", "GRALIAS",  "05C0", "GRCDT",    "05D0", "GRICTX",
            "05E0", "GRCFDEF",  "05F0", "GRSIG",    "05G0", "GRCSF",    "05G1", "GRCSFK",   "05G2", "GRCSFC",
            "05H0", "GRMFA",    "05I0", "GRMFP",    "05I1", "GRMPF",    "05J1", "GRCSD",    "05K0", "GRIDTP",
            "05L0", "GRJES",    "1560", "CERTN"
    };

    private static final Map<String, RecordLayout> LAYOUT_BY_TYPE = new LinkedHashMap<>();
    private static final Map<String, String> TYPE_BY_PREFIX = new LinkedHashMap<>();

    static {
        for (RecordLayout layout : MAPPED) {
            LAYOUT_BY_TYPE.put(layout.type(), layout);
        }
        for (int i = 0; i < IBM_TYPES_AND_PREFIXES.length; i += 2) {
            TYPE_BY_PREFIX.put(IBM_TYPES_AND_PREFIXES[i + 1], IBM_TYPES_AND_PREFIXES[i]);
        }
    }

    private RecordLayouts() {
    }

    /** The layouts of the record types that are read into the model. */
    public static List<RecordLayout> mapped() {
        return MAPPED;
    }

    /** The layout of a mapped record type, or null. */
    public static RecordLayout ofType(String type) {
        return LAYOUT_BY_TYPE.get(type);
    }

    /** The record type whose IBM field names start with this prefix (e.g. "USBD" gives "0200"), or null. */
    public static String typeOfPrefix(String prefix) {
        return TYPE_BY_PREFIX.get(prefix);
    }

    /** The IBM prefix of a field name: the part before the first underscore, or null when there is none. */
    public static String prefixOf(String fieldName) {
        int underscore = fieldName.indexOf('_');
        return underscore <= 0 ? null : fieldName.substring(0, underscore);
    }
}
