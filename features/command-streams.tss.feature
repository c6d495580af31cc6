Feature: Top Secret command streams as sites run them
  A site runs Zowe's security setup as a batch TSO job: a SYSTSIN of TSS commands with /* */
  comments, + continuations, a LIST or WHOHAS before each change and a final PROFILE, and it runs
  it again when something was missing ("if it encounters an error or a step that has already been
  performed, it will continue to the end"). What such a stream says is read as Top Secret would
  take it: a command Top Secret refuses (a second CREATE, a REVOKE of a permit that is not there,
  a DELETE of an ACID that is gone) changes nothing and is a notice with Top Secret's message;
  listings and PROFILE are notices; only a command esmscan cannot model is a problem, and it makes
  an error only of the results that read what it could change. The one-round remediation after an
  undo, with the site's default UID and GID range, is checked in TssCommandStreamScanTest.

  Scenario: A re-run of the complete setup on a security file that already has it changes nothing
    Given the input "src/test/resources/tss/streams/site-after-setup.txt"
    And the input "src/test/resources/tss/streams/zowe-setup-systsin.txt"
    When the Zowe policy is evaluated
    Then the input "zowe-setup-systsin.txt" has no problem
    And the input "zowe-setup-systsin.txt" has a notice at line 7 saying "TSS0301I CREATE FUNCTION FAILED: ACID ZWEADMIN already exists"
    And the input "zowe-setup-systsin.txt" has a notice at line 14 saying "TSS0301I CREATE FUNCTION FAILED: ACID ZWESVUSR already exists"
    And the input "zowe-setup-systsin.txt" has a notice at line 24 saying "TSS0301I CREATE FUNCTION FAILED: ACID ZWESIUSR already exists"
    And the input "zowe-setup-systsin.txt" has a notice at line 78 saying "RESCLASS(ZOWE) is already in the RDT"
    And the input "zowe-setup-systsin.txt" has a notice at line 6 saying "LIST(ZWEADMIN): lists what the security file holds"
    And the input "zowe-setup-systsin.txt" has a notice at line 85 saying "TSO PROFILE"
    And no result is an error
    And ZWE-ID-ADMIN-GROUP passes for ZWEADMIN
    And ZWE-ID-STC-USER passes for ZWESVUSR
    And ZWE-ID-ZIS-USER passes for ZWESIUSR
    And ZWE-ID-PROTECTED passes for ZWESVUSR
    And ZWE-ID-PROTECTED passes for ZWESIUSR
    And ZWE-STC-ZOWE passes for ZWESLSTC
    And ZWE-STC-ZIS passes for ZWESISTC
    And ZWE-STC-AUX passes for ZWESASTC
    And ZWE-FAC-ZWESIS passes for ZWESVUSR
    And ZWE-FAC-BPXDAEMON passes for ZWESVUSR
    And ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And ZWE-FAC-JOBNAME passes for ZWESVUSR
    And ZWE-FAC-RUSERMAP passes for ZWESVUSR
    And ZWE-FAC-RAUDITX passes for ZWESVUSR
    And ZWE-APPL-OMVSAPPL passes for ZWESVUSR

  Scenario: The undo stream after the setup takes the identities and permits away, and reads without an input error
    Given the input "src/test/resources/tss/streams/site-after-setup.txt"
    And the input "src/test/resources/tss/streams/zowe-undo-systsin.txt"
    When the Zowe policy is evaluated
    Then the input "zowe-undo-systsin.txt" has no problem
    And the input "zowe-undo-systsin.txt" has a notice at line 21 saying "TSS0301I REVOKE FUNCTION FAILED: ZWESVUSR has no permit to UNIXPRIV(SUPERUSER.FILESYS)"
    And the input "zowe-undo-systsin.txt" has a notice at line 46 saying "TSS0314E ACID DOES NOT EXIST: ZWEADMIN"
    And the input "zowe-undo-systsin.txt" has a notice at line 4 saying "WHOHAS: lists what the security file holds"
    And no result is an error
    And ZWE-ID-STC-USER fails for ZWESVUSR
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "user ZWESVUSR is not defined"
    And ZWE-ID-ZIS-USER fails for ZWESIUSR
    And ZWE-ID-ADMIN-GROUP fails for ZWEADMIN
    And ZWE-FAC-BPXDAEMON fails for ZWESVUSR
    And the evidence for ZWE-FAC-BPXDAEMON and ZWESVUSR says "ACID ZWESVUSR is not defined as a user"
    And ZWE-FAC-ZWESIS fails for ZWESVUSR
    And ZWE-STC-ZOWE fails for ZWESLSTC

  Scenario: After the undo, a UID nobody chose leaves the ACID, and everything that needs it, to a person
    Given the input "src/test/resources/tss/streams/site-after-setup.txt"
    And the input "src/test/resources/tss/streams/zowe-undo-systsin.txt"
    And the Top Secret owner ACID is FACOWNR and the department is ZOWEDEPT
    When the Zowe policy is evaluated
    Then no command is generated for ZWE-FAC-BPXDAEMON and ZWESVUSR
    And the evidence for ZWE-FAC-BPXDAEMON and ZWESVUSR says "ZWESVUSR is not defined and no generated command defines it"
    And no command is generated for ZWE-STC-ZOWE and ZWESLSTC
    And no command is generated for ZWE-ID-STC-USER and ZWESVUSR
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "UID of ZWESVUSR is for a person to choose"
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(nnn)"
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR does not say "<ZWESVUSR_ID>"
    And no command is generated for ZWE-ID-ADMIN-GROUP and ZWEADMIN
    And the evidence for ZWE-ID-ADMIN-GROUP and ZWEADMIN says "TSS ADD(ZWEADMIN) GID(nnn)"

  Scenario: After the undo, at a site with a default UID and GID range, one job defines the missing ACIDs and their permits
    Given the input "src/test/resources/tss/streams/site-after-setup.txt"
    And the input "src/test/resources/tss/streams/zowe-undo-systsin.txt"
    And the Top Secret owner ACID is FACOWNR and the department is ZOWEDEPT
    And the Top Secret site has a default UID and GID range
    When the Zowe policy is evaluated
    Then the remediation for ZWE-FAC-BPXDAEMON and ZWESVUSR is "TSS PERMIT(ZWESVUSR) IBMFAC(BPX.DAEMON) ACCESS(UPDATE)"
    And the remediation for ZWE-STC-ZOWE and ZWESLSTC is "TSS ADDTO(STC) PROCNAME(ZWESLSTC) ACID(ZWESVUSR)"
    And the remediation contains "TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(?)"
    And every fixable failure is fixed by the remediation

  Scenario: UID(?) and GID(?) let Top Secret choose the numbers
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE')
      """
    And the input file "auto-ids.txt":
      """
      /* a default UID and GID range is defined at this site           */
        TSS CREATE(ZWEADMIN) TYPE(GROUP) +
         NAME('ZOWE ADMINISTRATORS') +
         DEPT(ZOWEDEPT)
        TSS ADD(ZWEADMIN) GID(?)
        TSS CREATE(ZWESVUSR) TYPE(USER) PROTECTED +
         NAME('ZOWE MAIN SERVER') +
         DEPT(ZOWEDEPT)
        TSS ADD(ZWESVUSR) +
         GROUP(ZWEADMIN) +
         DFLTGRP(ZWEADMIN) +
         HOME(/tmp) OMVSPGM(/bin/sh) UID(?)
      """
    When the Zowe policy is evaluated
    Then the input "auto-ids.txt" has no problem
    And ZWE-ID-ADMIN-GROUP passes for ZWEADMIN
    And ZWE-ID-STC-USER passes for ZWESVUSR
    And ZWE-ID-LEAST-PRIVILEGE passes for ZWESVUSR

  Scenario: Data set permits are read, and an undo that names the prefix with another ending is refused
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE')
      TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('ZOWE ADMINISTRATORS') DEPT(ZOWEDEPT)
      """
    And the input file "datasets.txt":
      """
      /* HLQ stub                                                        */
        TSS ADD(ZOWEDEPT) DATASET(ZWE.V3R1)
      /* general data set protection                                     */
        TSS WHOHAS DATASET(ZWE.V3R1)
        TSS PER(ALL) DATASET(ZWE.V3R1) ACCESS(READ)
        TSS PER(ZWEADMIN)  +
          DATASET(ZWE.V3R1) ACCESS(ALL)
      """
    And the input file "datasets-undo.txt":
      """
      TSS REVOKE(ALL) DATASET(ZWE.V3R1.)
      TSS REVOKE(ZWEADMIN) DATASET(ZWE.V3R1)
      TSS REMOVE(ZOWEDEPT) DATASET(ZWE.V3R1.)
      """
    When the Zowe policy is evaluated
    Then the input "datasets.txt" has no problem
    And the input "datasets.txt" has a notice at line 4 saying "WHOHAS"
    And the input "datasets-undo.txt" has no problem
    And the input "datasets-undo.txt" has a notice at line 1 saying "ALL has no permit to DATASET(ZWE.V3R1.)"
    And the input "datasets-undo.txt" has a notice at line 3 saying "ZOWEDEPT does not own DATASET(ZWE.V3R1.)"

  Scenario: A command esmscan cannot model taints only the results that read what it could change
    Given the input "src/test/resources/tss/streams/site-after-setup.txt"
    And the input file "conditional.txt":
      """
      /* the server may switch identities only while it runs ZWESVSTC  */
        TSS PERMIT(ZWESVUSR) IBMFAC(BPX.DAEMON) ACCESS(UPDATE) +
          PRIVPGM(ZWESVSTC)
        TSS WHOHAS IBMFAC(BPX.DAEMON)
      """
    When the Zowe policy is evaluated
    Then the input "conditional.txt" has a problem at line 2 saying "PRIVPGM"
    And ZWE-ID-STC-USER passes for ZWESVUSR
    And ZWE-ID-PROTECTED passes for ZWESVUSR
    And ZWE-STC-ZOWE passes for ZWESLSTC
    And ZWE-FAC-BPXDAEMON reports an error for ZWESVUSR
    And ZWE-FAC-ZWESIS reports an error for ZWESVUSR

  Scenario: An unclosed comment ends with its line, unless the line ends in a continuation character
    Given the input "src/test/resources/tss/streams/site-after-setup.txt"
    And the input file "comments.txt":
      """
      /* the identity mapping service is kept +
      TSS REVOKE(ZWESVUSR) IBMFAC(IRR.RUSERMAP)
      /* the SMF service
      TSS REVOKE(ZWESVUSR) IBMFAC(IRR.RAUDITX)
      """
    When the Zowe policy is evaluated
    Then the input "comments.txt" has no problem
    And the input "comments.txt" has a notice at line 1 saying "a comment runs from line 1 to line 2"
    And the input "comments.txt" has a notice at line 1 saying "line 2: TSS REVOKE(ZWESVUSR) IBMFAC(IRR.RUSERMAP)"
    And the input "comments.txt" has a notice at line 3 saying "not closed with */: TSO ends it at the end of the line"
    And ZWE-FAC-RUSERMAP passes for ZWESVUSR
    And ZWE-FAC-RAUDITX fails for ZWESVUSR
