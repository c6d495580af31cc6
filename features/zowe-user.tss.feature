Feature: zowe_user on Top Secret
  Seed 001, "zowe_user": a Zowe user authenticating through z/OSMF is a z/OSMF user, "connected to
  IZUUSER" (or IZUADMIN). On Top Secret the groups are TYPE(GROUP) ACIDs (or the z/OSMF profiles of
  ZWEITSS's counterpart, IZUSECUR) attached with TSS ADD(user) GROUP(...) or PROFILE(...).

  Background:
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')
      TSS CREATE(IZUUSER) TYPE(GROUP) NAME('ZOSMF USERS') DEPT(ZOWEDEPT)
      TSS CREATE(IZUADMIN) TYPE(GROUP) NAME('ZOSMF ADMINISTRATORS') DEPT(ZOWEDEPT)
      TSS CREATE(USER1) TYPE(USER) NAME('USER ONE') DEPT(ZOWEDEPT)
      TSS CREATE(ADMIN1) TYPE(USER) NAME('ADMIN ONE') DEPT(ZOWEDEPT)
      TSS CREATE(USER2) TYPE(USER) NAME('USER TWO') DEPT(ZOWEDEPT)
      TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('ZOWE ADMINISTRATORS') DEPT(ZOWEDEPT)
      TSS ADD(ZWEADMIN) GID(990)
      TSS CREATE(ZWESVUSR) TYPE(USER) PROTECTED NAME('ZOWE MAIN SERVER') DEPT(ZOWEDEPT)
      TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(990)
      TSS CREATE(ZWESIUSR) TYPE(USER) PROTECTED NAME('ZOWE ZIS SERVER') DEPT(ZOWEDEPT)
      TSS ADD(ZWESIUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(991)
      """
    And the Top Secret owner ACID is ZOWEDEPT and the department is ZOWEDEPT

  Scenario: End users attached to IZUUSER or IZUADMIN pass, naming the group
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(USER1) GROUP(IZUUSER)
      TSS ADD(ADMIN1) GROUP(IZUADMIN)
      """
    And the Zowe end users are USER1, ADMIN1
    When the Zowe policy is evaluated
    Then ZWE-ZOSMF-USERS passes for USER1
    And the evidence for ZWE-ZOSMF-USERS and USER1 says "IZUUSER"
    And ZWE-ZOSMF-USERS passes for ADMIN1

  Scenario: An end user in neither group fails and is attached to IZUUSER
    Given the Zowe end users are USER2
    When the Zowe policy is evaluated
    Then ZWE-ZOSMF-USERS fails for USER2
    And the remediation for ZWE-ZOSMF-USERS and USER2 is "TSS ADD(USER2) GROUP(IZUUSER)"
    And after applying the remediation ZWE-ZOSMF-USERS passes for USER2

  Scenario: An end user that is not defined fails without a command
    Given the Zowe end users are NOSUCH
    When the Zowe policy is evaluated
    Then ZWE-ZOSMF-USERS fails for NOSUCH
    And no command is generated for ZWE-ZOSMF-USERS and NOSUCH
