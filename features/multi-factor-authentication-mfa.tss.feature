Feature: Multi-Factor Authentication (MFA), on Top Secret
  Seed 000, "Multi-Factor Authentication (MFA)": "To support the multi-factor authentication, it is
  necessary to apply z/OSMF APAR PH39582." and "MFA must work with Single-Sign-On (SSO)". Neither
  is in the security database, whatever the ESM: the APAR is checked by hand and SSO is read from
  the Zowe configuration.

  Background:
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')
      TSS CREATE(FACACID) TYPE(USER) NAME('RESOURCE OWNER') DEPT(ZOWEDEPT)
      """

  Scenario: MFA with SSO on: the APAR is checked by hand
    Given the feature mfa is on
    And the feature sso is on
    When the Zowe policy is evaluated
    Then ZWE-MFA is manual for PH39582
    And the evidence for ZWE-MFA and PH39582 says "apply z/OSMF APAR PH39582"
    And ZWE-MFA passes for SSO

  Scenario: MFA without SSO fails
    Given the feature mfa is on
    And the feature sso is off
    When the Zowe policy is evaluated
    Then ZWE-MFA fails for SSO
    And the evidence for ZWE-MFA and SSO says "MFA must work with Single-Sign-On (SSO); feature sso is off"
    And no command is generated for ZWE-MFA and SSO

  Scenario: Not checked when MFA is not used
    Given the feature mfa is off
    When the Zowe policy is evaluated
    Then ZWE-MFA is not applicable
