package dev.esmscan.sample;

import dev.esmscan.sample.UnloadSiteBuilder.Connect;
import dev.esmscan.sample.UnloadSiteBuilder.DatasetProfile;
import dev.esmscan.sample.UnloadSiteBuilder.GroupProfile;
import dev.esmscan.sample.UnloadSiteBuilder.ResourceProfile;
import dev.esmscan.sample.UnloadSiteBuilder.UserProfile;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The bundled sample site: a fictional mid-size z/OS shop whose Zowe set-up was started for Zowe v1
 * in 2021 and half-updated for v3 in 2024. README.md beside the generated file lists the deliberate
 * mistakes. Everything is fixed data; the few counters that vary per user (logon counts and times,
 * certificate sequence numbers) come from a seeded generator so the unload is the same on every run.
 */
final class SampleSite {

    /** The day the unload was taken. Every date in the site is on or before it. */
    static final LocalDate UNLOAD_DATE = LocalDate.of(2025, 3, 14);

    private static final LocalDate SYSGEN = LocalDate.of(2003, 5, 12);
    private static final LocalDate ZOWE_V1 = LocalDate.of(2021, 9, 20);
    private static final LocalDate ZOWE_V3 = LocalDate.of(2024, 6, 11);
    private static final String NONE = "NONE";
    private static final String READ = "READ";
    private static final String UPDATE = "UPDATE";
    private static final String CONTROL = "CONTROL";
    private static final String ALTER = "ALTER";

    private final UnloadSiteBuilder site = new UnloadSiteBuilder();
    private final Random noise = new Random(20250314L);
    private final List<UserProfile> people = new ArrayList<>();

    /** The site's IRRDBU00 unload. */
    static String unload() {
        SampleSite sample = new SampleSite();
        sample.groups();
        sample.systemUsers();
        sample.people();
        sample.datasets();
        sample.facility();
        sample.started();
        sample.otherClasses();
        sample.businessStaff();
        return sample.site.unload();
    }

    private void groups() {
        site.group("SYS1", null, SYSGEN, "IBMUSER");
        site.group("VSAMDSET", "SYS1", SYSGEN, "IBMUSER").uacc = "CREATE";
        site.group("SYSPROG", "SYS1", SYSGEN, "SYS1").gid(1000).data("SYSTEMS PROGRAMMING");
        site.group("OPERATOR", "SYS1", SYSGEN, "SYS1").gid(1010).data("OPERATIONS - ALL SHIFTS");
        site.group("SECADM", "SYS1", SYSGEN, "SYS1").gid(1020).data("SECURITY ADMINISTRATION");
        site.group("AUDIT", "SYS1", date(2006, 2, 1), "SECADM").data("INTERNAL AUDIT - READ ONLY");
        site.group("HELPDESK", "SYS1", date(2009, 4, 20), "SECADM").data("SERVICE DESK - PASSWORD RESETS");
        site.group("STORAGE", "SYS1", date(2004, 1, 15), "SYS1").gid(1030).data("STORAGE MANAGEMENT");
        site.group("STCGROUP", "SYS1", SYSGEN, "SYS1").gid(1050).data("STARTED TASKS");
        site.group("OMVSGRP", "SYS1", date(2005, 8, 2), "SYS1").gid(1);
        site.group("TTY", "SYS1", date(2005, 8, 2), "SYS1").gid(2);
        site.group("TCPIP", "SYS1", date(2005, 8, 2), "SYS1").gid(100).data("TCP/IP STACK AND DAEMONS");
        site.group("IZUADMIN", "SYS1", date(2016, 10, 3), "SECADM").gid(9003);
        site.group("IZUUSER", "SYS1", date(2016, 10, 3), "SECADM").gid(9004);
        site.group("IZUSECAD", "SYS1", date(2016, 10, 3), "SECADM").gid(9006);
        site.group("IZUUNGRP", "SYS1", date(2016, 10, 3), "SECADM").gid(9012);
        site.group("ZWEADMIN", "SYS1", ZOWE_V1, "SECADM").gid(360).data("ZOWE ADMINISTRATORS");
        site.group("APPDEV", "SYS1", date(2007, 3, 5), "SECADM").gid(2000).data("APPLICATION DEVELOPMENT");
        site.group("PAYROLL", "APPDEV", date(2007, 3, 5), "SECADM").gid(2010).data("PAYROLL APPLICATION");
        site.group("CLAIMS", "APPDEV", date(2011, 11, 14), "SECADM").gid(2020).data("CLAIMS APPLICATION");
        site.group("PRODBAT", "SYS1", date(2007, 3, 5), "SECADM").gid(2100).data("PRODUCTION BATCH IDS");
        site.group("DB2ADM", "SYS1", date(2008, 6, 30), "SECADM").gid(2200).data("DB2 DATABASE ADMINISTRATION");
        site.group("CICSADM", "SYS1", date(2008, 6, 30), "SECADM").data("CICS SYSTEMS ADMINISTRATION");
        site.group("CRYPTADM", "SYS1", date(2015, 2, 9), "SECADM").data("ICSF KEY CUSTODIANS");
        site.group("VENDOR", "SYS1", date(2012, 7, 1), "SECADM").data("VENDOR SUPPORT - RESUME ON REQUEST");
        for (String[] dept : DEPARTMENTS) {
            site.group(dept[1], dept[2], date(2007, 3, 5), "SECADM").data(dept[3]);
        }
    }

