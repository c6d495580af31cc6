Feature: Configure the main Zowe server to issue SMF records, on ACF2
  Seed 000, ACF2 commands: "SET RESOURCE(FAC) / RECKEY IRR ADD(RAUDITX ROLE(&STCGRP.)
  SERVICE(READ) ALLOW)".

  Background:
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      SET X(ROL)
      INSERT ZWEADMIN INCLUDE(ZWESVUSR) ROLE
      """

  Scenario: READ to IRR.RAUDITX through the role ZWEADMIN
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY IRR ADD(RAUDITX ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RAUDITX passes for ZWESVUSR

  Scenario: The role rule set IRR has no line for RAUDITX
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY IRR ADD(RUSERMAP ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RAUDITX fails for ZWESVUSR
    And the remediation for ZWE-FAC-RAUDITX and ZWESVUSR is "SET RESOURCE(FAC); RECKEY IRR ADD(RAUDITX USER(ZWESVUSR) SERVICE(READ) ALLOW); /* operator: F ACF2,REBUILD(FAC) */"
    And after applying the remediation ZWE-FAC-RAUDITX passes for ZWESVUSR
    And after applying the remediation ZWE-FAC-RUSERMAP passes for ZWESVUSR
