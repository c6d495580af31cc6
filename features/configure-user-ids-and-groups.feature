Feature: Configure user IDs and groups for the Zowe started tasks
  Seed 000, "Configure user IDs and groups for the Zowe started tasks", and seed 001, "ZWESVUSR" and
  "ZWEADMIN": Zowe requires a user ID ZWESVUSR to execute its main z/OS runtime started task, with a
  valid OMVS segment, and a group ZWEADMIN that ZWESVUSR belongs to, with a valid OMVS segment.

  Background:
    Given the SETROPTS LIST output:
      """
      ACTIVE CLASSES = DATASET USER GROUP FACILITY STARTED
      SETR RACLIST CLASSES = FACILITY STARTED
      GENERIC PROFILE CLASSES = DATASET FACILITY STARTED
      LIST OF GROUPS ACCESS CHECKING IS ACTIVE.
      """

  Scenario: ZWESVUSR and ZWEADMIN defined as the documentation shows pass
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID) -
      DATA('STARTED TASK GROUP WITH OMVS SEGEMENT')
      ADDUSER  ZWESVUSR -
      NOPASSWORD -
      DFLTGRP(ZWEADMIN) -
      OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID) -
      NAME('ZOWE SERVER') -
      DATA('ZOWE MAIN SERVER')
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-STC-USER passes for ZWESVUSR
    And ZWE-ID-ADMIN-GROUP passes for ZWEADMIN

  Scenario: ZWESVUSR is missing
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-STC-USER fails for ZWESVUSR
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "user ZWESVUSR is not defined"
    And the remediation contains "ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)"
    And after applying the remediation ZWE-ID-STC-USER passes for ZWESVUSR

  Scenario: ZWESVUSR without an OMVS segment fails
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) NAME('ZOWE SERVER')
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-STC-USER fails for ZWESVUSR
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "has no OMVS segment"
    And the remediation contains "ALTUSER ZWESVUSR OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)"
    And after applying the remediation ZWE-ID-STC-USER passes for ZWESVUSR

  Scenario: ZWESVUSR in another default group and not connected to ZWEADMIN fails
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDGROUP STCGROUP OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(STCGROUP) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-STC-USER fails for ZWESVUSR
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "default group is STCGROUP, not ZWEADMIN"
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "not connected to ZWEADMIN"
    And the remediation for ZWE-ID-STC-USER and ZWESVUSR is "CONNECT ZWESVUSR GROUP(ZWEADMIN); ALTUSER ZWESVUSR DFLTGRP(ZWEADMIN)"
    And after applying the remediation ZWE-ID-STC-USER passes for ZWESVUSR

  Scenario: A site that names its STC user otherwise is checked under that name
    Given the Zowe STC user is ZOWESTC
    And a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(GID(7001))
      ADDUSER ZOWESTC NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(UID(7002) HOME(/tmp) PROGRAM(/bin/sh))
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-STC-USER passes for ZOWESTC

  Scenario: ZWEADMIN without an OMVS segment fails
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN DATA('NO OMVS SEGMENT')
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ADMIN-GROUP fails for ZWEADMIN
    And the evidence for ZWE-ID-ADMIN-GROUP and ZWEADMIN says "has no OMVS segment"
    And the remediation contains "ALTGROUP ZWEADMIN OMVS(AUTOGID)"
    And after applying the remediation ZWE-ID-ADMIN-GROUP passes for ZWEADMIN

  Scenario: ZWEADMIN is missing
    Given a RACF database built from these commands:
      """
      ADDGROUP SYS1
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ADMIN-GROUP fails for ZWEADMIN
    And the remediation contains "ADDGROUP ZWEADMIN OMVS(AUTOGID)"
    And after applying the remediation ZWE-ID-ADMIN-GROUP passes for ZWEADMIN
