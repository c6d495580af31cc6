Feature: Configure security environment switching on Top Secret
  Seed 000, "Configure security environment switching", Top Secret command details:
  "TSS ADD(owner-acid) IBMFAC(BPX.)", "TSS PERMIT(<zowe_stc_user>) IBMFAC(BPX.SERVER) ACCESS(UPDATE)",
  "TSS PERMIT(<zowe_stc_user>) IBMFAC(BPX.DAEMON) ACCESS(UPDATE)", and for OMVSAPPL
  "TSS PERMIT(<zowe_user>) APPL(OMVSAPPL)". IBMFAC is Top Secret's FACILITY class.

  Background:
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')
      TSS CREATE(FACACID) TYPE(USER) NAME('RESOURCE OWNER') DEPT(ZOWEDEPT)
      TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('ZOWE ADMINISTRATORS') DEPT(ZOWEDEPT)
      TSS ADD(ZWEADMIN) GID(990)
      TSS CREATE(ZWESVUSR) TYPE(USER) PROTECTED NAME('ZOWE MAIN SERVER') DEPT(ZOWEDEPT)
      TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(990)
      TSS CREATE(ZWESIUSR) TYPE(USER) PROTECTED NAME('ZOWE ZIS SERVER') DEPT(ZOWEDEPT)
      TSS ADD(ZWESIUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(991)
      TSS CREATE(APPDEV1) TYPE(USER) NAME('APPLICATION DEVELOPER') DEPT(ZOWEDEPT)
      TSS CREATE(FTPD) TYPE(USER) NAME('FTP DAEMON') DEPT(ZOWEDEPT)
      """
    And the Top Secret owner ACID is FACACID and the department is ZOWEDEPT

  Scenario: ZWESVUSR permitted UPDATE to BPX.SERVER and BPX.DAEMON as the documentation shows passes
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(BPX.)
      TSS PERMIT(ZWESVUSR) IBMFAC(BPX.SERVER) ACCESS(UPDATE)
      TSS PERMIT(ZWESVUSR) IBMFAC(BPX.DAEMON) ACCESS(UPDATE)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And ZWE-FAC-BPXDAEMON passes for ZWESVUSR
    And the evidence for ZWE-FAC-BPXSERVER and ZWESVUSR says "IBMFAC(BPX.SERVER) owned by FACACID through BPX.; the permit of ZWESVUSR IBMFAC(BPX.SERVER) ACCESS(UPDATE)"

  Scenario: Nobody owns the BPX resources, so Top Secret does not protect them
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER fails for ZWESVUSR
    And the evidence for ZWE-FAC-BPXSERVER and ZWESVUSR says "no ACID owns IBMFAC(BPX.SERVER) and no RDT listing (TSS LIST(RDT)) says whether IBMFAC is DEFPROT: Top Secret does not protect it"
    And the remediation for ZWE-FAC-BPXSERVER and ZWESVUSR is "TSS ADD(FACACID) IBMFAC(BPX.SERVER); TSS PERMIT(ZWESVUSR) IBMFAC(BPX.SERVER) ACCESS(UPDATE)"
    And ZWE-FAC-BPXDAEMON fails for ZWESVUSR
    And after applying the remediation ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And after applying the remediation ZWE-FAC-BPXDAEMON passes for ZWESVUSR

  Scenario: ZWESVUSR has only READ to BPX.DAEMON, which the FTP daemon holds with UPDATE
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(BPX.)
      TSS PERMIT(FTPD) IBMFAC(BPX.SERVER) ACCESS(UPDATE)
      TSS PERMIT(FTPD) IBMFAC(BPX.DAEMON) ACCESS(UPDATE)
      TSS PERMIT(ZWESVUSR) IBMFAC(BPX.DAEMON) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXDAEMON fails for ZWESVUSR
    And the evidence for ZWE-FAC-BPXDAEMON and ZWESVUSR says "ZWESVUSR needs UPDATE to FACILITY BPX.DAEMON: IBMFAC(BPX.DAEMON) owned by FACACID through BPX.; the permit of ZWESVUSR IBMFAC(BPX.DAEMON) ACCESS(READ)"
    And the remediation for ZWE-FAC-BPXDAEMON and ZWESVUSR is "TSS PERMIT(ZWESVUSR) IBMFAC(BPX.DAEMON) ACCESS(UPDATE)"
    And after applying the remediation ZWE-FAC-BPXDAEMON passes for ZWESVUSR

  Scenario: OMVSAPPL owned and permitted to the STC user and the end users passes
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) APPL(OMVSAPPL)
      TSS PERMIT(ZWESVUSR) APPL(OMVSAPPL)
      TSS PERMIT(APPDEV1) APPL(OMVSAPPL)
      """
    And the Zowe end users are APPDEV1
    When the Zowe policy is evaluated
    Then ZWE-APPL-OMVSAPPL passes for ZWESVUSR
    And ZWE-APPL-OMVSAPPL passes for APPDEV1

  Scenario: OMVSAPPL owned but an end user not permitted fails
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) APPL(OMVSAPPL)
      TSS PERMIT(ZWESVUSR) APPL(OMVSAPPL)
      """
    And the Zowe end users are APPDEV1
    When the Zowe policy is evaluated
    Then ZWE-APPL-OMVSAPPL passes for ZWESVUSR
    And ZWE-APPL-OMVSAPPL fails for APPDEV1
    And the evidence for ZWE-APPL-OMVSAPPL and APPDEV1 says "APPDEV1 needs READ to APPL OMVSAPPL: APPL(OMVSAPPL) owned by FACACID through OMVSAPPL; no permit of APPDEV1, its profiles or ALL covers it"
    And the remediation for ZWE-APPL-OMVSAPPL and APPDEV1 is "TSS PERMIT(APPDEV1) APPL(OMVSAPPL) ACCESS(READ)"
    And after applying the remediation ZWE-APPL-OMVSAPPL passes for APPDEV1

  Scenario: OMVSAPPL owned by nobody is not defined, so the OMVSAPPL steps are skipped
    When the Zowe policy is evaluated
    Then ZWE-APPL-OMVSAPPL is not applicable for "APPL OMVSAPPL"