    private void systemUsers() {
        UserProfile ibmuser = person("IBMUSER", "", "SYS1", SYSGEN, "IBMUSER", date(2019, 2, 7), "SYS001");
        ibmuser.special = true;
        ibmuser.operations = true;
        ibmuser.revoked = true;
        ibmuser.installationData = "REVOKED - BREAK GLASS ONLY, SEE SEC-PROC-004";
        ibmuser.omvs(0, "/u/ibmuser", "/bin/sh");
        connect(ibmuser, "VSAMDSET", SYSGEN, "IBMUSER");

        task("OMVSKERN", "OMVS KERNEL", "OMVSGRP", date(2005, 8, 2)).omvs(0, "/", "/bin/sh");
        task("STCUSER", "DEFAULT STC USER", "STCGROUP", SYSGEN).omvs(990010, "/", "/bin/sh");
        task("STCSYS", "SYSTEM STARTED TASKS", "SYS1", SYSGEN);
        task("TCPIP", "TCP/IP STACK", "TCPIP", date(2005, 8, 2)).omvs(0, "/", "/bin/sh");
        task("FTPD", "FTP DAEMON", "OMVSGRP", date(2005, 8, 2)).omvs(0, "/", "/bin/sh");
        task("SSHD", "OPENSSH DAEMON", "OMVSGRP", date(2014, 5, 19)).omvs(0, "/", "/bin/sh");
        UserProfile izusvr = task("IZUSVR", "ZOSMF SERVER", "IZUADMIN", date(2016, 10, 3));
        izusvr.omvs(9010, "/global/zosmf", "/bin/sh");
        UserProfile izuguest = task("IZUGUEST", "ZOSMF GUEST USER", "IZUUNGRP", date(2016, 10, 3));
        izuguest.restricted = true;
        izuguest.omvs(9011, "/global/zosmf", "/bin/sh");
        task("CEA", "COMMON EVENT ADAPTER", "STCGROUP", date(2016, 10, 3)).omvs(9015, "/", "/bin/sh");
        task("HZSPROC", "HEALTH CHECKER", "STCGROUP", date(2006, 9, 12)).omvs(990011, "/", "/bin/sh");
        task("RMFGAT", "RMF MONITOR III", "STCGROUP", date(2006, 9, 12)).omvs(990012, "/", "/bin/sh");
        task("CSFSTC", "ICSF", "STCGROUP", date(2015, 2, 9)).omvs(990013, "/", "/bin/sh");
        task("DFHSM", "DFSMSHSM", "STCGROUP", date(2004, 1, 15)).omvs(990014, "/", "/bin/sh");
        task("DBP1STC", "DB2 SUBSYSTEM DBP1", "STCGROUP", date(2008, 6, 30)).omvs(990020, "/", "/bin/sh");
        task("CICSSTC", "CICS REGIONS", "STCGROUP", date(2008, 6, 30)).omvs(990021, "/u/cicsstc", "/bin/sh");
        task("CICSDFLT", "CICS DEFAULT USER", "CICSADM", date(2008, 6, 30));
        task("MQP1STC", "MQ QMGR MQP1", "STCGROUP", date(2013, 3, 18)).omvs(990022, "/", "/bin/sh");
        task("OPCSTC", "WORKLOAD SCHEDULER", "STCGROUP", date(2007, 3, 5)).omvs(990030, "/", "/bin/sh");
        UserProfile paybat = task("PAYBAT", "PAYROLL PROD BATCH", "PRODBAT", date(2007, 3, 5));
        paybat.omvs(3001, "/u/paybat", "/bin/sh");
        connect(paybat, "PAYROLL", date(2007, 3, 5), "SECADM");
        UserProfile clmbat = task("CLMBAT", "CLAIMS PROD BATCH", "PRODBAT", date(2011, 11, 14));
        clmbat.omvs(3002, "/u/clmbat", "/bin/sh");
        connect(clmbat, "CLAIMS", date(2011, 11, 14), "SECADM");

        // Zowe: the server user is complete; the ZIS user was never given an OMVS segment
        UserProfile server = task("ZWESVUSR", "ZOWE SERVER", "ZWEADMIN", ZOWE_V1);
        server.omvs(2001, "/tmp", "/bin/sh");
        server.installationData = "ZOWE MAIN SERVER";
        task("ZWESIUSR", "ZOWE XMEM SERVER", "ZWEADMIN", ZOWE_V1).installationData = "ZOWE XMEM CROSS MEMORY SERVER";
    }

