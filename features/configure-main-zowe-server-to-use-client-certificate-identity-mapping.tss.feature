Feature: Configure main Zowe server to use client certificate identity mapping on Top Secret
  Seed 000: "If you use TSS, verify and update permission in FACILITY class": "TSS WHOHAS IBMFAC(IRR.RUSERMAP)" and "TSS PER(ZWESVUSR) IBMFAC(IRR.RUSERMAP) ACCESS(READ)".

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
  Scenario: ZWESVUSR permitted READ to IRR.RUSERMAP as the documentation shows passes
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(IRR.)
      TSS PER(ZWESVUSR) IBMFAC(IRR.RUSERMAP) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RUSERMAP passes for ZWESVUSR
    And the evidence for ZWE-FAC-RUSERMAP and ZWESVUSR says "the permit of ZWESVUSR IBMFAC(IRR.RUSERMAP) ACCESS(READ)"

  Scenario: IRR.RUSERMAP owned by the site but not permitted to ZWESVUSR fails, and the permit fixes it
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(IRR.)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RUSERMAP fails for ZWESVUSR
    And the evidence for ZWE-FAC-RUSERMAP and ZWESVUSR says "ZWESVUSR needs READ to FACILITY IRR.RUSERMAP: IBMFAC(IRR.RUSERMAP) owned by FACACID through IRR.; no permit of ZWESVUSR, its profiles or ALL covers it"
    And the remediation for ZWE-FAC-RUSERMAP and ZWESVUSR is "TSS PERMIT(ZWESVUSR) IBMFAC(IRR.RUSERMAP) ACCESS(READ)"
    And after applying the remediation ZWE-FAC-RUSERMAP passes for ZWESVUSR

  Scenario: Without the feature the permission is not needed
    Given the feature cert-mapping is off
    When the Zowe policy is evaluated
    Then ZWE-FAC-RUSERMAP is not applicable
