Feature: Configure the cross memory server for SAF, on ACF2
  Seed 000, "Configure the cross memory server for SAF", ACF2 commands: "SET RESOURCE(FAC) /
  RECKEY ZWES ADD(IS ROLE(IZUSVR) SERVICE(READ) ALLOW)". The seed names z/OSMF's IZUSVR; the
  requirement is that Zowe's started task user has READ to ZWES.IS, and that no one else may use it
  by a catch-all line (an ACF2 UID(-) or ROLE(-) line is the ID(*) of RACF).

  Background:
    Given an ACF2 database built from these commands:
      """
      SET CONTROL(GSO)
      INSERT OPTS MODE(ABORT)
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      INSERT IZUSVR STC GROUP(IZUADMIN)
      SET X(ROL)
      INSERT ZWEADMIN INCLUDE(ZWESVUSR) ROLE
      INSERT IZUSVR INCLUDE(IZUSVR) ROLE
      """

  Scenario: READ to ZWES.IS through the role ZWEADMIN, and no one else
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY ZWES ADD(IS ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS passes for ZWESVUSR
    And ZWE-FAC-ZWESIS-GUARD passes for "FACILITY ZWES.IS"

  Scenario: The seed's line for ROLE(IZUSVR) alone does not give ZWESVUSR access
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY ZWES ADD(IS ROLE(IZUSVR) SERVICE(READ) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS fails for ZWESVUSR
    And the evidence for ZWE-FAC-ZWESIS and ZWESVUSR says "tried with each role of ZWESVUSR: ZWEADMIN"
    And the remediation for ZWE-FAC-ZWESIS and ZWESVUSR is "SET RESOURCE(FAC); RECKEY ZWES ADD(IS USER(ZWESVUSR) SERVICE(READ) ALLOW); /* operator: F ACF2,REBUILD(FAC) */"
    And after applying the remediation ZWE-FAC-ZWESIS passes for ZWESVUSR

  Scenario: A catch-all ROLE(-) line lets every holder of a role use the cross memory server
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY ZWES ADD(IS ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      RECKEY ZWES ADD(- ROLE(-) SERVICE(READ) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS passes for ZWESVUSR
    And ZWE-FAC-ZWESIS-GUARD fails for "FACILITY ZWES.IS"
