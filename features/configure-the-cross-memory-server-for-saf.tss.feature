Feature: Configure the cross memory server for SAF on Top Secret
  Seed 000, "Configure the cross memory server for SAF": "Client processes accessing the cross
  memory server's services must have READ access to a security profile ZWES.IS in the FACILITY
  class." Top Secret command details: "TSS ADD(`owner-acid`) IBMFAC(ZWES.)" and
  "TSS PERMIT(ZWESVUSR) IBMFAC(ZWES.IS) ACCESS(READ)".

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
    And the input file "tssparms.txt":
      """
      * TSSPARMS: the control options that decide access
      AUTH(OVERRIDE,ALLOVER)
      MODE(FAIL)
      """

  Scenario: ZWES.IS owned and permitted to ZWESVUSR as the documentation shows passes
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(ZWES.)
      TSS PERMIT(ZWESVUSR) IBMFAC(ZWES.IS) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS passes for ZWESVUSR
    And ZWE-FAC-ZWESIS-GUARD passes for "FACILITY ZWES.IS"

  Scenario: ZWES.IS owned by nobody: the cross memory server lets no client in, ZWESVUSR included
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS fails for ZWESVUSR
    And ZWE-FAC-ZWESIS-GUARD passes for "FACILITY ZWES.IS"
    And the evidence for ZWE-FAC-ZWESIS-GUARD and "FACILITY ZWES.IS" says "no profile covers FACILITY ZWES.IS: the cross memory server denies every client"
    And the remediation for ZWE-FAC-ZWESIS and ZWESVUSR is "TSS ADD(FACACID) IBMFAC(ZWES.IS); TSS PERMIT(ZWESVUSR) IBMFAC(ZWES.IS) ACCESS(READ)"
    And after applying the remediation ZWE-FAC-ZWESIS passes for ZWESVUSR
    And after applying the remediation ZWE-FAC-ZWESIS-GUARD passes for "FACILITY ZWES.IS"

  Scenario: ZWES.IS permitted to every ACID through the ALL record fails the guard
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(ZWES.)
      TSS PERMIT(ZWESVUSR) IBMFAC(ZWES.IS) ACCESS(READ)
      TSS PERMIT(ALL) IBMFAC(ZWES.IS) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS passes for ZWESVUSR
    And ZWE-FAC-ZWESIS-GUARD fails for "FACILITY ZWES.IS"
    And the evidence for ZWE-FAC-ZWESIS-GUARD and "FACILITY ZWES.IS" says "ID(*) READ on FACILITY ZWES. (generic); a person must act"