    private void people() {
        sysprog("JMARTIN", "JULIA MARTIN", 1001, "IZUADMIN");
        sysprog("KWONG", "KEVIN WONG", 1002, "IZUADMIN", "ZWEADMIN");
        sysprog("PDUBOIS", "PIERRE DUBOIS", 1003, "STORAGE");
        sysprog("RSHAW", "RACHEL SHAW", 1004, "TCPIP");
        sysprog("LNOVAK", "LUKAS NOVAK", 1005, "CRYPTADM");
        sysprog("TOKAFOR", "TUNDE OKAFOR", 1006);

        UserProfile brandt = human("MBRANDT", "MARIA BRANDT", "SECADM", 1101, "SYS001");
        brandt.special = true;
        connect(brandt, "IZUSECAD", date(2016, 10, 3), "SECADM");
        human("HVARGAS", "HECTOR VARGAS", "SECADM", 1102, "SYS001").special = true;
        UserProfile lindqvist = human("SLINDQVI", "SOFIA LINDQVIST", "SECADM", 1103, "SYS001");
        Connect appdevAdmin = connect(lindqvist, "APPDEV", date(2019, 1, 7), "SECADM");
        appdevAdmin.groupSpecial = true;
        appdevAdmin.authority = "CONNECT";

        human("EKOIVU", "EERO KOIVU", "AUDIT", 1201, "AUD400").auditor = true;
        human("RDIAZ", "ROSA DIAZ", "AUDIT", 1202, "AUD400").auditor = true;

        String[] operators = {"NIKOLAI PETROV", "AISHA BELLO", "MARCO BIANCHI", "LENA SCHMIDT",
                "OWEN HUGHES", "PRIYA RAMAN", "DANIEL COSTA", "YUKI MORI"};
        for (int i = 0; i < operators.length; i++) {
            LocalDate lastLogon = switch (i) {
                case 6 -> date(2023, 10, 27);
                case 7 -> date(2024, 11, 29);
                default -> recentLogon();
            };
            UserProfile oper = person(String.format("OPER%02d", i + 1), operators[i], "OPERATOR",
                    date(2010 + i, 1 + i, 4), "SECADM", lastLogon, "SYS001");
            oper.operations = i < 2;
            if (i == 6) {
                oper.revoked = true;
                oper.installationData = "LEFT 2023-10-31";
            }
            if (i == 7) {
                // revoked by date only: the unload's REVOKE flag stays NO (IBM rules.htm)
                oper.revokeDate = date(2024, 11, 30);
                oper.installationData = "MOVED TO NETWORK TEAM - REVOKE 2024-11-30";
            }
        }
        human("HLPD01", "AMIR HASSAN", "HELPDESK", 1301, "SYS001");
        human("HLPD02", "GRACE LEE", "HELPDESK", 1302, "SYS001");

        developer("ACHEN", "ANNA CHEN", 2101, "PAYROLL", true);
        developer("BOLSEN", "BJORN OLSEN", 2102, "PAYROLL", true);
        developer("CREYES", "CARLOS REYES", 2103, "CLAIMS", true);
        developer("DPATEL", "DEEPA PATEL", 2104, "CLAIMS", false);
        developer("ESILVA", "EDUARDO SILVA", 2105, "PAYROLL", true);
        developer("FMUELLER", "FRANZ MUELLER", 2106, "CLAIMS", true);
        developer("GROSSI", "GIULIA ROSSI", 2107, "PAYROLL", false);
        developer("HTANAKA", "HIRO TANAKA", 2108, "CLAIMS", true);
        developer("IKARLSS", "INGRID KARLSSON", 2109, "CLAIMS", true);
        developer("JNGUYEN", "JAMES NGUYEN", 2110, "PAYROLL", true);
        UserProfile baker = developer("TBAKER", "TOM BAKER", 2111, "PAYROLL", true);
        baker.revoked = true;
        baker.installationData = "LEFT 2024-08-30 - HR TICKET 88213";

        human("SGUPTA", "SANJAY GUPTA", "DB2ADM", 2201, "APP100");
        human("WBERG", "WILLEM BERG", "DB2ADM", 2202, "APP100");
        human("NKOVACS", "NORA KOVACS", "CICSADM", 2301, "APP100");

        UserProfile vendor = human("VNDSUP1", "VENDOR SUPPORT", "VENDOR", 2901, "SYS001");
        vendor.revoked = true;
        vendor.installationData = "RESUME ONLY WITH CHANGE RECORD";
        UserProfile krause = human("VKRAUSE", "VERA KRAUSE", "SYSPROG", 1007, "SYS001");
        krause.revoked = true;
        krause.installationData = "CONTRACT ENDED 2023-12-22";
    }

