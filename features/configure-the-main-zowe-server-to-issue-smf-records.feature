Feature: Configure the main Zowe server to issue SMF records
  Seed 000, "Configure the main Zowe server to issue SMF records": "This security configuration is
  necessary for API ML to be able to issue SMF records. A user running the API Gateway must have
  READ access to the RACF general resource IRR.RAUDITX in the FACILITY class."

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      ADDGROUP SYSPROG OMVS(AUTOGID)
      ADDUSER IBMUSER DFLTGRP(SYSPROG)
      """

  Scenario: ZWESVUSR permitted READ to IRR.RAUDITX as the documentation shows passes
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY IRR.RAUDITX UACC(NONE)
      PERMIT IRR.RAUDITX CLASS(FACILITY) ACCESS(READ) ID(ZWESVUSR)
      SETROPTS RACLIST(FACILITY) REFRESH
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RAUDITX passes for ZWESVUSR
    And the evidence for ZWE-FAC-RAUDITX and ZWESVUSR says "FACILITY IRR.RAUDITX (discrete), ZWESVUSR has READ through its own user entry"

  Scenario: The auditing profile is not defined
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RAUDITX fails for ZWESVUSR
    And the evidence for ZWE-FAC-RAUDITX and ZWESVUSR says "no profile covers FACILITY IRR.RAUDITX"
    And the remediation for ZWE-FAC-RAUDITX and ZWESVUSR is "RDEFINE FACILITY IRR.RAUDITX UACC(NONE); PERMIT IRR.RAUDITX CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-FAC-RAUDITX passes for ZWESVUSR

  Scenario: ZWESVUSR has an entry of NONE on IRR.RAUDITX
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY IRR.RAUDITX UACC(NONE)
      PERMIT IRR.RAUDITX CLASS(FACILITY) ACCESS(READ) ID(ZWEADMIN)
      PERMIT IRR.RAUDITX CLASS(FACILITY) ACCESS(NONE) ID(ZWESVUSR)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RAUDITX fails for ZWESVUSR
    And the evidence for ZWE-FAC-RAUDITX and ZWESVUSR says "the user entry overrides the higher entry of group ZWEADMIN"
    And the remediation for ZWE-FAC-RAUDITX and ZWESVUSR is "PERMIT IRR.RAUDITX CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-FAC-RAUDITX passes for ZWESVUSR

  Scenario: Without SMF records from API ML, IRR.RAUDITX is not needed
    Given the feature smf is off
    When the Zowe policy is evaluated
    Then ZWE-FAC-RAUDITX is not applicable
