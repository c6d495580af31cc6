Feature: Configure address space job naming
  Seed 000, "Configure address space job naming": the user ID ZWESVUSR that is associated with the
  Zowe started task must have READ permission for the BPX.JOBNAME profile in the FACILITY class;
  activate the FACILITY class, permit BPX.JOBNAME, and refresh the FACILITY class.

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      ADDGROUP SYSPROG OMVS(AUTOGID)
      ADDUSER OTHERSTC NOPASSWORD DFLTGRP(SYSPROG)
      """

  Scenario: ZWESVUSR permitted READ to BPX.JOBNAME as the documentation shows passes
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY)
      SETROPTS CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY BPX.JOBNAME UACC(NONE)
      PERMIT BPX.JOBNAME CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)
      SETROPTS RACLIST(FACILITY) REFRESH
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-JOBNAME passes for ZWESVUSR
    And ZWE-CLASS-FACILITY passes for FACILITY

  Scenario: BPX.JOBNAME exists but ZWESVUSR is not on its access list
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY BPX.JOBNAME UACC(NONE)
      PERMIT BPX.JOBNAME CLASS(FACILITY) ID(OTHERSTC) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-JOBNAME fails for ZWESVUSR
    And the evidence for ZWE-FAC-JOBNAME and ZWESVUSR says "BPX.JOBNAME"
    And the remediation for ZWE-FAC-JOBNAME and ZWESVUSR is "PERMIT BPX.JOBNAME CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-FAC-JOBNAME passes for ZWESVUSR

  Scenario: READ through the group ZWEADMIN is enough
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY) GRPLIST
      RDEFINE FACILITY BPX.** UACC(NONE)
      PERMIT BPX.** CLASS(FACILITY) ID(ZWEADMIN) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-JOBNAME passes for ZWESVUSR

  Scenario: Access that only WARNING mode allows is not a permission
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY BPX.JOBNAME UACC(NONE) WARNING
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-JOBNAME fails for ZWESVUSR
    And the evidence for ZWE-FAC-JOBNAME and ZWESVUSR says "WARNING mode"
    And the remediation contains "PERMIT BPX.JOBNAME CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)"
    And after applying the remediation ZWE-FAC-JOBNAME passes for ZWESVUSR

  Scenario: The FACILITY class is active but not RACLISTed
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) NORACLIST(FACILITY)
      """
    When the Zowe policy is evaluated
    Then ZWE-CLASS-FACILITY fails for FACILITY
    And the evidence for ZWE-CLASS-FACILITY and FACILITY says "not RACLISTed"
    And the remediation for ZWE-CLASS-FACILITY and FACILITY is "SETROPTS RACLIST(FACILITY)"
    And after applying the remediation ZWE-CLASS-FACILITY passes for FACILITY

  Scenario: Without the SETROPTS LIST output the class status cannot be decided
    When the Zowe policy is evaluated
    Then ZWE-CLASS-FACILITY reports an error for FACILITY
    And the evidence for ZWE-CLASS-FACILITY and FACILITY says "no SETROPTS input"
