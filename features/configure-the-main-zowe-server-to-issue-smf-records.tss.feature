Feature: Configure the main Zowe server to issue SMF records on Top Secret
  Seed 000, Top Secret: "TSS WHOHAS IBMFAC(IRR.RAUDITX)"; "If you use Top Secret, add user ZWESVUSR permission to READ": "TSS PER(ZWESVUSR) IBMFAC(IRR.RAUDITX) ACCESS(READ)".

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
  Scenario: ZWESVUSR permitted READ to IRR.RAUDITX as the documentation shows passes
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(IRR.)
      TSS PER(ZWESVUSR) IBMFAC(IRR.RAUDITX) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RAUDITX passes for ZWESVUSR
    And the evidence for ZWE-FAC-RAUDITX and ZWESVUSR says "the permit of ZWESVUSR IBMFAC(IRR.RAUDITX) ACCESS(READ)"

  Scenario: IRR.RAUDITX owned by the site but not permitted to ZWESVUSR fails, and the permit fixes it
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(IRR.)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RAUDITX fails for ZWESVUSR
    And the evidence for ZWE-FAC-RAUDITX and ZWESVUSR says "ZWESVUSR needs READ to FACILITY IRR.RAUDITX: IBMFAC(IRR.RAUDITX) owned by FACACID through IRR.; no permit of ZWESVUSR, its profiles or ALL covers it"
    And the remediation for ZWE-FAC-RAUDITX and ZWESVUSR is "TSS PERMIT(ZWESVUSR) IBMFAC(IRR.RAUDITX) ACCESS(READ)"
    And after applying the remediation ZWE-FAC-RAUDITX passes for ZWESVUSR

  Scenario: Without the feature the permission is not needed
    Given the feature smf is off
    When the Zowe policy is evaluated
    Then ZWE-FAC-RAUDITX is not applicable
