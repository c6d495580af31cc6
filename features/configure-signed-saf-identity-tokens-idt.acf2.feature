Feature: Configure signed SAF Identity tokens (IDT), on ACF2
  Seed 000: "3. Define a SAF resource profile under the IDTDATA SAF resource class" and, for ACF2,
  "IDTDATA Profile Records". ACF2 keeps them as profile records (SET PROFILE(IDTDATA)), which the
  ACF2 inputs read here do not hold, so whether one exists is unknown: an ERROR that says so,
  never a PASS, and no FAIL either, as nothing shows the record to be missing.

  Background:
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      """

  Scenario: IDTDATA profile records are not read: an error names them
    Given the feature idt is on
    When the Zowe policy is evaluated
    Then ZWE-IDT reports an error for IDTDATA
    And the evidence for ZWE-IDT and IDTDATA says "ACF2 IDTDATA profile records (SET PROFILE(IDTDATA)) are not read"
    And ZWE-IDT is manual for "PKCS#11 token"

  Scenario: A resource rule of the same name is not an IDTDATA profile record
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(IDT)
      RECKEY ZWESIDT ADD(UID(ZWESVUSR) SERVICE(READ) ALLOW)
      """
    And the feature idt is on
    When the Zowe policy is evaluated
    Then ZWE-IDT reports an error for IDTDATA

  Scenario: Not checked when IDT is not used
    Given the feature idt is off
    When the Zowe policy is evaluated
    Then ZWE-IDT is not applicable
