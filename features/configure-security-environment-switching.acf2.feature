Feature: Configure security environment switching, on ACF2
  Seed 000, "Configure security environment switching", ACF2 procedure: "SET RESOURCE(FAC) /
  RECKEY BPX ADD(SERVER ROLE(<zowe_stc_user>) SERVICE(UPDATE) ALLOW) / RECKEY BPX ADD(DAEMON
  ROLE(<zowe_stc_user>) SERVICE(UPDATE) ALLOW)" and "SET RESOURCE(APL) / RECKEY OMVSAPPL
  ADD(SERVICE(READ) ROLE(<zowe_user>) ALLOW)". ROLE(...) names an X(ROL) role record, so the role
  of the Zowe server user (ZWEADMIN, as Zowe's ZWEIACF job defines it) is used here.

  Background:
    Given an ACF2 database built from these commands:
      """
      SET PROFILE(GROUP) DIV(OMVS)
      INSERT ZWEADMIN AUTOGID
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      INSERT FTPD STC GROUP(TCPIP)
      SET X(ROL)
      INSERT ZWEADMIN INCLUDE(ZWESVUSR) ROLE
      """

  Scenario: UPDATE to BPX.SERVER and BPX.DAEMON and READ to OMVSAPPL through the role ZWEADMIN
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY BPX ADD(SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW)
      RECKEY BPX ADD(DAEMON ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW)
      SET RESOURCE(APL)
      RECKEY OMVSAPPL ADD(SERVICE(READ) ROLE(ZWEADMIN) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And ZWE-FAC-BPXDAEMON passes for ZWESVUSR
    And the evidence for ZWE-FAC-BPXSERVER and ZWESVUSR says "'SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW' matches through role ZWEADMIN: ALLOW"
    And ZWE-APPL-OMVSAPPL passes for ZWESVUSR

  Scenario: The rule set BPX grants only the FTP daemon: a line for ZWESVUSR is added
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY BPX ADD(SERVER USER(FTPD) SERVICE(READ,UPDATE) ALLOW)
      RECKEY BPX ADD(DAEMON USER(FTPD) SERVICE(READ,UPDATE) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER fails for ZWESVUSR
    And the evidence for ZWE-FAC-BPXSERVER and ZWESVUSR says "no line matches ZWESVUSR: denied"
    And the remediation for ZWE-FAC-BPXSERVER and ZWESVUSR is "SET RESOURCE(FAC); RECKEY BPX ADD(SERVER USER(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW); /* operator: F ACF2,REBUILD(FAC) */"
    And ZWE-FAC-BPXDAEMON fails for ZWESVUSR
    And after applying the remediation ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And after applying the remediation ZWE-FAC-BPXDAEMON passes for ZWESVUSR

  Scenario: Services are not hierarchical: SERVICE(READ) does not give UPDATE
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY BPX ADD(SERVER ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      RECKEY BPX ADD(DAEMON ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER fails for ZWESVUSR
    And the evidence for ZWE-FAC-BPXSERVER and ZWESVUSR says "does not list SERVICE(UPDATE)"
    And ZWE-FAC-BPXDAEMON passes for ZWESVUSR

  Scenario: ROLE lines added to an existing UID rule set are not counted
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY BPX ADD(SERVER UID(FTPD) SERVICE(READ,UPDATE) ALLOW)
      RECKEY BPX ADD(SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER fails for ZWESVUSR
    And the evidence for ZWE-FAC-BPXSERVER and ZWESVUSR says "its ROLE lines are not counted"

  Scenario: OMVSAPPL defined without a line for ZWESVUSR
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(APL)
      RECKEY OMVSAPPL ADD(UID(FTPD) SERVICE(READ) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-APPL-OMVSAPPL fails for ZWESVUSR
    And the remediation for ZWE-APPL-OMVSAPPL and ZWESVUSR is "SET RESOURCE(APL); RECKEY OMVSAPPL ADD(USER(ZWESVUSR) SERVICE(READ) ALLOW); /* operator: F ACF2,REBUILD(APL) */"
    And after applying the remediation ZWE-APPL-OMVSAPPL passes for ZWESVUSR
