Feature: Before I submit Zowe's security job: which requirements will pass once it runs on my database?
  A security administrator has the job, not a bare list of commands: a JOB card, SET statements
  the site fills in, an IKJEFT01 step whose SYSTSIN names the DD of the security product, and
  Zowe's {zowe.setup...} placeholders that zwe fills from the zowe.yaml. esmscan reads the job as
  the system would run it, on top of an unload of the database it will run on, and tells which
  requirements the job establishes, which it leaves undone, and what in the job the site still
  has to fill in. Every notice names the line of the job member.

  Background: the zowe.yaml of a second Zowe instance, whose names the job does not yet know
    Given the zowe.yaml:
      """
      zowe:
        setup:
          dataset:
            prefix: ZWE3.V3
          security:
            product: RACF
            groups:
              admin: ZWE3ADM
              stc: ZWE3ADM
              sysProg: SYS1
            users:
              zowe: ZWE3SV
              zis: ZWE3SI
            stcs:
              zowe: ZWE3SL
              zis: ZWE3SIS
              aux: ZWE3SAS
      """

  Scenario: The RACF setup job on the ADCD system: what it establishes passes, what it leaves undone fails
    Given the RACF unload "real-world/adcd-2021.irrdbu00"
    And the input file "ZWESECUR.jcl":
      """
      //ZWESECUR JOB (ACCT),'ZOWE 3 SECURITY',CLASS=A,MSGCLASS=A
      //*
      //* Security definitions of the second Zowe instance.
      //* Fill in the SET statements before you submit the job.
      //*
      //         EXPORT SYMLIST=*
      //         SET PRODUCT=RACF           * RACF or TSS
      //         SET  ZOWEUID=              * UID of the Zowe server user
      //         SET   ZISUID=              * UID of the ZIS server user
      //*
      //RUN      EXEC PGM=IKJEFT01,REGION=0M
      //SYSTSPRT DD SYSOUT=*
      //SYSTSIN  DD DDNAME=&PRODUCT
      //RACF     DD DATA,DLM=$$,SYMBOLS=JCLONLY
      /* the group of administrators and started tasks ................. */
        ADDGROUP {zowe.setup.security.groups.admin} OMVS(AUTOGID) -
         DATA('ZOWE 3 ADMINISTRATORS')

      /* the Zowe server: replace AUTOUID with UID(&ZOWEUID.) if need be */
        ADDUSER  {zowe.setup.security.users.zowe} NOPASSWORD -
         DFLTGRP({zowe.setup.security.groups.stc}) -
         OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID) -
         NAME('ZOWE 3 SERVER')

      /* the ZIS server: replace AUTOUID with UID(&ZISUID.) if need be   */
        ADDUSER  {zowe.setup.security.users.zis} NOPASSWORD -
         DFLTGRP({zowe.setup.security.groups.stc}) -
         OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID) -
         NAME('ZOWE 3 ZIS SERVER')

      /* the started tasks ............................................. */
        RDEFINE STARTED {zowe.setup.security.stcs.zowe}.* -
         STDATA(USER({zowe.setup.security.users.zowe}) -
         GROUP({zowe.setup.security.groups.stc}) TRUSTED(NO))
        RDEFINE STARTED {zowe.setup.security.stcs.zis}.* -
         STDATA(USER({zowe.setup.security.users.zis}) -
         GROUP({zowe.setup.security.groups.stc}) TRUSTED(NO))
        RDEFINE STARTED {zowe.setup.security.stcs.aux}.* -
         STDATA(USER({zowe.setup.security.users.zis}) -
         GROUP({zowe.setup.security.groups.stc}) TRUSTED(NO))
        SETROPTS RACLIST(STARTED) REFRESH

      /* what the servers may do ....................................... */
        RDEFINE FACILITY ZWES.IS UACC(NONE)
        PERMIT ZWES.IS CLASS(FACILITY) ACCESS(READ) -
          ID({zowe.setup.security.users.zowe})
        PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(UPDATE) -
          ID({zowe.setup.security.users.zowe})
        PERMIT BPX.SERVER CLASS(FACILITY) ACCESS(UPDATE) -
          ID({zowe.setup.security.users.zowe})
        PERMIT BPX.JOBNAME CLASS(FACILITY) ACCESS(READ) -
          ID({zowe.setup.security.users.zowe})
        SETROPTS RACLIST(FACILITY) REFRESH
      $$
      //TSS      DD DATA,DLM=$$,SYMBOLS=JCLONLY
      TSS CREATE({zowe.setup.security.users.zowe}) TYPE(USER) PROTECTED
      $$
      //*
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ADMIN-GROUP passes for ZWE3ADM
    And ZWE-ID-STC-USER passes for ZWE3SV
    And ZWE-ID-ZIS-USER passes for ZWE3SI
    And ZWE-ID-PROTECTED passes for ZWE3SV
    And ZWE-STC-ZOWE passes for ZWE3SL
    And ZWE-STC-ZIS passes for ZWE3SIS
    And ZWE-STC-AUX passes for ZWE3SAS
    And ZWE-FAC-ZWESIS passes for ZWE3SV
    And ZWE-FAC-BPXDAEMON passes for ZWE3SV
    And ZWE-FAC-JOBNAME passes for ZWE3SV
    # what the job leaves as it is: BPX.DAEMON keeps the UACC(READ) of the ADCD system,
    # and the job permits none of the IRR. profiles
    And ZWE-EXPOSURE fails for "FACILITY BPX.DAEMON"
    And ZWE-FAC-RUSERMAP fails for ZWE3SV
    And the input "ZWESECUR.jcl" has no problem
    And the input "ZWESECUR.jcl" has a notice at line 13 saying "its SYSTSIN (DDNAME=RACF) is DD RACF, lines 15–53"
    And the input "ZWESECUR.jcl" has a notice at line 55 saying "DD TSS (data line 56) is not the SYSTSIN of a TSO step"
    And the input "ZWESECUR.jcl" has a notice at line 8 saying "SET ZOWEUID= at line 8 leaves ZOWEUID empty for the site to fill in; the SYSTSIN uses &ZOWEUID. at line 19"

  Scenario: The undo job after the setup job: the SET PRODUCT statement picks the RACF commands, and the identities are gone
    Given the RACF unload "real-world/adcd-2021.irrdbu00"
    And the input file "ZWESECUR.jcl":
      """
      //ZWESECUR JOB
      //RUN      EXEC PGM=IKJEFT01
      //SYSTSIN  DD DATA,DLM=$$
        ADDGROUP {zowe.setup.security.groups.admin} OMVS(AUTOGID)
        ADDUSER  {zowe.setup.security.users.zowe} NOPASSWORD -
         DFLTGRP({zowe.setup.security.groups.stc}) -
         OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
        RDEFINE FACILITY ZWES.IS UACC(NONE)
        PERMIT ZWES.IS CLASS(FACILITY) ACCESS(READ) -
          ID({zowe.setup.security.users.zowe})
      $$
      """
    And the input file "ZWENOSEC.jcl":
      """
      //ZWENOSEC JOB (ACCT),'ZOWE UNDO',CLASS=A,MSGCLASS=A
      //*
      //* Removes what the Zowe setup job defined. One DD per security
      //* product: the SET PRODUCT statement picks the one that runs.
      //*
      //         EXPORT SYMLIST=*
      //         SET PRODUCT=RACF          * RACF, ACF2 or TSS
      //         SET ZOWEUSER=ZWE3SV       * the Zowe server user
      //*
      //RUN      EXEC PGM=IKJEFT01,REGION=0M
      //SYSTSPRT DD SYSOUT=*
      //SYSTSIN  DD DDNAME=&PRODUCT
      //*
      //RACF     DD DATA,DLM=$$,SYMBOLS=JCLONLY
      /* the permit first, then the user                                 */
        PERMIT ZWES.IS CLASS(FACILITY) DELETE ID(&ZOWEUSER.)
        SETROPTS RACLIST(FACILITY) REFRESH
        DELUSER &ZOWEUSER.
      $$
      //ACF2     DD DATA,DLM=$$,SYMBOLS=JCLONLY
      ACF
      SET LID
      DELETE &ZOWEUSER.
      $$
      //TSS      DD DATA,DLM=$$,SYMBOLS=JCLONLY
      TSS DELETE(&ZOWEUSER)
      $$
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ADMIN-GROUP passes for ZWE3ADM
    And ZWE-ID-STC-USER fails for ZWE3SV
    And the evidence for ZWE-ID-STC-USER and ZWE3SV says "user ZWE3SV is not defined"
    And ZWE-FAC-ZWESIS fails for ZWE3SV
    And the input "ZWENOSEC.jcl" has no problem
    And the input "ZWENOSEC.jcl" has a notice at line 12 saying "its SYSTSIN (DDNAME=RACF) is DD RACF, lines 15–18"
    And the input "ZWENOSEC.jcl" has a notice at line 20 saying "DD ACF2 (data lines 21–23) is not the SYSTSIN of a TSO step"

  Scenario: A /* in column 1 ends the SYSTSIN of a DD *: the commands after it never run
    Given the RACF unload "real-world/adcd-2021.irrdbu00"
    And the input file "ZWESECUR.jcl":
      """
      //ZWESECUR JOB
      //RUN      EXEC PGM=IKJEFT01
      //SYSTSIN  DD *
        ADDGROUP {zowe.setup.security.groups.admin} OMVS(AUTOGID)
      /* the Zowe server: in a DD * this comment line ends the data
        ADDUSER  {zowe.setup.security.users.zowe} NOPASSWORD -
         DFLTGRP({zowe.setup.security.groups.stc}) -
         OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ADMIN-GROUP passes for ZWE3ADM
    And ZWE-ID-STC-USER fails for ZWE3SV
    And the input "ZWESECUR.jcl" has a notice at line 5 saying "/* in columns 1-2 ends the data of DD SYSTSIN (it has no DLM=): lines 6–8 after it are not SYSTSIN"

  Scenario: A placeholder the zowe.yaml does not fill is a problem at its line, and nothing it could change passes
    Given the RACF unload "real-world/adcd-2021.irrdbu00"
    And the input file "ZWESECUR.jcl":
      """
      //ZWESECUR JOB
      //RUN      EXEC PGM=IKJEFT01
      //SYSTSIN  DD DATA,DLM=$$
        ADDGROUP {zowe.setup.security.groups.admin} OMVS(AUTOGID)
        ADDGROUP {zowe.setup.security.groups.auditor}
      $$
      """
    When the Zowe policy is evaluated
    Then the input "ZWESECUR.jcl" has a problem at line 5 saying "{zowe.setup.security.groups.auditor}: not set in"
    And ZWE-ID-ADMIN-GROUP reports an error for ZWE3ADM

  Scenario: The Top Secret setup job on the sample site, its SET statements filled in
    Given the input "sample-exports/tss"
    And the input file "ZWESECUR.jcl":
      """
      //ZWESECUR JOB (ACCT),'ZOWE 3 SECURITY',CLASS=A,MSGCLASS=A
      //*
      //* Top Secret definitions of the second Zowe instance.
      //*
      //         EXPORT SYMLIST=*
      //         SET ADMINGID=4711          * GID of the Zowe 3 group
      //         SET  ZOWEUID=4712          * UID of the Zowe 3 server
      //         SET   ZISUID=4713          * UID of the ZIS 3 server
      //         SET  STCUDEP=SYSDEPT       * department of the server ACIDs
      //*
      //RUN      EXEC PGM=IKJEFT01,REGION=0M
      //SYSTSPRT DD SYSOUT=*
      //SYSTSIN  DD DDNAME=TSS
      //TSS      DD DATA,DLM=$$,SYMBOLS=JCLONLY
      /* the group of administrators and started tasks                   */
        TSS CREATE({zowe.setup.security.groups.admin}) TYPE(GROUP) +
         NAME('ZOWE 3 ADMINISTRATORS') +
         DEPT(&STCUDEP.)
        TSS ADD({zowe.setup.security.groups.admin}) GID(&ADMINGID.)

      /* the Zowe server and the ZIS server                              */
        TSS CREATE({zowe.setup.security.users.zowe}) TYPE(USER) PROTECTED +
         NAME('ZOWE 3 SERVER') +
         DEPT(&STCUDEP.)
        TSS ADD({zowe.setup.security.users.zowe}) +
         GROUP({zowe.setup.security.groups.stc}) +
         DFLTGRP({zowe.setup.security.groups.stc}) +
         HOME(/tmp) OMVSPGM(/bin/sh) UID(&ZOWEUID.)
        TSS CREATE({zowe.setup.security.users.zis}) TYPE(USER) PROTECTED +
         NAME('ZOWE 3 ZIS SERVER') +
         DEPT(&STCUDEP.)
        TSS ADD({zowe.setup.security.users.zis}) +
         GROUP({zowe.setup.security.groups.stc}) +
         DFLTGRP({zowe.setup.security.groups.stc}) +
         HOME(/tmp) OMVSPGM(/bin/sh) UID(&ZISUID.)

      /* the started tasks                                               */
        TSS ADDTO(STC) PROCNAME({zowe.setup.security.stcs.zowe}) +
          ACID({zowe.setup.security.users.zowe})
        TSS ADDTO(STC) PROCNAME({zowe.setup.security.stcs.zis}) +
          ACID({zowe.setup.security.users.zis})
        TSS ADDTO(STC) PROCNAME({zowe.setup.security.stcs.aux}) +
          ACID({zowe.setup.security.users.zis})

      /* what the servers may do                                         */
        TSS PERMIT({zowe.setup.security.users.zowe}) IBMFAC(BPX.DAEMON) +
          ACCESS(UPDATE)
        TSS PERMIT({zowe.setup.security.users.zowe}) IBMFAC(BPX.SERVER) +
          ACCESS(UPDATE)
        TSS PERMIT({zowe.setup.security.users.zowe}) IBMFAC(ZWES.IS) +
          ACCESS(READ)
      $$
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ADMIN-GROUP passes for ZWE3ADM
    And ZWE-ID-STC-USER passes for ZWE3SV
    And ZWE-ID-ZIS-USER passes for ZWE3SI
    And ZWE-ID-PROTECTED passes for ZWE3SI
    And ZWE-STC-ZOWE passes for ZWE3SL
    And ZWE-STC-AUX passes for ZWE3SAS
    And ZWE-FAC-BPXDAEMON passes for ZWE3SV
    And ZWE-FAC-ZWESIS passes for ZWE3SV
    # the job does not permit BPX.JOBNAME, and the sample site's ALL record still reads ZWES.IS
    And ZWE-FAC-JOBNAME fails for ZWE3SV
    And ZWE-EXPOSURE fails for "FACILITY ZWES.IS"
    And the input "ZWESECUR.jcl" has no problem
    And the input "ZWESECUR.jcl" has a notice at line 13 saying "its SYSTSIN (DDNAME=TSS) is DD TSS, lines 15–51"

  Scenario: The ACF2 setup job on the sample site: the roles it adds to an existing rule set are not counted
    Given the input "sample-exports/acf2"
    And the input file "ZWESECUR.jcl":
      """
      //ZWESECUR JOB (ACCT),'ZOWE 3 SECURITY',CLASS=A,MSGCLASS=A
      //*
      //* ACF2 definitions of the second Zowe instance.
      //*
      //         EXPORT SYMLIST=*
      //         SET ADMINGID=4711          * GID of the Zowe 3 group
      //*
      //RUN      EXEC PGM=IKJEFT01,REGION=0M
      //SYSTSPRT DD SYSOUT=*
      //SYSTSIN  DD DDNAME=ACF2
      //ACF2     DD DATA,DLM=$$,SYMBOLS=JCLONLY
      ACF
      SET PROFILE(GROUP) DIV(OMVS)
      INSERT {zowe.setup.security.groups.admin} GID(&ADMINGID.)
      SET LID
      INSERT {zowe.setup.security.users.zowe} +
        STC GROUP({zowe.setup.security.groups.stc})
      INSERT {zowe.setup.security.users.zis} +
        STC GROUP({zowe.setup.security.groups.stc})
      SET PROFILE(USER) DIV(OMVS)
      INSERT {zowe.setup.security.users.zowe} +
        AUTOUID HOME(/tmp) OMVSPGM(/bin/sh)
      INSERT {zowe.setup.security.users.zis} +
        AUTOUID HOME(/tmp) OMVSPGM(/bin/sh)
      SET X(ROL)
      INSERT {zowe.setup.security.groups.admin} +
        INCLUDE({zowe.setup.security.users.zowe} +
        {zowe.setup.security.users.zis}) ROLE
      SET CONTROL(GSO)
      INSERT STC.{zowe.setup.security.stcs.zowe} +
        LOGONID({zowe.setup.security.users.zowe}) +
        GROUP({zowe.setup.security.groups.stc}) +
        STCID({zowe.setup.security.stcs.zowe})
      SET RESOURCE(FAC)
      RECKEY BPX ADD(DAEMON ROLE({zowe.setup.security.groups.admin}) +
        SERVICE(UPDATE) ALLOW)
      RECKEY ZWES ADD(IS ROLE({zowe.setup.security.groups.admin}) +
        SERVICE(READ) ALLOW)
      $$
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ADMIN-GROUP passes for ZWE3ADM
    And ZWE-ID-STC-USER passes for ZWE3SV
    And ZWE-ID-ZIS-USER passes for ZWE3SI
    And ZWE-STC-ZOWE passes for ZWE3SL
    And ZWE-FAC-ZWESIS passes for ZWE3SV
    # the sample's BPX rule set has UID lines: a ROLE line added to it is not counted
    And ZWE-FAC-BPXDAEMON fails for ZWE3SV
    And the evidence for ZWE-FAC-BPXDAEMON and ZWE3SV says "its ROLE lines are not counted"
    And the input "ZWESECUR.jcl" has no problem
    And the input "ZWESECUR.jcl" has a notice at line 10 saying "its SYSTSIN (DDNAME=ACF2) is DD ACF2, lines 12–38"
