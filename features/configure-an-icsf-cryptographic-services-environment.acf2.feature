Feature: Configure an ICSF cryptographic services environment, on ACF2
  Seed 000: "the ZWESVUSR user who runs Zowe server started task requires READ access to CSFRNGL
  in the CSFSERV class." ACF2 commands: "SET CONTROL(GSO) / INSERT CLASMAP.CSFSERV
  RESOURCE(CSFSERV) RSRCTYPE(CSF)" and "SET RESOURCE(CSF) / RECKEY profile-prefix
  ADD(profile-suffix uid(UID string ...) SERVICE(READ) ALLOW)". Without a CLASMAP record CSFSERV
  maps to ACF2's default type CSF all the same. A CSF resource with no rule is denied (NO-RULE).

  Background:
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      SET CONTROL(GSO)
      INSERT CLASMAP.CSFSERV RESOURCE(CSFSERV) RSRCTYPE(CSF)
      """

  Scenario: The seed's CSF rule for CSFRNGL with the server's UID string
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(CSF)
      RECKEY CSFRNGL ADD(UID(ZWESVUSR) SERVICE(READ) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-CSFRNGL passes for ZWESVUSR
    And the evidence for ZWE-ICSF-CSFRNGL and ZWESVUSR says "CSFSERV maps to CSF by GSO CLASMAP.CSFSERV"

  Scenario: The CSF rule is keyed CSFRNG, so no rule covers CSFRNGL
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(CSF)
      RECKEY CSFRNG ADD(UID(ZWESVUSR) SERVICE(READ) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-CSFRNGL fails for ZWESVUSR
    And the evidence for ZWE-ICSF-CSFRNGL and ZWESVUSR says "no $KEY rule set of TYPE(CSF) covers CSFRNGL"
    And the remediation for ZWE-ICSF-CSFRNGL and ZWESVUSR is "SET RESOURCE(CSF); RECKEY CSFRNGL ADD(USER(ZWESVUSR) SERVICE(READ) ALLOW); /* operator: F ACF2,REBUILD(CSF) */"
    And after applying the remediation ZWE-ICSF-CSFRNGL passes for ZWESVUSR
