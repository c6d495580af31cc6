Feature: Configure main Zowe server to use distributed identity mapping
  Seed 000, "Configure main Zowe server to use distributed identity mapping": "This security
  configuration is necessary for API ML to map the association between a z/OS user ID and a
  distributed user identity. A user running the API Gateway must have READ access to the SAF
  resource IRR.IDIDMAP.QUERY in the FACILITY class." On RACF: "Activate the IDIDMAP class:
  SETROPTS CLASSACT(IDIDMAP) RACLIST(IDIDMAP)".

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      ADDGROUP SYSPROG OMVS(AUTOGID)
      ADDUSER IBMUSER DFLTGRP(SYSPROG)
      """

  Scenario: The documented RACF steps pass
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      SETROPTS CLASSACT(IDIDMAP) RACLIST(IDIDMAP)
      RDEFINE FACILITY IRR.IDIDMAP.QUERY
      PERMIT IRR.IDIDMAP.QUERY CLASS(FACILITY) ACCESS(READ) ID(ZWESVUSR)
      SETROPTS RACLIST(FACILITY) REFRESH
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-IDIDMAP passes for ZWESVUSR
    And the evidence for ZWE-FAC-IDIDMAP and ZWESVUSR says "FACILITY IRR.IDIDMAP.QUERY (discrete), ZWESVUSR has READ through its own user entry"
    And the evidence for ZWE-FAC-IDIDMAP and ZWESVUSR says "SETROPTS: IDIDMAP active, RACLISTed"

  Scenario: ZWESVUSR is permitted but the IDIDMAP class was never activated
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      SETROPTS NOCLASSACT(IDIDMAP) NORACLIST(IDIDMAP)
      RDEFINE FACILITY IRR.IDIDMAP.QUERY UACC(NONE)
      PERMIT IRR.IDIDMAP.QUERY CLASS(FACILITY) ACCESS(READ) ID(ZWESVUSR)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-IDIDMAP fails for ZWESVUSR
    And the evidence for ZWE-FAC-IDIDMAP and ZWESVUSR says "class IDIDMAP is not active (SETROPTS CLASSACT)"
    And the evidence for ZWE-FAC-IDIDMAP and ZWESVUSR says "class IDIDMAP is not RACLISTed (SETROPTS RACLIST)"
    And the remediation for ZWE-FAC-IDIDMAP and ZWESVUSR is "SETROPTS CLASSACT(IDIDMAP) RACLIST(IDIDMAP)"
    And after applying the remediation ZWE-FAC-IDIDMAP passes for ZWESVUSR

  Scenario: Nothing of the distributed identity mapping setup was done
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      SETROPTS CLASSACT(IDIDMAP) NORACLIST(IDIDMAP)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-IDIDMAP fails for ZWESVUSR
    And the evidence for ZWE-FAC-IDIDMAP and ZWESVUSR says "no profile covers FACILITY IRR.IDIDMAP.QUERY"
    And the evidence for ZWE-FAC-IDIDMAP and ZWESVUSR says "class IDIDMAP is not RACLISTed (SETROPTS RACLIST)"
    And the remediation for ZWE-FAC-IDIDMAP and ZWESVUSR is "SETROPTS RACLIST(IDIDMAP); RDEFINE FACILITY IRR.IDIDMAP.QUERY UACC(NONE); PERMIT IRR.IDIDMAP.QUERY CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-FAC-IDIDMAP passes for ZWESVUSR

  Scenario: A generic deciding profile leaves every fix to a person
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      SETROPTS NOCLASSACT(IDIDMAP)
      RDEFINE FACILITY IRR.IDIDMAP.* UACC(NONE)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-IDIDMAP fails for ZWESVUSR
    And the evidence for ZWE-FAC-IDIDMAP and ZWESVUSR says "class IDIDMAP is not active"
    And the evidence for ZWE-FAC-IDIDMAP and ZWESVUSR says "FACILITY IRR.IDIDMAP.* (generic)"
    And no command is generated for ZWE-FAC-IDIDMAP and ZWESVUSR

  Scenario: Without the SETROPTS LIST output a granted access cannot pass
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY IRR.IDIDMAP.QUERY UACC(NONE)
      PERMIT IRR.IDIDMAP.QUERY CLASS(FACILITY) ACCESS(READ) ID(ZWESVUSR)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-IDIDMAP reports an error for ZWESVUSR
    And the evidence for ZWE-FAC-IDIDMAP and ZWESVUSR says "class IDIDMAP status unknown: no SETROPTS input"

  Scenario: Without the SETROPTS LIST output a denied access still fails
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY IRR.IDIDMAP.QUERY UACC(NONE)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-IDIDMAP fails for ZWESVUSR
    And the evidence for ZWE-FAC-IDIDMAP and ZWESVUSR says "ZWESVUSR needs READ to FACILITY IRR.IDIDMAP.QUERY"
    And the evidence for ZWE-FAC-IDIDMAP and ZWESVUSR says "class IDIDMAP status unknown: no SETROPTS input"
    And the remediation for ZWE-FAC-IDIDMAP and ZWESVUSR is "PERMIT IRR.IDIDMAP.QUERY CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(FACILITY) REFRESH"

  Scenario: Without distributed identity mapping, IRR.IDIDMAP.QUERY is not needed
    Given the feature identity-mapping is off
    When the Zowe policy is evaluated
    Then ZWE-FAC-IDIDMAP is not applicable
