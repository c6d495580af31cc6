Feature: zowe_user, on ACF2
  Seed 001, "zowe_user": the TSO user ID of every end user "must belong to one or both of the groups
  IZUUSER or IZUADMIN". On ACF2 the z/OSMF groups are roles: an end user belongs to IZUUSER when
  the X(ROL) record IZUUSER includes it.

  Background:
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT USER1 GROUP(APPDEV)
      INSERT USER2 GROUP(APPDEV)
      SET X(ROL)
      INSERT IZUUSER INCLUDE(USER1) ROLE
      INSERT IZUADMIN INCLUDE(ADMIN1) ROLE
      """

  Scenario: An end user included in the role IZUUSER passes
    Given the Zowe end users are USER1
    When the Zowe policy is evaluated
    Then ZWE-ZOSMF-USERS passes for USER1
    And the evidence for ZWE-ZOSMF-USERS and USER1 says "IZUUSER"

  Scenario: An end user in neither role is included in IZUUSER
    Given the Zowe end users are USER2
    When the Zowe policy is evaluated
    Then ZWE-ZOSMF-USERS fails for USER2
    And the remediation for ZWE-ZOSMF-USERS and USER2 is "SET X(ROL); CHANGE IZUUSER INCLUDE(USER2) ADD; /* operator: F ACF2,NEWXREF,TYPE(ROL) */"
    And after applying the remediation ZWE-ZOSMF-USERS passes for USER2