    private void datasets() {
        site.dataset("SYS1.**", true, SYSGEN, "SYS1", READ).permit("SYSPROG", ALTER).createGroup = "SYS1";
        site.dataset("SYS1.PARMLIB", true, SYSGEN, "SYS1", READ)
                .permit("SYSPROG", UPDATE).permit("OPERATOR", READ).createGroup = "SYS1";
        discrete("SYS1.RACFDS", "RACF01").permit("SECADM", ALTER);
        discrete("SYS1.RACFDS.BACKUP", "RACF02").permit("SECADM", ALTER);
        groupData("CEE.**", READ, SYSGEN).permit("SYSPROG", ALTER);
        groupData("ISP.**", NONE, SYSGEN).permit("SYSPROG", ALTER).permit("*", READ);
        groupData("TCPIP.**", READ, date(2005, 8, 2)).permit("SYSPROG", ALTER).permit("TCPIP", ALTER);
        groupData("ZWE.**", READ, ZOWE_V1).permit("SYSPROG", ALTER).permit("ZWEADMIN", UPDATE);
        groupData("ZWE.*.SZWEAUTH", NONE, ZOWE_V3).permit("SYSPROG", ALTER).permit("ZWEADMIN", READ);
        groupData("PAYROLL.**", NONE, date(2007, 3, 5)).permit("PAYROLL", UPDATE).permit("PAYBAT", ALTER);
        groupData("PAYROLL.PROD.**", NONE, date(2007, 3, 5)).permit("PAYBAT", ALTER).permit("PAYROLL", READ)
                .permit("AUDIT", READ);
        groupData("CLAIMS.**", NONE, date(2011, 11, 14)).permit("CLAIMS", UPDATE).permit("CLMBAT", ALTER);
        groupData("CLAIMS.PROD.**", NONE, date(2011, 11, 14)).permit("CLMBAT", ALTER).permit("CLAIMS", READ)
                .permit("AUDIT", READ);
        groupData("DBP1.**", NONE, date(2008, 6, 30)).permit("DBP1STC", ALTER).permit("DB2ADM", ALTER);
        groupData("HSM.**", NONE, date(2004, 1, 15)).permit("DFHSM", ALTER).permit("STORAGE", ALTER);
        for (UserProfile person : people) {
            DatasetProfile home = site.dataset(person.id + ".**", true, person.created, person.id, NONE);
            home.permit(person.id, ALTER);
            home.createGroup = person.defaultGroup;
        }
    }

