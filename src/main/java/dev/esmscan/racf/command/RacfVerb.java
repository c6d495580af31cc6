package dev.esmscan.racf.command;

import java.util.Locale;
import java.util.Optional;

/** The RACF commands esmscan reads, with the abbreviations RACF accepts and the operands each takes. */
public enum RacfVerb {
    ADDGROUP("AG", 1, false, Keywords.of("CSDATA DATA DFP MODEL OMVS OVM OWNER SUPGROUP TERMUACC NOTERMUACC TME UNIVERSAL")),
    ALTGROUP("ALG", 1, false, Keywords.of("CSDATA NOCSDATA DATA NODATA DFP NODFP MODEL NOMODEL OMVS NOOMVS OVM NOOVM",
            "OWNER SUPGROUP TERMUACC NOTERMUACC TME NOTME")),
    DELGROUP("DG", 1, false, Keywords.none()),
    ADDUSER("AU", 1, false, Keywords.of(UserOperands.ADDUSER)),
    ALTUSER("ALU", 1, false, Keywords.of(UserOperands.ADDUSER, UserOperands.ALTUSER_ONLY)),
    DELUSER("DU", 1, false, Keywords.none()),
    CONNECT("CO", 1, false, Keywords.of("ADSP NOADSP AUDITOR NOAUDITOR AUTHORITY GROUP GRPACC NOGRPACC OPERATIONS NOOPERATIONS",
            "OWNER RESUME NORESUME REVOKE NOREVOKE SPECIAL NOSPECIAL UACC")),
    REMOVE("RE", 1, false, Keywords.of("GROUP OWNER")),
    RDEFINE("RDEF", 2, false, Keywords.of(ResourceOperands.COMMON, "FCLASS FGENERIC FROM FVOLUME")),
    RALTER("RALT", 2, false, Keywords.of(ResourceOperands.COMMON, ResourceOperands.RALTER_ONLY)),
    RDELETE("RDEL", 2, false, Keywords.none()),
    PERMIT("PE", 1, false, Keywords.of("ACCESS CLASS DELETE FCLASS FGENERIC FROM FVOLUME GENERIC ID RESET VOLUME WHEN")),
    SETROPTS("SETR", 0, false, Keywords.of(SetroptsOperands.ALL)),
    LISTUSER("LU", 0, true, Keywords.none()),
    LISTGRP("LG", 0, true, Keywords.none()),
    RLIST("RL", 0, true, Keywords.none()),
    SEARCH("SR", 0, true, Keywords.none());

    /** Operands RACF accepts on every command (RRSF routing); esmscan does not model them. */
    static final Keywords ROUTING = Keywords.of("AT ONLYAT");

    private final String abbreviation;
    private final int positionalCount;
    private final boolean listing;
    private final Keywords keywords;

    RacfVerb(String abbreviation, int positionalCount, boolean listing, Keywords keywords) {
        this.abbreviation = abbreviation;
        this.positionalCount = positionalCount;
        this.listing = listing;
        this.keywords = keywords;
    }

    /** The command a written name stands for: the full name or RACF's abbreviation, in any case. */
    public static Optional<RacfVerb> of(String written) {
        String w = written.toUpperCase(Locale.ROOT);
        for (RacfVerb v : values()) {
            if (v.name().equals(w) || v.abbreviation.equals(w)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public String abbreviation() { return abbreviation; }

    /** How many positional operands precede the keywords (a parenthesised list counts as one). */
    public int positionalCount() { return positionalCount; }

    /** A display command (LISTUSER, RLIST, ...), accepted and without effect on the model. */
    public boolean isListing() { return listing; }

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
