Feature: Single Sign-On (SSO), on Top Secret
  Seed 000, "Single Sign-On (SSO)": "Requirements: IBM z/OS Management Facility (z/OSMF)". Whether
  z/OSMF is configured is not in a security database, whatever the ESM.

  Background:
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')
      TSS CREATE(FACACID) TYPE(USER) NAME('RESOURCE OWNER') DEPT(ZOWEDEPT)
      """

  Scenario: With SSO on, z/OSMF is checked by hand
    Given the feature sso is on
    When the Zowe policy is evaluated
    Then ZWE-SSO is manual for z/OSMF
    And the evidence for ZWE-SSO and z/OSMF says "requires IBM z/OS Management Facility (z/OSMF)"

  Scenario: Not checked when SSO is not used
    Given the feature sso is off
    When the Zowe policy is evaluated
    Then ZWE-SSO is not applicable
