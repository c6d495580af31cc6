Feature: Single Sign-On (SSO)
  Seed 000, "Single Sign-On (SSO)": "Zowe has an SSO scheme with the goal that each time you use
  multiple Zowe components you should only be prompted to login once. Requirements: IBM z/OS
  Management Facility (z/OSMF)". Whether z/OSMF is configured is not in a security database.

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      """

  Scenario: With SSO on, z/OSMF is checked by hand
    Given the feature sso is on
    When the Zowe policy is evaluated
    Then ZWE-SSO is manual for z/OSMF
    And the evidence for ZWE-SSO and z/OSMF says "requires IBM z/OS Management Facility (z/OSMF)"

  Scenario: Not checked when SSO is not used
    When the Zowe policy is evaluated
    Then ZWE-SSO is not applicable