    private void facility() {
        fac("BPX.**", true, date(2005, 8, 2), NONE);
        fac("BPX.FILEATTR.*", true, date(2005, 8, 2), NONE).permit("SYSPROG", READ);
        fac("IRR.*", true, date(2012, 5, 22), NONE).permit("SECADM", ALTER).permit("*", READ)
                .installationData = "RACF CALLABLE SERVICES - TEMP ID(*) SEE SEC-1412";
        fac("IRR.DIGTCERT.**", true, date(2012, 5, 22), NONE).permit("SECADM", CONTROL);
        fac("STGADMIN.**", true, date(2004, 1, 15), NONE).permit("STORAGE", READ);
        fac("STGADMIN.ADR.STGADMIN.**", true, date(2004, 1, 15), NONE).permit("STORAGE", READ).permit("DFHSM", READ);
        fac("BPX.CONSOLE", false, date(2005, 8, 2), NONE).permit("SYSPROG", READ);
        fac("BPX.DAEMON", false, date(2005, 8, 2), READ).permit("SYSPROG", ALTER).permit("OMVSKERN", READ)
                .permit("FTPD", READ).permit("SSHD", READ).permit("IZUSVR", READ).changed = date(2014, 5, 19);
        fac("BPX.DEBUG", false, date(2005, 8, 2), NONE).permit("SYSPROG", READ);
        fac("BPX.JOBNAME", false, date(2005, 8, 2), NONE).permit("OMVSKERN", READ).permit("IZUSVR", READ)
                .permit("ZWESVUSR", READ).changed = ZOWE_V1;
        ResourceProfile nextUser = fac("BPX.NEXT.USER", false, date(2014, 5, 19), NONE);
        nextUser.applicationData = "50000-59999/50000-59999";
        fac("BPX.SERVER", false, date(2005, 8, 2), NONE).permit("SYSPROG", ALTER).permit("IZUSVR", UPDATE)
                .permit("ZWESVUSR", UPDATE).changed = ZOWE_V1;
        fac("BPX.SMF", false, date(2016, 10, 3), NONE).permit("SYSPROG", READ);
        fac("BPX.SUPERUSER", false, date(2005, 8, 2), NONE).permit("SYSPROG", READ);
        fac("BPX.WLMSERVER", false, date(2016, 10, 3), NONE).permit("IZUSVR", READ);
        fac("IRR.DIGTCERT.LIST", false, date(2016, 10, 3), NONE).permit("IZUSVR", READ)
                .permit("ZWESVUSR", READ).changed = ZOWE_V1;
        fac("IRR.DIGTCERT.LISTRING", false, date(2016, 10, 3), NONE).permit("IZUSVR", READ)
                .permit("ZWESVUSR", READ).changed = ZOWE_V1;
        fac("IRR.PASSWORD.RESET", false, date(2009, 4, 20), NONE).permit("HELPDESK", READ);
        fac("MVSADMIN.WLM.POLICY", false, date(2006, 9, 12), NONE).permit("SYSPROG", UPDATE)
                .permit("OPERATOR", READ);
        ResourceProfile zis = fac("ZWES.IS", false, ZOWE_V1, NONE);
        zis.warning = true;
        zis.installationData = "ZOWE ZIS CLIENTS - WARNING UNTIL GO-LIVE";
    }

    private void started() {
        stc("**", "STCUSER", "STCGROUP", false, SYSGEN);
        stc("BPXOINIT.*", "OMVSKERN", "OMVSGRP", true, date(2005, 8, 2));
        stc("CATALOG.*", "STCSYS", "SYS1", true, SYSGEN);
        stc("CEA.*", "CEA", "STCGROUP", false, date(2016, 10, 3));
        stc("CICSPRD1.*", "CICSSTC", "STCGROUP", false, date(2008, 6, 30));
        stc("CSF.*", "CSFSTC", "STCGROUP", false, date(2015, 2, 9));
        stc("DBP1*.*", "DBP1STC", "STCGROUP", false, date(2008, 6, 30));
        stc("DFHSM.*", "DFHSM", "STCGROUP", false, date(2004, 1, 15));
        stc("DUMPSRV.*", "STCSYS", "SYS1", true, SYSGEN);
        stc("FTPD.*", "FTPD", "OMVSGRP", false, date(2005, 8, 2));
        stc("HZSPROC.*", "HZSPROC", "STCGROUP", false, date(2006, 9, 12));
        stc("IZUANG1.*", "IZUSVR", "IZUADMIN", false, date(2016, 10, 3));
        stc("IZUSVR1.*", "IZUSVR", "IZUADMIN", false, date(2016, 10, 3));
        stc("JES2.*", "STCSYS", "SYS1", true, SYSGEN);
        stc("LLA.*", "STCSYS", "SYS1", true, SYSGEN);
        stc("MQP1*.*", "MQP1STC", "STCGROUP", false, date(2013, 3, 18));
        stc("OMPROUTE.*", "TCPIP", "TCPIP", false, date(2005, 8, 2));
        stc("OMVS.*", "OMVSKERN", "OMVSGRP", true, date(2005, 8, 2));
        stc("OPCA.*", "OPCSTC", "STCGROUP", false, date(2007, 3, 5));
        stc("RACF.*", "STCSYS", "SYS1", true, SYSGEN);
        stc("RESOLVER.*", "TCPIP", "TCPIP", false, date(2005, 8, 2));
        stc("RMFGAT.*", "RMFGAT", "STCGROUP", false, date(2006, 9, 12));
        stc("SMF.*", "STCSYS", "SYS1", true, SYSGEN);
        stc("SSHD*.*", "SSHD", "OMVSGRP", false, date(2014, 5, 19));
        stc("TCPIP.*", "TCPIP", "TCPIP", false, date(2005, 8, 2));
        stc("TN3270.*", "TCPIP", "TCPIP", false, date(2005, 8, 2));
        stc("VLF.*", "STCSYS", "SYS1", true, SYSGEN);
        stc("VTAM.*", "STCSYS", "SYS1", true, SYSGEN);
        stc("XCFAS.*", "STCSYS", "SYS1", true, SYSGEN);
        // Zowe v1 names: the v3 main server runs as ZWESLSTC, which only the ** catch-all covers
        stc("ZWESISTC.*", "ZWESIUSR", "ZWEADMIN", false, ZOWE_V1).installationData = "ZOWE XMEM CROSS MEMORY SERVER";
        stc("ZWESVSTC.*", "ZWESVUSR", "ZWEADMIN", false, ZOWE_V1).installationData = "ZOWE MAIN SERVER";
    }

