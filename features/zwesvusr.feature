Feature: ZWESVUSR
  Seed 001, "ZWESVUSR": "You can refer to the following table to preview the commands and verify
  the required security permissions." Its rows include CSFSERV READ "To generate symmetric keys
  using ICSF that is used by Zowe Desktop cookies. The list of IDs to enable include CSF1TRD,
  CSF1TRC, CSF1SKE, CSF1SKD", and FACILITY IRR.RADMIN.LISTUSER READ "To allow Zowe to obtain
  information about OMVS segment of the user profile using LISTUSER TSO command."

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      ADDGROUP SYSPROG OMVS(AUTOGID)
      ADDUSER IBMUSER DFLTGRP(SYSPROG)
      """

  Scenario: ZWESVUSR permitted READ to the four PKCS #11 services passes for each
    Given a RACF database built from these commands:
      """
      SETROPTS CLASSACT(CSFSERV) RACLIST(CSFSERV)
      RDEFINE CSFSERV CSF1TRD UACC(NONE)
      RDEFINE CSFSERV CSF1TRC UACC(NONE)
      RDEFINE CSFSERV CSF1SKE UACC(NONE)
      RDEFINE CSFSERV CSF1SKD UACC(NONE)
      PERMIT CSF1TRD CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ)
      PERMIT CSF1TRC CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ)
      PERMIT CSF1SKE CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ)
      PERMIT CSF1SKD CLASS(CSFSERV) ID(ZWEADMIN) ACCESS(READ)
      SETROPTS RACLIST(CSFSERV) REFRESH
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1TRD"
    And ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1TRC"
    And ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1SKE"
    And ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1SKD"
    And the evidence for ZWE-ICSF-PKCS11 and "CSFSERV CSF1SKD" says "ZWESVUSR has READ through group ZWEADMIN"

  Scenario: One result per service: two permitted, one not, one not defined
    Given a RACF database built from these commands:
      """
      SETROPTS CLASSACT(CSFSERV) RACLIST(CSFSERV)
      RDEFINE CSFSERV CSF1TRD UACC(NONE)
      RDEFINE CSFSERV CSF1TRC UACC(NONE)
      RDEFINE CSFSERV CSF1SKE UACC(NONE)
      PERMIT CSF1TRD CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ)
      PERMIT CSF1TRC CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ)
      PERMIT CSF1SKE CLASS(CSFSERV) ID(IBMUSER) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1TRD"
    And ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1TRC"
    And ZWE-ICSF-PKCS11 fails for "CSFSERV CSF1SKE"
    And the evidence for ZWE-ICSF-PKCS11 and "CSFSERV CSF1SKE" says "ZWESVUSR needs READ to CSFSERV CSF1SKE"
    And the evidence for ZWE-ICSF-PKCS11 and "CSFSERV CSF1SKE" says "CSFSERV CSF1SKE (discrete), UACC NONE, no entry for ZWESVUSR or its groups"
    And the remediation for ZWE-ICSF-PKCS11 and "CSFSERV CSF1SKE" is "PERMIT CSF1SKE CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(CSFSERV) REFRESH"
    And ZWE-ICSF-PKCS11 fails for "CSFSERV CSF1SKD"
    And the evidence for ZWE-ICSF-PKCS11 and "CSFSERV CSF1SKD" says "no profile covers CSFSERV CSF1SKD"
    And the remediation for ZWE-ICSF-PKCS11 and "CSFSERV CSF1SKD" is "RDEFINE CSFSERV CSF1SKD UACC(NONE); PERMIT CSF1SKD CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(CSFSERV) REFRESH"
    And after applying the remediation ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1SKE"
    And after applying the remediation ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1SKD"

  Scenario: A generic CSF1* profile that permits ZWESVUSR covers all four services
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(CSFSERV) CLASSACT(CSFSERV) RACLIST(CSFSERV)
      RDEFINE CSFSERV CSF1* UACC(NONE)
      PERMIT CSF1* CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1TRD"
    And ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1SKD"
    And the evidence for ZWE-ICSF-PKCS11 and "CSFSERV CSF1TRC" says "CSFSERV CSF1* (generic)"

  Scenario: A generic CSF1* profile without ZWESVUSR needs a person
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(CSFSERV) CLASSACT(CSFSERV) RACLIST(CSFSERV)
      RDEFINE CSFSERV CSF1* UACC(NONE)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-PKCS11 fails for "CSFSERV CSF1TRD"
    And no command is generated for ZWE-ICSF-PKCS11 and "CSFSERV CSF1TRD"

  Scenario: Without the Zowe desktop, the PKCS #11 services are not needed
    Given the feature desktop is off
    When the Zowe policy is evaluated
    Then ZWE-ICSF-PKCS11 is not applicable
    And ZWE-ICSF-PKCS11 has no result for "CSFSERV CSF1TRD"

  Scenario: ZWESVUSR permitted READ to IRR.RADMIN.LISTUSER passes
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY IRR.RADMIN.LISTUSER UACC(NONE)
      PERMIT IRR.RADMIN.LISTUSER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)
      SETROPTS RACLIST(FACILITY) REFRESH
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-LISTUSER passes for ZWESVUSR
    And the evidence for ZWE-FAC-LISTUSER and ZWESVUSR says "FACILITY IRR.RADMIN.LISTUSER (discrete), ZWESVUSR has READ through its own user entry"

  Scenario: IRR.RADMIN.LISTUSER is not defined
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-LISTUSER fails for ZWESVUSR
    And the evidence for ZWE-FAC-LISTUSER and ZWESVUSR says "no profile covers FACILITY IRR.RADMIN.LISTUSER"
    And the remediation for ZWE-FAC-LISTUSER and ZWESVUSR is "RDEFINE FACILITY IRR.RADMIN.LISTUSER UACC(NONE); PERMIT IRR.RADMIN.LISTUSER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-FAC-LISTUSER passes for ZWESVUSR

  Scenario: IRR.RADMIN.LISTUSER in WARNING mode is not a permission
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY IRR.RADMIN.LISTUSER UACC(NONE) WARNING
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-LISTUSER fails for ZWESVUSR
    And the evidence for ZWE-FAC-LISTUSER and ZWESVUSR says "WARNING mode is not authorization"
    And the remediation for ZWE-FAC-LISTUSER and ZWESVUSR is "PERMIT IRR.RADMIN.LISTUSER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-FAC-LISTUSER passes for ZWESVUSR
