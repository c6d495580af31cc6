Feature: API Mediation Layer OIDC Authentication, on ACF2
  Seed 000: "Zowe requires ACF2 APAR LU01316 to be applied when using the ACF2 security manager."
  An APAR is not in the security database: on ACF2 it is checked by hand.

  Background:
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      """

  Scenario: With OIDC on, the ACF2 APAR is checked by hand
    Given the feature oidc is on
    When the Zowe policy is evaluated
    Then ZWE-OIDC-ACF2 is manual for LU01316
    And the evidence for ZWE-OIDC-ACF2 and LU01316 says "LU01316"

  Scenario: With OIDC off the requirement does not apply
    Given the feature oidc is off
    When the Zowe policy is evaluated
    Then ZWE-OIDC-ACF2 is not applicable
