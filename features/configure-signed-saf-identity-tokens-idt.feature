Feature: Configure signed SAF Identity tokens (IDT)
  Seed 000, "Configure signed SAF Identity tokens (IDT)": "1. Create a PKCS#11 token. 2. Generate a
  secret key for the PKCS#11 token (you can use the sample program ZWESECKG in the SZWESAMP
  dataset). 3. Define a SAF resource profile under the IDTDATA SAF resource class." The token and
  its key live in ICSF, so a person checks them; the IDTDATA profile and class are in the database.

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      ADDGROUP SYSPROG OMVS(AUTOGID)
      ADDUSER IBMUSER DFLTGRP(SYSPROG)
      """

  Scenario: Signed identity tokens are off unless the site turns them on
    When the Zowe policy is evaluated
    Then ZWE-IDT is not applicable

  Scenario: An IDTDATA profile in the active IDTDATA class passes; the token is checked by hand
    Given the feature idt is on
    And a RACF database built from these commands:
      """
      SETROPTS CLASSACT(IDTDATA) RACLIST(IDTDATA)
      RDEFINE IDTDATA JWT.APPL.ZOWEAPPL UACC(NONE)
      """
    When the Zowe policy is evaluated
    Then ZWE-IDT passes for IDTDATA
    And the evidence for ZWE-IDT and IDTDATA says "IDTDATA profiles: JWT.APPL.ZOWEAPPL (discrete)"
    And ZWE-IDT is manual for "PKCS#11 token"
    And the evidence for ZWE-IDT and "PKCS#11 token" says "ZWESECKG"

  Scenario: No IDTDATA profile: its name is the site's to choose
    Given the feature idt is on
    And a RACF database built from these commands:
      """
      SETROPTS CLASSACT(IDTDATA) RACLIST(IDTDATA)
      """
    When the Zowe policy is evaluated
    Then ZWE-IDT fails for IDTDATA
    And the evidence for ZWE-IDT and IDTDATA says "no IDTDATA profile is defined"
    And no command is generated for ZWE-IDT and IDTDATA

  Scenario: The IDTDATA profile exists but the class is not active
    Given the feature idt is on
    And a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      SETROPTS NOCLASSACT(IDTDATA)
      RDEFINE IDTDATA JWT.APPL.ZOWEAPPL UACC(NONE)
      """
    When the Zowe policy is evaluated
    Then ZWE-IDT fails for IDTDATA
    And the evidence for ZWE-IDT and IDTDATA says "class IDTDATA is not active (SETROPTS CLASSACT)"
    And the remediation for ZWE-IDT and IDTDATA is "SETROPTS CLASSACT(IDTDATA)"
    And after applying the remediation ZWE-IDT passes for IDTDATA

  Scenario: Without the SETROPTS LIST output the IDTDATA class status cannot be decided
    Given the feature idt is on
    And a RACF database built from these commands:
      """
      RDEFINE IDTDATA JWT.APPL.ZOWEAPPL UACC(NONE)
      """
    When the Zowe policy is evaluated
    Then ZWE-IDT reports an error for IDTDATA
    And the evidence for ZWE-IDT and IDTDATA says "class IDTDATA status unknown: no SETROPTS input"
