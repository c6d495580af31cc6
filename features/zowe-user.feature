Feature: zowe_user
  Seed 001, "zowe_user": "If z/OSMF is used for authentication and serving REST APIs for Zowe CLI
  and Zowe Explorer users, the TSO user ID for end users must belong to one or both of the groups
  IZUUSER or IZUADMIN." The end users are named with --zowe-users (user IDs, or groups meaning
  their connected users).

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP IZUUSER
      ADDGROUP IZUADMIN
      ADDGROUP APPDEV
      ADDUSER USER1 DFLTGRP(APPDEV)
      ADDUSER USER2 DFLTGRP(APPDEV)
      ADDUSER ADMIN1 DFLTGRP(IZUADMIN)
      """

  Scenario: End users connected to IZUUSER or IZUADMIN pass, naming the group
    Given a RACF database built from these commands:
      """
      CONNECT USER1 GROUP(IZUUSER)
      """
    And the Zowe end users are USER1, ADMIN1
    When the Zowe policy is evaluated
    Then ZWE-ZOSMF-USERS passes for USER1
    And the evidence for ZWE-ZOSMF-USERS and USER1 says "end user USER1 is connected to IZUUSER"
    And ZWE-ZOSMF-USERS passes for ADMIN1
    And the evidence for ZWE-ZOSMF-USERS and ADMIN1 says "connected to IZUADMIN"

  Scenario: An end user in neither group is connected to IZUUSER
    Given the Zowe end users are APPDEV
    When the Zowe policy is evaluated
    Then ZWE-ZOSMF-USERS fails for USER2
    And the evidence for ZWE-ZOSMF-USERS and USER2 says "end user USER2 (member of APPDEV) belongs to neither IZUUSER nor IZUADMIN"
    And the remediation for ZWE-ZOSMF-USERS and USER2 is "CONNECT USER2 GROUP(IZUUSER)"
    And after applying the remediation ZWE-ZOSMF-USERS passes for USER2
    And after applying the remediation ZWE-ZOSMF-USERS passes for USER1

  Scenario: Without the group IZUUSER no command is generated
    Given a RACF database built from these commands:
      """
      DELGROUP IZUUSER
      """
    And the Zowe end users are USER1
    When the Zowe policy is evaluated
    Then ZWE-ZOSMF-USERS fails for USER1
    And the evidence for ZWE-ZOSMF-USERS and USER1 says "group IZUUSER is not defined"
    And no command is generated for ZWE-ZOSMF-USERS and USER1

  Scenario: A revoked connection does not count
    Given a RACF database built from these commands:
      """
      CONNECT USER1 GROUP(IZUUSER) REVOKE
      """
    And the Zowe end users are USER1
    When the Zowe policy is evaluated
    Then ZWE-ZOSMF-USERS fails for USER1
    And the evidence for ZWE-ZOSMF-USERS and USER1 says "connected to IZUUSER but the connection is revoked"
    And no command is generated for ZWE-ZOSMF-USERS and USER1

  Scenario: An end user that is not defined fails without a command
    Given the Zowe end users are NOSUCH
    When the Zowe policy is evaluated
    Then ZWE-ZOSMF-USERS fails for NOSUCH
    And the evidence for ZWE-ZOSMF-USERS and NOSUCH says "end user NOSUCH is not defined"
    And no command is generated for ZWE-ZOSMF-USERS and NOSUCH

  Scenario: With no end users named the check is left to the administrator
    When the Zowe policy is evaluated
    Then ZWE-ZOSMF-USERS is manual for zowe_user
    And the evidence for ZWE-ZOSMF-USERS and zowe_user says "name them (--zowe-users or zoweUsers in esmscan.yaml)"
    And the evidence for ZWE-ZOSMF-USERS and zowe_user says "belongs to IZUUSER or IZUADMIN"

  Scenario: Not checked when z/OSMF does not authenticate Zowe users
    Given the feature zosmf-auth is off
    And the Zowe end users are USER1
    When the Zowe policy is evaluated
    Then ZWE-ZOSMF-USERS is not applicable
