Feature: Configure ZWESLSTC to run Zowe high availability instances under ZWESVUSR user ID on Top Secret
  Seed 000, Top Secret command details: "TSS ADDTO(STC) PROCNAME(ZWESLSTC) ACID(ZWESVUSR)": the STC
  table maps the procedure to its ACID.

  Background:
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')
      TSS CREATE(FACACID) TYPE(USER) NAME('RESOURCE OWNER') DEPT(ZOWEDEPT)
      TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('ZOWE ADMINISTRATORS') DEPT(ZOWEDEPT)
      TSS ADD(ZWEADMIN) GID(990)
      TSS CREATE(ZWESVUSR) TYPE(USER) PROTECTED NAME('ZOWE MAIN SERVER') DEPT(ZOWEDEPT)
      TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(990)
      TSS CREATE(ZWESIUSR) TYPE(USER) PROTECTED NAME('ZOWE ZIS SERVER') DEPT(ZOWEDEPT)
      TSS ADD(ZWESIUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(991)
      """
    And the Top Secret owner ACID is FACACID and the department is ZOWEDEPT
  Scenario: ZWESLSTC in the STC table under ZWESVUSR passes
    Given a Top Secret security file built from these commands:
      """
      TSS ADDTO(STC) PROCNAME(ZWESLSTC) ACID(ZWESVUSR)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE passes for ZWESLSTC
    And ZWE-STC-NOT-TRUSTED passes for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "STC table PROCNAME(ZWESLSTC) assigns user ZWESVUSR, group ZWEADMIN"

  Scenario: ZWESLSTC under another ACID fails
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(STCDFLT) TYPE(USER) NAME('DEFAULT STC') DEPT(ZOWEDEPT)
      TSS ADDTO(STC) PROCNAME(ZWESLSTC) ACID(STCDFLT)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE fails for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "runs as user STCDFLT, not ZWESVUSR"
    And no command is generated for ZWE-STC-ZOWE and ZWESLSTC

  Scenario: ZWESLSTC missing from the STC table fails
    Given a Top Secret security file built from these commands:
      """
      TSS ADDTO(STC) PROCNAME(ZWESISTC) ACID(ZWESIUSR)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE fails for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "no started-task definition covers procedure ZWESLSTC"
    And the remediation for ZWE-STC-ZOWE and ZWESLSTC is "TSS ADDTO(STC) PROCNAME(ZWESLSTC) ACID(ZWESVUSR)"
    And the backout contains "TSS REMOVE(STC) PROCNAME(ZWESLSTC)"
    And after applying the remediation ZWE-STC-ZOWE passes for ZWESLSTC
