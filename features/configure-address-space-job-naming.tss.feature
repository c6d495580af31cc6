Feature: Configure address space job naming on Top Secret
  Seed 000, "Configure address space job naming": "The user ID ZWESVUSR that is associated with the
  Zowe started task must have READ permission for the BPX.JOBNAME profile in the FACILITY class."
  The seed gives RACF commands only; on Top Secret the FACILITY class is IBMFAC and the permission
  is TSS PERMIT(ZWESVUSR) IBMFAC(BPX.JOBNAME) ACCESS(READ).

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

  Scenario: ZWESVUSR permitted READ to BPX.JOBNAME passes
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(BPX.)
      TSS PERMIT(ZWESVUSR) IBMFAC(BPX.JOBNAME) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-JOBNAME passes for ZWESVUSR
    And the evidence for ZWE-FAC-JOBNAME and ZWESVUSR says "IBMFAC(BPX.JOBNAME) owned by FACACID through BPX.; the permit of ZWESVUSR IBMFAC(BPX.JOBNAME) ACCESS(READ)"

  Scenario: BPX.JOBNAME owned but not permitted to ZWESVUSR fails
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(BPX.)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-JOBNAME fails for ZWESVUSR
    And the evidence for ZWE-FAC-JOBNAME and ZWESVUSR says "ZWESVUSR needs READ to FACILITY BPX.JOBNAME: IBMFAC(BPX.JOBNAME) owned by FACACID through BPX.; no permit of ZWESVUSR, its profiles or ALL covers it"
    And the remediation for ZWE-FAC-JOBNAME and ZWESVUSR is "TSS PERMIT(ZWESVUSR) IBMFAC(BPX.JOBNAME) ACCESS(READ)"
    And after applying the remediation ZWE-FAC-JOBNAME passes for ZWESVUSR
