Feature: ZWESIUSR on Top Secret
  Seed 001, "ZWESIUSR": the cross memory server ZWESISTC and its auxiliary address space ZWESASTC
  run under ZWESIUSR. On Top Secret a procedure's ACID is its STC table entry ("TSS ADDTO(STC)
  PROCNAME(ZWESISTC) ACID(ZWESIUSR)").

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

  Scenario: ZWESISTC and ZWESASTC in the STC table under ZWESIUSR pass
    Given a Top Secret security file built from these commands:
      """
      TSS ADDTO(STC) PROCNAME(ZWESISTC) ACID(ZWESIUSR)
      TSS ADDTO(STC) PROCNAME(ZWESASTC) ACID(ZWESIUSR)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZIS passes for ZWESISTC
    And the evidence for ZWE-STC-ZIS and ZWESISTC says "STC table PROCNAME(ZWESISTC) assigns user ZWESIUSR"
    And ZWE-STC-AUX passes for ZWESASTC

  Scenario: ZWESASTC under the main server's ACID fails
    Given a Top Secret security file built from these commands:
      """
      TSS ADDTO(STC) PROCNAME(ZWESISTC) ACID(ZWESIUSR)
      TSS ADDTO(STC) PROCNAME(ZWESASTC) ACID(ZWESVUSR)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZIS passes for ZWESISTC
    And ZWE-STC-AUX fails for ZWESASTC
    And the evidence for ZWE-STC-AUX and ZWESASTC says "runs as user ZWESVUSR, not ZWESIUSR"

  Scenario: ZWESISTC and ZWESASTC missing from the STC table fail, and the STC entries fix them
    Given a Top Secret security file built from these commands:
      """
      TSS ADDTO(STC) PROCNAME(ZWESLSTC) ACID(ZWESVUSR)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZIS fails for ZWESISTC
    And the evidence for ZWE-STC-ZIS and ZWESISTC says "no started-task definition covers procedure ZWESISTC"
    And the remediation for ZWE-STC-ZIS and ZWESISTC is "TSS ADDTO(STC) PROCNAME(ZWESISTC) ACID(ZWESIUSR)"
    And after applying the remediation ZWE-STC-ZIS passes for ZWESISTC
    And ZWE-STC-AUX fails for ZWESASTC
    And the remediation for ZWE-STC-AUX and ZWESASTC is "TSS ADDTO(STC) PROCNAME(ZWESASTC) ACID(ZWESIUSR)"
    And after applying the remediation ZWE-STC-AUX passes for ZWESASTC
