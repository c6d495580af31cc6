Feature: Configure main Zowe server to use distributed identity mapping, on ACF2
  Seed 000, ACF2 procedure: "SET RESOURCE(FAC) / RECKEY IRR.IDIDMAP.QUERY ADD(SERVICE(READ)
  ROLE(&STCGRP.) ALLOW)". The IDIDMAP class activation is RACF's; on ACF2 only the READ is checked.

  Background:
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      SET X(ROL)
      INSERT ZWEADMIN INCLUDE(ZWESVUSR) ROLE
      """

  Scenario: READ to IRR.IDIDMAP.QUERY through the role ZWEADMIN
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY IRR.IDIDMAP.QUERY ADD(SERVICE(READ) ROLE(ZWEADMIN) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-IDIDMAP passes for ZWESVUSR

  Scenario: SERVICE(UPDATE) alone does not allow READ
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY IRR ADD(IDIDMAP.QUERY ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-IDIDMAP fails for ZWESVUSR
    And the evidence for ZWE-FAC-IDIDMAP and ZWESVUSR says "does not list SERVICE(READ)"
    And the remediation for ZWE-FAC-IDIDMAP and ZWESVUSR is "SET RESOURCE(FAC); RECKEY IRR ADD(IDIDMAP.QUERY USER(ZWESVUSR) SERVICE(READ) ALLOW); /* operator: F ACF2,REBUILD(FAC) */"
    And after applying the remediation ZWE-FAC-IDIDMAP passes for ZWESVUSR