    private void otherClasses() {
        discreteResource("APPL", "OMVSAPPL", date(2016, 10, 3), NONE).permit("IZUUSER", READ);
        discreteResource("APPL", "IZUDFLT", date(2016, 10, 3), NONE).permit("IZUADMIN", READ).permit("IZUUSER", READ);
        discreteResource("APPL", "CICSPRD1", date(2008, 6, 30), NONE).permit("APPDEV", READ).permit("CICSADM", READ);

        site.resource("CSFSERV", "CSF*", true, date(2015, 2, 9), "SECADM", NONE).permit("CRYPTADM", READ);
        discreteResource("CSFSERV", "CSFRNGL", date(2015, 2, 9), NONE).permit("TCPIP", READ)
                .permit("ZWESVUSR", READ).changed = ZOWE_V1;
        discreteResource("CSFSERV", "CSFOWH", date(2015, 2, 9), NONE).permit("TCPIP", READ);

        site.resource("OPERCMDS", "JES2.**", true, SYSGEN, "SECADM", NONE).permit("OPERATOR", UPDATE)
                .permit("SYSPROG", CONTROL).permitWhen("CONSOLE", "HLPCON1", "HELPDESK", READ)
                .changed = date(2009, 4, 20);
        site.resource("OPERCMDS", "MVS.**", true, SYSGEN, "SECADM", NONE).permit("OPERATOR", UPDATE)
                .permit("SYSPROG", CONTROL);

        site.resource("SURROGAT", "*.SUBMIT", true, date(2007, 3, 5), "SECADM", NONE);
        site.resource("SURROGAT", "BPX.SRV.**", true, date(2014, 5, 19), "SECADM", NONE);
        discreteResource("SURROGAT", "CLMBAT.SUBMIT", date(2011, 11, 14), NONE).permit("OPCSTC", READ);
        discreteResource("SURROGAT", "PAYBAT.SUBMIT", date(2007, 3, 5), NONE).permit("OPCSTC", READ);

        discreteResource("TSOPROC", "ISPFPROC", SYSGEN, READ);
        discreteResource("TSOAUTH", "ACCT", SYSGEN, NONE).permit("SYSPROG", READ);
        discreteResource("TSOAUTH", "JCL", SYSGEN, READ);
        discreteResource("TSOAUTH", "OPER", SYSGEN, NONE).permit("OPERATOR", READ).permit("SYSPROG", READ);
        discreteResource("ACCTNUM", "APP100", date(2007, 3, 5), NONE).permit("APPDEV", READ)
                .permit("DB2ADM", READ).permit("CICSADM", READ);
        discreteResource("ACCTNUM", "AUD400", date(2006, 2, 1), NONE).permit("AUDIT", READ);
        discreteResource("ACCTNUM", "SYS001", SYSGEN, NONE).permit("SYSPROG", READ).permit("SECADM", READ)
                .permit("OPERATOR", READ).permit("HELPDESK", READ).permit("VENDOR", READ);

        discreteResource("PROGRAM", "ICHDSM00", date(2006, 2, 1), NONE).permit("AUDIT", READ).permit("SECADM", READ)
                .member("SYS1.LINKLIB", "NOPADCHK", "******");
        discreteResource("PROGRAM", "IRRDBU00", date(2006, 2, 1), NONE).permit("AUDIT", READ).permit("SECADM", READ)
                .member("SYS1.LINKLIB", "NOPADCHK", "******");

        discreteResource("UNIXPRIV", "SUPERUSER.FILESYS", date(2014, 5, 19), NONE).permit("SYSPROG", READ);
        discreteResource("UNIXPRIV", "SUPERUSER.FILESYS.CHOWN", date(2014, 5, 19), NONE).permit("SYSPROG", READ);

        site.resource("SDSF", "ISFCMD.**", true, date(2009, 4, 20), "SECADM", NONE).permit("SYSPROG", READ)
                .permit("OPERATOR", READ).permit("HELPDESK", READ).permit("APPDEV", READ);
        site.resource("SDSF", "ISFOPER.**", true, date(2009, 4, 20), "SECADM", NONE).permit("OPERATOR", READ)
                .permit("SYSPROG", READ);

        // z/OSMF's authorization profiles, as its security set-up defines them: the unload's last classes
        discreteResource("ZMFAPLA", "IZUDFLT.ZOSMF", date(2016, 10, 3), NONE).permit("IZUADMIN", READ)
                .permit("IZUUSER", READ);
        discreteResource("ZMFAPLA", "IZUDFLT.ZOSMF.ADMINTASKS", date(2016, 10, 3), NONE).permit("IZUADMIN", READ);
        discreteResource("ZMFAPLA", "IZUDFLT.ZOSMF.WORKFLOW.WORKFLOWS", date(2016, 10, 3), NONE).permit("IZUADMIN", READ)
                .permit("IZUUSER", READ);
        discreteResource("ZMFCLOUD", "IZUDFLT.ZOSMF.SECURITY.ADMIN", date(2016, 10, 3), NONE).permit("IZUSECAD", READ);
    }

