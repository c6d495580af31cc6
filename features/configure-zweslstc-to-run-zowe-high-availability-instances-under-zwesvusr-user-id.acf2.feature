Feature: Configure ZWESLSTC to run Zowe high availability instances under ZWESVUSR, on ACF2
  Seed 000, ACF2 commands: "SET CONTROL(GSO) / INSERT STC.ZWESLSTC LOGONID(ZWESVUSR)
  GROUP(ZWEADMIN) STCID(ZWESLSTC) / F ACF2,REFRESH(STC)". The GSO STC record is ACF2's STARTED
  profile; the logonid it names is trusted when it has NON-CNCL (it bypasses every rule).

  Background:
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      INSERT ZWESIUSR STC GROUP(ZWEADMIN)
      INSERT SYSSTC STC NON-CNCL
      """

  Scenario: The seed's GSO STC record for ZWESLSTC
    Given an ACF2 database built from these commands:
      """
      SET CONTROL(GSO)
      INSERT STC.ZWESLSTC LOGONID(ZWESVUSR) GROUP(ZWEADMIN) STCID(ZWESLSTC)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE passes for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "GSO STC.ZWESLSTC STCID(ZWESLSTC) assigns user ZWESVUSR, group ZWEADMIN"
    And ZWE-STC-NOT-TRUSTED passes for ZWESLSTC

  Scenario: Only the Zowe v1 record STC.ZWESVSTC exists
    Given an ACF2 database built from these commands:
      """
      SET CONTROL(GSO)
      INSERT STC.ZWESVSTC LOGONID(ZWESVUSR) GROUP(ZWEADMIN) STCID(ZWESVSTC)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE fails for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "ZWESLSTC"

  Scenario: ZWESLSTC runs under a logonid with NON-CNCL
    Given an ACF2 database built from these commands:
      """
      SET CONTROL(GSO)
      INSERT STC.ZWESLSTC LOGONID(SYSSTC) STCID(ZWESLSTC)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE fails for ZWESLSTC
    And ZWE-STC-NOT-TRUSTED fails for ZWESLSTC
