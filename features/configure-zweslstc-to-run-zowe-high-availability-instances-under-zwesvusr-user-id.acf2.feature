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

  Scenario: A missing STC record is inserted as the seed shows
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE fails for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "no started-task definition covers procedure ZWESLSTC"
    And the remediation for ZWE-STC-ZOWE and ZWESLSTC is "SET CONTROL(GSO); INSERT STC.ZWESLSTC LOGONID(ZWESVUSR) GROUP(ZWEADMIN) STCID(ZWESLSTC); /* operator: F ACF2,REFRESH(STC) */"
    And the backout contains "DELETE STC.ZWESLSTC"
    And after applying the remediation ZWE-STC-ZOWE passes for ZWESLSTC
    And after applying the remediation ZWE-STC-NOT-TRUSTED passes for ZWESLSTC

  Scenario: The procedure's own record names another logonid: it is changed and the backout restores it
    Given an ACF2 database built from these commands:
      """
      SET CONTROL(GSO)
      INSERT STC.ZWESLSTC LOGONID(ZWESIUSR) GROUP(ZWEADMIN) STCID(ZWESLSTC)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE fails for ZWESLSTC
    And the remediation for ZWE-STC-ZOWE and ZWESLSTC is "SET CONTROL(GSO); CHANGE STC.ZWESLSTC LOGONID(ZWESVUSR) GROUP(ZWEADMIN); /* operator: F ACF2,REFRESH(STC) */"
    And the backout contains "CHANGE STC.ZWESLSTC LOGONID(ZWESIUSR) GROUP(ZWEADMIN)"
    And after applying the remediation ZWE-STC-ZOWE passes for ZWESLSTC

  Scenario: A masked record other procedures share is left alone; ZWESLSTC gets its own
    Given an ACF2 database built from these commands:
      """
      SET CONTROL(GSO)
      INSERT STC.ZWE- LOGONID(SYSSTC) STCID(ZWE-)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE fails for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "GSO STC.ZWE-"
    And the remediation for ZWE-STC-ZOWE and ZWESLSTC is "SET CONTROL(GSO); INSERT STC.ZWESLSTC LOGONID(ZWESVUSR) GROUP(ZWEADMIN) STCID(ZWESLSTC); /* operator: F ACF2,REFRESH(STC) */"
    And after applying the remediation ZWE-STC-ZOWE passes for ZWESLSTC
    And after applying the remediation ZWE-STC-NOT-TRUSTED passes for ZWESLSTC

  Scenario: Trust comes from the logonid's NON-CNCL, which no command here takes away
    Given an ACF2 database built from these commands:
      """
      SET LID
      CHANGE ZWESVUSR NON-CNCL
      SET CONTROL(GSO)
      INSERT STC.ZWESLSTC LOGONID(ZWESVUSR) GROUP(ZWEADMIN) STCID(ZWESLSTC)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-NOT-TRUSTED fails for ZWESLSTC
    And no command is generated for ZWE-STC-NOT-TRUSTED and ZWESLSTC
    And ZWE-ID-LEAST-PRIVILEGE fails for ZWESVUSR
