package dev.esmscan.racf.command;

import java.util.Locale;
import java.util.Optional;

/** The RACF commands esmscan reads, with the abbreviations RACF accepts and the operands each takes. */
public enum RacfVerb {
    ADDGROUP("AG", 1, Effect.CHANGE, Keywords.of("CSDATA DATA DFP MODEL OMVS OVM OWNER SUPGROUP TERMUACC NOTERMUACC TME UNIVERSAL")),
    ALTGROUP("ALG", 1, Effect.CHANGE, Keywords.of("CSDATA NOCSDATA DATA NODATA DFP NODFP MODEL NOMODEL OMVS NOOMVS OVM NOOVM",
            "OWNER SUPGROUP TERMUACC NOTERMUACC TME NOTME")),
    DELGROUP("DG", 1, Effect.CHANGE, Keywords.none()),
    ADDUSER("AU", 1, Effect.CHANGE, Keywords.of(UserOperands.ADDUSER)),
    ALTUSER("ALU", 1, Effect.CHANGE, Keywords.of(UserOperands.ADDUSER, UserOperands.ALTUSER_ONLY)),
    DELUSER("DU", 1, Effect.CHANGE, Keywords.none()),
    CONNECT("CO", 1, Effect.CHANGE, Keywords.of("ADSP NOADSP AUDITOR NOAUDITOR AUTHORITY GROUP GRPACC NOGRPACC OPERATIONS NOOPERATIONS",
            "OWNER RESUME NORESUME REVOKE NOREVOKE SPECIAL NOSPECIAL UACC")),
    REMOVE("RE", 1, Effect.CHANGE, Keywords.of("GROUP OWNER")),
    RDEFINE("RDEF", 2, Effect.CHANGE, Keywords.of(ResourceOperands.COMMON, "FCLASS FGENERIC FROM FVOLUME")),
    RALTER("RALT", 2, Effect.CHANGE, Keywords.of(ResourceOperands.COMMON, ResourceOperands.RALTER_ONLY)),
    RDELETE("RDEL", 2, Effect.CHANGE, Keywords.none()),
    PERMIT("PE", 1, Effect.CHANGE, Keywords.of("ACCESS CLASS DELETE FCLASS FGENERIC FROM FVOLUME GENERIC ID RESET VOLUME WHEN")),
    SETROPTS("SETR", 0, Effect.CHANGE, Keywords.of(SetroptsOperands.ALL)),
    ADDSD("AD", 1, Effect.CHANGE, Keywords.of(DatasetOperands.ADDSD)),
    ALTDSD("ALD", 1, Effect.CHANGE, Keywords.of(DatasetOperands.ALTDSD)),
    DELDSD("DD", 1, Effect.CHANGE, Keywords.of("GENERIC SET NOSET VOLUME")),
    LISTUSER("LU", 0, Effect.LISTING, Keywords.none()),
    LISTGRP("LG", 0, Effect.LISTING, Keywords.none()),
    LISTDSD("LD", 0, Effect.LISTING, Keywords.none()),
    RLIST("RL", 0, Effect.LISTING, Keywords.none()),
    SEARCH("SR", 0, Effect.LISTING, Keywords.none()),
    /** TSO's PROFILE: the session's PROMPT and PREFIX, nothing in the RACF database. */
    PROFILE("PROF", 0, Effect.TSO_PROFILE, Keywords.of("CHAR NOCHAR LINE NOLINE PROMPT NOPROMPT INTERCOM NOINTERCOM PAUSE NOPAUSE",
            "MSGID NOMSGID MODE NOMODE LIST PREFIX NOPREFIX WTPMSG NOWTPMSG PLANGUAGE SLANGUAGE VARSTORAGE RECOVER NORECOVER")),
    /** Certificates and key rings: no rule reads them. */
    RACDCERT(null, 0, Effect.OUTSIDE_THE_RULES, Keywords.none()),
    /** Distributed identity filters, kept in IDIDMAP profiles, which esmscan does not model. */
    RACMAP(null, 0, Effect.NOT_MODELLED, Keywords.none());

    /** What a command does to the RACF database, as far as esmscan is concerned. */
    public enum Effect {
        /** Changes the database; the interpreter applies it. */
        CHANGE,
        /** Displays only. */
        LISTING,
        /** TSO's PROFILE: changes the session, not the database. */
        TSO_PROFILE,
        /** Changes something no rule reads. */
        OUTSIDE_THE_RULES,
        /** Changes something esmscan does not model. */
        NOT_MODELLED
    }

    /** Operands RACF accepts on every command (RRSF routing); esmscan does not model them. */
    static final Keywords ROUTING = Keywords.of("AT ONLYAT");

    private final String abbreviation;
    private final int positionalCount;
    private final Effect effect;
    private final Keywords keywords;

    RacfVerb(String abbreviation, int positionalCount, Effect effect, Keywords keywords) {
        this.abbreviation = abbreviation;
        this.positionalCount = positionalCount;
        this.effect = effect;
        this.keywords = keywords;
    }

