Feature: ZWESIUSR, on ACF2
  Seed 001, "ZWESIUSR": the cross memory server ZWESISTC and its auxiliary address space ZWESASTC
  run under ZWESIUSR. On ACF2 a procedure's user is the LOGONID of its GSO STC record.

  Background:
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      INSERT ZWESIUSR STC GROUP(ZWEADMIN)
      """

  Scenario: GSO STC records for ZWESISTC and ZWESASTC name ZWESIUSR
    Given an ACF2 database built from these commands:
      """
      SET CONTROL(GSO)
      INSERT STC.ZWESISTC LOGONID(ZWESIUSR) GROUP(ZWEADMIN) STCID(ZWESISTC)
      INSERT STC.ZWESASTC LOGONID(ZWESIUSR) GROUP(ZWEADMIN) STCID(ZWESASTC)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZIS passes for ZWESISTC
    And ZWE-STC-AUX passes for ZWESASTC

  Scenario: ZWESISTC runs as the Zowe server user and ZWESASTC has no record
    Given an ACF2 database built from these commands:
      """
      SET CONTROL(GSO)
      INSERT STC.ZWESISTC LOGONID(ZWESVUSR) GROUP(ZWEADMIN) STCID(ZWESISTC)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZIS fails for ZWESISTC
    And the evidence for ZWE-STC-ZIS and ZWESISTC says "ZWESVUSR"
    And ZWE-STC-AUX fails for ZWESASTC

  Scenario: The records are inserted for the cross memory server procedures
    When the Zowe policy is evaluated
    Then ZWE-STC-ZIS fails for ZWESISTC
    And the remediation for ZWE-STC-ZIS and ZWESISTC is "SET CONTROL(GSO); INSERT STC.ZWESISTC LOGONID(ZWESIUSR) GROUP(ZWEADMIN) STCID(ZWESISTC); /* operator: F ACF2,REFRESH(STC) */"
    And after applying the remediation ZWE-STC-ZIS passes for ZWESISTC
    And after applying the remediation ZWE-STC-AUX passes for ZWESASTC
