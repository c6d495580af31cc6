Feature: API Mediation Layer OIDC Authentication
  Seed 000, "API Mediation Layer OIDC Authentication": "Zowe requires ACF2 APAR LU01316 to be
  applied when using the ACF2 security manager." On ACF2 the APAR is checked by hand (MANUAL,
  subject LU01316; see the .acf2 feature beside this one); on other ESMs the requirement does not
  apply.

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      """

  Scenario: On RACF the ACF2 APAR does not apply
    Given the feature oidc is on
    When the Zowe policy is evaluated
    Then ZWE-OIDC-ACF2 is not applicable
    And the evidence for ZWE-OIDC-ACF2 and - says "applies to ACF2 only; this site uses RACF"
