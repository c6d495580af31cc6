Feature: Configure main Zowe server to use client certificate identity mapping
  Seed 000, "Configure main Zowe server to use client certificate identity mapping": "This security
  configuration is necessary for API ML to be able to map client certificate to a z/OS identity. A
  user running API Gateway must have READ access to the SAF resource IRR.RUSERMAP in the FACILITY
  class."

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      ADDGROUP SYSPROG OMVS(AUTOGID)
      ADDUSER IBMUSER DFLTGRP(SYSPROG)
      """

  Scenario: ZWESVUSR permitted READ to IRR.RUSERMAP as the documentation shows passes
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY IRR.RUSERMAP UACC(NONE)
      PERMIT IRR.RUSERMAP CLASS(FACILITY) ACCESS(READ) ID(ZWESVUSR)
      SETROPTS RACLIST(FACILITY) REFRESH
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RUSERMAP passes for ZWESVUSR
    And the evidence for ZWE-FAC-RUSERMAP and ZWESVUSR says "FACILITY IRR.RUSERMAP (discrete), ZWESVUSR has READ through its own user entry"

  Scenario: IRR.RUSERMAP exists but ZWESVUSR is not permitted
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY IRR.RUSERMAP UACC(NONE)
      PERMIT IRR.RUSERMAP CLASS(FACILITY) ACCESS(READ) ID(IBMUSER)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RUSERMAP fails for ZWESVUSR
    And the evidence for ZWE-FAC-RUSERMAP and ZWESVUSR says "ZWESVUSR needs READ to FACILITY IRR.RUSERMAP"
    And the remediation for ZWE-FAC-RUSERMAP and ZWESVUSR is "PERMIT IRR.RUSERMAP CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-FAC-RUSERMAP passes for ZWESVUSR

  Scenario: An IRR.* profile decides: a permit there would reach every IRR resource
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY IRR.* UACC(NONE)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RUSERMAP fails for ZWESVUSR
    And the evidence for ZWE-FAC-RUSERMAP and ZWESVUSR says "FACILITY IRR.* (generic)"
    And no command is generated for ZWE-FAC-RUSERMAP and ZWESVUSR

  Scenario: Without client certificate mapping, IRR.RUSERMAP is not needed
    Given the feature cert-mapping is off
    When the Zowe policy is evaluated
    Then ZWE-FAC-RUSERMAP is not applicable
