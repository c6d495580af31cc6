Feature: Multi-Factor Authentication (MFA)
  Seed 000, "Multi-Factor Authentication (MFA)": "To support the multi-factor authentication, it is
  necessary to apply z/OSMF APAR PH39582." and "MFA must work with Single-Sign-On (SSO). Make sure
  that SSO is configured before you use MFA in Zowe."

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      """

  Scenario: MFA with SSO on: the APAR is checked by hand
    Given the feature mfa is on
    And the feature sso is on
    When the Zowe policy is evaluated
    Then ZWE-MFA is manual for PH39582
    And the evidence for ZWE-MFA and PH39582 says "apply z/OSMF APAR PH39582"
    And ZWE-MFA passes for SSO
    And the evidence for ZWE-MFA and SSO says "feature sso is on"

  Scenario: MFA without SSO fails
    Given the feature mfa is on
    And the feature sso is off
    When the Zowe policy is evaluated
    Then ZWE-MFA fails for SSO
    And the evidence for ZWE-MFA and SSO says "MFA must work with Single-Sign-On (SSO); feature sso is off"
    And no command is generated for ZWE-MFA and SSO
    And ZWE-MFA is manual for PH39582

  Scenario: Not checked when MFA is not used
    When the Zowe policy is evaluated
    Then ZWE-MFA is not applicable
