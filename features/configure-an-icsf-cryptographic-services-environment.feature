Feature: Configure an ICSF cryptographic services environment
  Seed 000, "Configure an ICSF cryptographic services environment": "To generate symmetric keys,
  the ZWESVUSR user who runs Zowe server started task requires READ access to CSFRNGL in the
  CSFSERV class." "Determine whether you want SAF authorization checks against CSFSERV and set
  CSF.CSFSERV.AUTH.CSFRNG.DISABLE accordingly." "To see whether ICSF has been started, check
  whether the started task ICSF or CSF is active."

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      ADDGROUP TCPIPGRP OMVS(AUTOGID)
      ADDUSER TCPIP NOPASSWORD DFLTGRP(TCPIPGRP)
      """

  Scenario: CSFRNGL defined and permitted as the documentation shows passes
    Given a RACF database built from these commands:
      """
      RDEFINE CSFSERV CSFRNGL UACC(NONE)
      PERMIT CSFRNGL CLASS(CSFSERV) ID(TCPIP) ACCESS(READ)
      PERMIT CSFRNGL CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ)
      SETROPTS CLASSACT(CSFSERV)
      SETROPTS RACLIST(CSFSERV) REFRESH
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-CSFRNGL passes for ZWESVUSR
    And the evidence for ZWE-ICSF-CSFRNGL and ZWESVUSR says "CSFSERV CSFRNGL (discrete), ZWESVUSR has READ through its own user entry"
    And the evidence for ZWE-ICSF-CSFRNGL and ZWESVUSR says "no profile covers XFACILIT CSF.CSFSERV.AUTH.CSFRNG.DISABLE: ICSF checks CSFSERV"

  Scenario: CSFRNGL permitted to the TCP/IP stack only
    Given a RACF database built from these commands:
      """
      SETROPTS CLASSACT(CSFSERV) RACLIST(CSFSERV)
      RDEFINE CSFSERV CSFRNGL UACC(NONE)
      PERMIT CSFRNGL CLASS(CSFSERV) ID(TCPIP) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-CSFRNGL fails for ZWESVUSR
    And the evidence for ZWE-ICSF-CSFRNGL and ZWESVUSR says "ZWESVUSR needs READ to CSFSERV CSFRNGL"
    And the remediation for ZWE-ICSF-CSFRNGL and ZWESVUSR is "PERMIT CSFRNGL CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(CSFSERV) REFRESH"
    And after applying the remediation ZWE-ICSF-CSFRNGL passes for ZWESVUSR

  Scenario: No CSFSERV profile covers CSFRNGL
    Given a RACF database built from these commands:
      """
      SETROPTS CLASSACT(CSFSERV) RACLIST(CSFSERV)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-CSFRNGL fails for ZWESVUSR
    And the evidence for ZWE-ICSF-CSFRNGL and ZWESVUSR says "no profile covers CSFSERV CSFRNGL"
    And the remediation for ZWE-ICSF-CSFRNGL and ZWESVUSR is "RDEFINE CSFSERV CSFRNGL UACC(NONE); PERMIT CSFRNGL CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(CSFSERV) REFRESH"
    And after applying the remediation ZWE-ICSF-CSFRNGL passes for ZWESVUSR

  Scenario: A generic CSFSERV profile decides: a permit there would reach every service it covers
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(CSFSERV) CLASSACT(CSFSERV) RACLIST(CSFSERV)
      RDEFINE CSFSERV CSF* UACC(NONE)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-CSFRNGL fails for ZWESVUSR
    And the evidence for ZWE-ICSF-CSFRNGL and ZWESVUSR says "CSFSERV CSF* (generic)"
    And no command is generated for ZWE-ICSF-CSFRNGL and ZWESVUSR

  Scenario: CSF.CSFSERV.AUTH.CSFRNG.DISABLE turns the CSFSERV check off
    Given a RACF database built from these commands:
      """
      SETROPTS CLASSACT(XFACILIT CSFSERV) RACLIST(XFACILIT CSFSERV)
      RDEFINE XFACILIT CSF.CSFSERV.AUTH.CSFRNG.DISABLE UACC(READ)
      SETROPTS REFRESH RACLIST(XFACILIT)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-CSFRNGL is not applicable for ZWESVUSR
    And the evidence for ZWE-ICSF-CSFRNGL and ZWESVUSR says "XFACILIT CSF.CSFSERV.AUTH.CSFRNG.DISABLE is covered by XFACILIT CSF.CSFSERV.AUTH.CSFRNG.DISABLE (discrete) and class XFACILIT is active and RACLISTed"

  Scenario: CSF.CSFSERV.AUTH.CSFRNG.DISABLE in an XFACILIT class that is not RACLISTed may not be seen
    Given a RACF database built from these commands:
      """
      SETROPTS CLASSACT(XFACILIT CSFSERV) RACLIST(CSFSERV) NORACLIST(XFACILIT)
      RDEFINE XFACILIT CSF.CSFSERV.AUTH.CSFRNG.DISABLE UACC(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-CSFRNGL fails for ZWESVUSR
    And the evidence for ZWE-ICSF-CSFRNGL and ZWESVUSR says "class XFACILIT is active but not RACLISTed: checked CSFSERV CSFRNGL in case ICSF does not see the profile"
    And the remediation for ZWE-ICSF-CSFRNGL and ZWESVUSR is "RDEFINE CSFSERV CSFRNGL UACC(NONE); PERMIT CSFRNGL CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(CSFSERV) REFRESH"
    And after applying the remediation ZWE-ICSF-CSFRNGL passes for ZWESVUSR

  Scenario: CSF.CSFSERV.AUTH.CSFRNG.DISABLE in an inactive XFACILIT class disables nothing
    Given a RACF database built from these commands:
      """
      SETROPTS CLASSACT(CSFSERV) RACLIST(CSFSERV)
      SETROPTS NOCLASSACT(XFACILIT)
      RDEFINE XFACILIT CSF.CSFSERV.AUTH.CSFRNG.DISABLE UACC(NONE)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-CSFRNGL fails for ZWESVUSR
    And the evidence for ZWE-ICSF-CSFRNGL and ZWESVUSR says "but class XFACILIT is not active: ICSF checks CSFSERV"
    And after applying the remediation ZWE-ICSF-CSFRNGL passes for ZWESVUSR

  Scenario: Without the SETROPTS LIST output, CSFRNGL is checked even when the disable profile exists
    Given a RACF database built from these commands:
      """
      RDEFINE XFACILIT CSF.CSFSERV.AUTH.CSFRNG.DISABLE UACC(NONE)
      RDEFINE CSFSERV CSFRNGL UACC(NONE)
      PERMIT CSFRNGL CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-CSFRNGL passes for ZWESVUSR
    And the evidence for ZWE-ICSF-CSFRNGL and ZWESVUSR says "class XFACILIT status unknown (no SETROPTS input), so it may be in force: checked CSFSERV CSFRNGL in case ICSF does not see the profile"

  Scenario: An inactive CSFSERV class protects nothing
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY CSFSERV)
      SETROPTS NOCLASSACT(CSFSERV)
      RDEFINE CSFSERV CSFRNGL UACC(NONE)
      PERMIT CSFRNGL CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-CSFRNGL fails for ZWESVUSR
    And the evidence for ZWE-ICSF-CSFRNGL and ZWESVUSR says "class CSFSERV is not active"
    And the remediation for ZWE-ICSF-CSFRNGL and ZWESVUSR is "SETROPTS CLASSACT(CSFSERV); PERMIT CSFRNGL CLASS(CSFSERV) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(CSFSERV) REFRESH"
    And after applying the remediation ZWE-ICSF-CSFRNGL passes for ZWESVUSR

  Scenario: Whether ICSF runs is checked by a person
    When the Zowe policy is evaluated
    Then ZWE-ICSF-ACTIVE is manual for ICSF
    And the evidence for ZWE-ICSF-ACTIVE and ICSF says "the started task ICSF or CSF is active"
    And the evidence for ZWE-ICSF-ACTIVE and ICSF says "CKDS, PKDS and TKDS"
    And the evidence for ZWE-ICSF-ACTIVE and ICSF says "SYS1.PARMLIB(CSFPRM00)"

  Scenario: Without the Zowe desktop, ICSF is not needed
    Given the feature desktop is off
    When the Zowe policy is evaluated
    Then ZWE-ICSF-CSFRNGL is not applicable
    And ZWE-ICSF-ACTIVE is not applicable