    /** The command a written name stands for: the full name or RACF's abbreviation, in any case. */
    public static Optional<RacfVerb> of(String written) {
        String w = written.toUpperCase(Locale.ROOT);
        for (RacfVerb v : values()) {
            if (v.name().equals(w) || w.equals(v.abbreviation)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public String abbreviation() { return abbreviation; }

    /** How many positional operands precede the keywords (a parenthesised list counts as one). */
    public int positionalCount() { return positionalCount; }

    /** A display command (LISTUSER, RLIST, ...), accepted and without effect on the model. */
    public boolean isListing() { return effect == Effect.LISTING; }

    public Effect effect() { return effect; }

    /** A RACF command (not TSO's PROFILE): the kind of command that makes a file a RACF command file. */
    public boolean isRacf() { return effect != Effect.TSO_PROFILE; }

    public Keywords keywords() { return keywords; }

    private static final class UserOperands {
        static final String ADDUSER = "ADDCATEGORY ADSP NOADSP AUDITOR NOAUDITOR AUTHORITY CICS CLAUTH NOCLAUTH CSDATA DATA DCE"
                + " DFLTGRP DFP EIM GROUP GRPACC NOGRPACC KERB LANGUAGE LNOTES MFA MODEL NAME NDS NETVIEW OIDCARD NOOIDCARD"
                + " OMVS OPERATIONS NOOPERATIONS OPERPARM OVM OWNER PASSWORD NOPASSWORD PHRASE PROXY RESTRICTED NORESTRICTED"
                + " REVOKE SECLABEL SECLEVEL SPECIAL NOSPECIAL TSO UACC WHEN WORKATTR";
        static final String ALTUSER_ONLY = "DELCATEGORY EXPIRED NOEXPIRED NOCICS NOCSDATA NODATA NODCE NODFP NOEIM NOKERB"
                + " NOLANGUAGE NOLNOTES NOMFA NOMODEL NONDS NONETVIEW NOOMVS NOOPERPARM NOOVM NOPHRASE NOPROXY NOSECLABEL"
                + " NOSECLEVEL NOTSO NOWHEN NOWORKATTR PWCLEAR RESUME NORESUME NOREVOKE";

        private UserOperands() {
        }
    }

    private static final class ResourceOperands {
        static final String COMMON = "ADDCATEGORY ADDMEM APPLDATA AUDIT CDTINFO CFDEF CSDATA DATA DLFDATA EIM ICSF ICTX IDTPARMS"
                + " JES KERB LEVEL MFA MFPOLICY NOTIFY OWNER PROXY SECLABEL SECLEVEL SESSION SIGVER SINGLEDSN SSIGNON STDATA"
                + " SVFMR TME TVTOC UACC WARNING WHEN";
        static final String RALTER_ONLY = "DELCATEGORY DELMEM GLOBALAUDIT NOAPPLDATA NOCDTINFO NOCFDEF NOCSDATA NODLFDATA NOEIM"
                + " NOICSF NOICTX NOIDTPARMS NOJES NOKERB NOMFA NOMFPOLICY NONOTIFY NOPROXY NOSECLABEL NOSECLEVEL NOSESSION"
                + " NOSIGVER NOSINGLEDSN NOSSIGNON NOSTDATA NOSVFMR NOTME NOTVTOC NOWARNING NOWHEN";

        private ResourceOperands() {
        }
    }

    private static final class DatasetOperands {
        static final String ADDSD = "AUDIT CATEGORY DATA DFP ERASE FCLASS FGENERIC FILESEQ FROM FVOLUME GENERIC LEVEL MODEL NOTIFY"
                + " OWNER RETPD SECLABEL SECLEVEL SET NOSET TAPE TME UACC UNIT VOLUME WARNING";
        static final String ALTDSD = "ADDCATEGORY ADDVOL ALTVOL AUDIT DATA NODATA DELCATEGORY DELVOL DFP NODFP ERASE NOERASE GENERIC"
                + " GLOBALAUDIT LEVEL NOTIFY NONOTIFY OWNER RETPD SECLABEL NOSECLABEL SECLEVEL NOSECLEVEL SET NOSET TME NOTME UACC"
                + " UNIT VOLUME WARNING NOWARNING";

        private DatasetOperands() {
        }
    }

    private static final class SetroptsOperands {
        static final String ALL = "ADDCREATOR NOADDCREATOR ADSP NOADSP APPLAUDIT NOAPPLAUDIT AUDIT NOAUDIT CATDSNS NOCATDSNS"
                + " CLASSACT NOCLASSACT CMDVIOL NOCMDVIOL COMPATMODE NOCOMPATMODE EGN NOEGN ERASE NOERASE GENCMD NOGENCMD"
                + " GENERIC NOGENERIC GENERICOWNER NOGENERICOWNER GENLIST NOGENLIST GLOBAL NOGLOBAL GLOBALAUDIT NOGLOBALAUDIT"
                + " GRPLIST NOGRPLIST HISTORY NOHISTORY INACTIVE NOINACTIVE INITSTATS NOINITSTATS INTERVAL JES KERBLVL LIST"
                + " LOGOPTIONS MINCHANGE NOMINCHANGE MIXEDCASE NOMIXEDCASE MLACTIVE NOMLACTIVE MLFSOBJ MLIPCOBJ MLNAMES NOMLNAMES"
                + " MLQUIET NOMLQUIET MLS NOMLS MLSTABLE NOMLSTABLE MODEL NOMODEL OPERAUDIT NOOPERAUDIT PASSWORD PREFIX NOPREFIX"
                + " PROTECTALL NOPROTECTALL PWCONVERT NOPWCONVERT RACLIST NORACLIST REALDSN NOREALDSN REFRESH RETPD REVOKE NOREVOKE"
                + " RVARYPW SAUDIT NOSAUDIT SECLABELAUDIT NOSECLABELAUDIT SECLABELCONTROL NOSECLABELCONTROL SECLBYSYSTEM"
                + " NOSECLBYSYSTEM SESSIONINTERVAL NOSESSIONINTERVAL STATISTICS NOSTATISTICS TAPEDSN NOTAPEDSN TERMINAL WARNING"
                + " NOWARNING WHEN NOWHEN";

        private SetroptsOperands() {
        }
    }
}
