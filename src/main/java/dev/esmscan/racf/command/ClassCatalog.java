package dev.esmscan.racf.command;

import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import java.util.HashSet;
import java.util.Set;

/**
 * The general resource classes RACF knows, as far as the inputs show: the classes IBM supplies in
 * the static class descriptor table (the common ones, from "Supplied resource classes for z/OS
 * systems", z/OS Security Server RACF Security Administrator's Guide), the classes the model holds
 * profiles of, the dynamic classes defined by a CDT profile in the model, and the classes a command
 * of the stream defines with {@code RDEFINE CDT name CDTINFO(...)}.
 *
 * <p>A class outside all of these may still be defined in the installation's own static class
 * descriptor table (ICHRRCDE), which no input shows; so a command naming it is not taken as refused
 * but reported as not modelled, reaching that class only.
 */
final class ClassCatalog {
    static final String CDT = "CDT";

    /** IBM-supplied classes of z/OS (general resource classes only). */
    private static final Set<String> SUPPLIED = Set.of((
            "ACCTNUM ACEECHK ACICSPCT AIMS ALCSAUTH APPCLU APPCPORT APPCSERV APPCSI APPCTP APPL BCICSPCT CACHECLS CBIND"
            + " CCICSCMD CDT CFIELD CIMS CONSOLE CPSMOBJ CPSMXMP CRYPTOZ CSFKEYS CSFSERV DASDVOL DBNFORM DCEUUIDS DCICSDCT"
            + " DEVICES DIGTCERT DIGTCRIT DIGTNMAP DIGTRING DIRACC DIRAUTH DIRSRCH DLFCLASS DSNADM DSNR ECICSDCT EJBROLE FACILITY"
            + " FCICSFCT FIELD FIMS FSACCESS FSEXEC FSOBJ FSSEC GCICSTRN GCPSMOBJ GCSFKEYS GDASDVOL GDSNBP GDSNCL GDSNDB GDSNGV"
            + " GDSNJR GDSNPK GDSNPN GDSNSC GDSNSG GDSNSM GDSNSP GDSNSQ GDSNTB GDSNTS GDSNUF GDSNUT GEJBROLE GIMS GINFOPR GLOBAL"
            + " GMBR GMQADMIN GMQCHAN GMQNLIST GMQPROC GMQQUEUE GMXADMIN GMXNODE GMXSERV GMXTOPIC GSDSF GTERMINL GXCSFKEY"
            + " GXFACILI HCICSFCT HIMS IBMOPC IDIDMAP IDTDATA IIMS ILMADMIN INFOMAN IPCOBJ JAVA JCICSJCT JESINPUT JESJOBS JESSPOOL"
            + " JIMS KCICSJCT KERBLINK KEYSMSTR LDAP LDAPBIND LIMS LOGSTRM MCICSPPT MDSNBP MDSNCL MDSNDB MDSNGV MDSNJR MDSNPK"
            + " MDSNPN MDSNSC MDSNSG MDSNSM MDSNSP MDSNSQ MDSNTB MDSNTS MDSNUF MDSNUT MFADEF MGMTCLAS MIMS MQADMIN MQCHAN MQCMDS"
            + " MQCONN MQNLIST MQPROC MQQUEUE MXADMIN MXNODE MXSERV MXTOPIC NDSLINK NETCMDS NETSPAN NODES NODMBR NOTELINK"
            + " NVASAPDT OIMS OPERCMDS PCICSPSB PERFGRP PIMS PKISERV PMBR PROCACT PROCESS PROGRAM PROPCNTL PSFMPL PTKTDATA PTKTVAL"
            + " QCICSPSB QIMS RACFEVNT RACFHC RACFVARS RACGLIST RACHCMBR RAUDITX RCICSRES RDATALIB REALM RIMS RMTOPS RODMMGR ROLE"
            + " RRSFDATA RVARSMBR SCDMBR SCICSTST SDSF SECDATA SECLABEL SECLMBR SERVAUTH SERVER SFSCMD SIMS SMESSAGE SOMDOBJS"
            + " STARTED STORCLAS SUBSYSNM SURROGAT SYSAUTH SYSMVIEW TAPEVOL TCICSTRN TEMPDSN TERMINAL TIMS TMEADMIN TSOAUTH TSOPROC"
            + " UCICSTST UIMS UNIXMAP UNIXPRIV VCICSCMD VMBATCH VTAMAPPL WBEM WCICSRES WIMS WRITER XCSFKEY XFACILIT ZMFAPLA ZMFCLOUD")
            .split(" "));

    private final Set<String> definedByCommands = new HashSet<>();
    private final Set<String> deletedByCommands = new HashSet<>();
    /** The classes the model held profiles of when first asked; a command's own profiles do not make a class known. */
    private Set<String> classesInModel;

    /** True when RACF is known to have the class: supplied, in the model, or defined by a command of the stream. */
    boolean isKnown(SecurityModel.Builder model, String className) {
        if (deletedByCommands.contains(className)) {
            return false;
        }
        if (SUPPLIED.contains(className) || definedByCommands.contains(className)) {
            return true;
        }
        if (model.findProfile(CDT, className).isPresent()) {
            return true;
        }
        if (classesInModel == null) {
            classesInModel = new HashSet<>();
            for (ResourceProfile p : model.profiles()) {
                classesInModel.add(p.getClassName());
            }
        }
        return classesInModel.contains(className);
    }

    /** RDEFINE CDT name: the class is defined from now on. */
    void defined(String className) {
        definedByCommands.add(className);
        deletedByCommands.remove(className);
    }

    /** RDELETE CDT name: a class only the CDT defined is gone. */
    void deleted(String className) {
        definedByCommands.remove(className);
        if (!SUPPLIED.contains(className)) {
            deletedByCommands.add(className);
        }
    }

    /** Why a command naming a class the inputs do not show is a problem. */
    static String unknownClass(String className) {
        return "class " + className + " is neither a class IBM supplies nor defined by a CDT profile in the inputs;"
                + " RACF accepts it only if the installation's own class descriptor table defines it, which no input shows";
    }

    static boolean isSupplied(String className) {
        return SUPPLIED.contains(className);
    }
}