    /** Business departments: ID prefix, group, superior group, installation data, head count. */
    private static final String[][] DEPARTMENTS = {
            {"CL", "CLMOPS", "CLAIMS", "CLAIMS PROCESSING - CICS ONLY", "96"},
            {"PY", "PAYOPS", "PAYROLL", "PAYROLL CLERKS - CICS ONLY", "48"},
            {"UW", "UNDWRT", "SYS1", "UNDERWRITING", "54"},
            {"FI", "FINANCE", "SYS1", "FINANCE AND ACCOUNTING", "38"},
            {"HR", "HRDEPT", "SYS1", "HUMAN RESOURCES", "22"},
    };
    private static final String[] FIRST = {"ADAM", "BEATRIZ", "CHLOE", "DMITRI", "ELENA", "FARAH", "GUSTAV", "HANNA",
            "IVAN", "JOANNA", "KENJI", "LAURA", "MATEO", "NADIA", "OSCAR", "PAULA", "QUINN", "ROBERTO", "SARA",
            "THOMAS", "ULLA", "VIKTOR", "WENDY", "XAVIER", "YARA", "ZORAN"};
    private static final String[] LAST = {"ABBOTT", "BERGSTROM", "CASTILLO", "DRAGAN", "ELLIS", "FOURNIER", "GARCIA",
            "HOLM", "IBRAHIM", "JENSEN", "KOWALSKI", "LARSEN", "MORENO", "NOWAK", "OKONKWO", "PERSSON", "QUINTERO",
            "RUSSO", "SANTOS", "TORRES", "UDDIN", "VOGEL", "WALSH", "YILMAZ", "ZIMMER"};

    /**
     * The business departments: a few hundred users who sign on to CICS, not TSO, so they have no
     * OMVS segment and no data sets of their own. Some left and are revoked; none is a Zowe user.
     */
    private void businessStaff() {
        int n = 0;
        for (String[] dept : DEPARTMENTS) {
            int headCount = Integer.parseInt(dept[4]);
            for (int i = 1; i <= headCount; i++, n++) {
                String id = dept[0] + String.format("%04d", 1000 + i * 7);
                String name = FIRST[(n * 7) % FIRST.length] + " " + LAST[(n * 11 + i) % LAST.length];
                LocalDate created = date(2007 + n % 18, 1 + n % 12, 1 + n % 28);
                UserProfile user = site.user(id, name, dept[1], created, "SECADM");
                user.passwordInterval = 90;
                user.lastJobDate = UNLOAD_DATE.minusDays(noise.nextInt(45));
                user.lastJobTime = time();
                user.passwordDate = user.lastJobDate.minusDays(noise.nextInt(80));
                if (user.passwordDate.isBefore(created)) {
                    user.passwordDate = created;
                }
                user.passwordGeneration = 1 + noise.nextInt(40);
                user.certificateSequence = 100000000L + noise.nextInt(900000000);
                if (i % 17 == 0) {
                    user.revoked = true;
                    user.installationData = "LEFT - HR OFFBOARDING";
                }
                Connect connect = user.connect(dept[1], created, "SECADM");
                connect.initCount = 20 + noise.nextInt(3000);
                connect.lastConnectDate = user.lastJobDate;
                connect.lastConnectTime = user.lastJobTime;
            }
        }
    }

    private UserProfile task(String id, String name, String group, LocalDate created) {
        UserProfile user = site.user(id, name, group, created, "SECADM");
        user.protectedUser = true;
        user.passwordInterval = 180;
        user.certificateSequence = noise.nextInt(40);
        user.lastJobDate = recentStart(created);
        user.lastJobTime = time();
        Connect connect = user.connect(group, created, "SECADM");
        connect.initCount = 1 + noise.nextInt(60);
        connect.lastConnectDate = user.lastJobDate;
        connect.lastConnectTime = user.lastJobTime;
        return user;
    }

    private UserProfile human(String id, String name, String group, long uid, String account) {
        LocalDate created = date(2006 + (int) (uid % 17), 1 + (int) (uid % 12), 1 + (int) (uid % 27));
        UserProfile user = person(id, name, group, created, "SECADM", recentLogon(), account);
        user.omvs(uid, "/u/" + id.toLowerCase(Locale.ROOT), "/bin/sh");
        return user;
    }

    private UserProfile person(String id, String name, String group, LocalDate created, String owner,
            LocalDate lastLogon, String account) {
        UserProfile user = site.user(id, name, group, created, owner);
        user.passwordInterval = 90;
        user.lastJobDate = lastLogon.isBefore(created) ? created : lastLogon;
        user.lastJobTime = time();
        user.passwordDate = user.lastJobDate.minusDays(noise.nextInt(80));
        if (user.passwordDate.isBefore(created)) {
            user.passwordDate = created;
        }
        user.passwordGeneration = 1 + noise.nextInt(40);
        user.failedLogons = noise.nextInt(6) == 0 ? 1 : 0;
        user.certificateSequence = 100000000L + noise.nextInt(900000000);
        user.tso(account, "ISPFPROC");
        people.add(user);
        Connect connect = user.connect(group, created, owner);
        connect.initCount = 50 + noise.nextInt(4000);
        connect.lastConnectDate = user.lastJobDate;
        connect.lastConnectTime = user.lastJobTime;
        return user;
    }

    private void sysprog(String id, String name, long uid, String... otherGroups) {
        UserProfile user = human(id, name, "SYSPROG", uid, "SYS001");
        for (String group : otherGroups) {
            connect(user, group, date(2016 + (int) (uid % 5), 10, 3), "SECADM");
        }
        connect(user, "OMVSGRP", date(2005, 8, 2), "SECADM");
    }

    private UserProfile developer(String id, String name, long uid, String application, boolean zosmfUser) {
        UserProfile user = human(id, name, "APPDEV", uid, "APP100");
        connect(user, application, user.created, "SECADM");
        if (zosmfUser) {
            connect(user, "IZUUSER", date(2022, 4, 4).isBefore(user.created) ? user.created : date(2022, 4, 4),
                    "SECADM");
        }
        return user;
    }

    private static Connect connect(UserProfile user, String group, LocalDate connected, String owner) {
        return user.connect(group, connected.isBefore(user.created) ? user.created : connected, owner);
    }

    private DatasetProfile discrete(String name, String volume) {
        DatasetProfile profile = site.dataset(name, false, SYSGEN, "SYS1", NONE);
        profile.volume = volume;
        profile.createGroup = "SYS1";
        profile.groupDataset = true;
        return profile;
    }

    private DatasetProfile groupData(String name, String uacc, LocalDate created) {
        String hlq = name.substring(0, name.indexOf('.'));
        String owner = switch (hlq) {
            case "CEE", "ISP", "TCPIP", "ZWE", "HSM" -> "SYSPROG";
            case "DBP1" -> "DB2ADM";
            default -> hlq;
        };
        DatasetProfile profile = site.dataset(name, true, created, owner, uacc);
        profile.createGroup = "SECADM";
        profile.groupDataset = owner.equals(hlq);
        return profile;
    }

    private ResourceProfile fac(String name, boolean generic, LocalDate created, String uacc) {
        return site.resource("FACILITY", name, generic, created, "SECADM", uacc);
    }

    private ResourceProfile stc(String name, String user, String group, boolean trusted, LocalDate created) {
        return site.resource("STARTED", name, true, created, "SECADM", NONE).stdata(user, group, trusted);
    }

    private ResourceProfile discreteResource(String className, String name, LocalDate created, String uacc) {
        return site.resource(className, name, false, created, "SECADM", uacc);
    }

    private LocalDate recentLogon() {
        return UNLOAD_DATE.minusDays(noise.nextInt(21));
    }

    private LocalDate recentStart(LocalDate created) {
        LocalDate lastIpl = date(2025, 2, 23);
        return created.isAfter(lastIpl) ? created : lastIpl.plusDays(noise.nextInt(3));
    }

    private LocalTime time() {
        return LocalTime.of(noise.nextInt(24), noise.nextInt(60), noise.nextInt(60));
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
