Feature: Configure security environment switching
  Seed 000, "Configure security environment switching": "To enable impersonation, you must grant the
  user ID ZWESVUSR associated with the Zowe server started task UPDATE access to the BPX.SERVER and
  BPX.DAEMON profiles in the FACILITY class." And: "You must also grant READ access to the OMVSAPPL
  profile in the APPL class to the Zowe STC user as well as all other Zowe users using various Zowe
  features. Skip the following steps when the OMVSAPPL profile is not defined in your environment."

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      ADDGROUP APPDEV OMVS(AUTOGID)
      ADDUSER APPDEV1 DFLTGRP(APPDEV)
      ADDUSER APPDEV2 DFLTGRP(APPDEV)
      ADDGROUP TCPIP OMVS(AUTOGID)
      ADDUSER FTPD NOPASSWORD DFLTGRP(TCPIP)
      """

  Scenario: ZWESVUSR given UPDATE to BPX.SERVER and BPX.DAEMON as the documentation shows passes
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY)
      SETROPTS CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY BPX.SERVER UACC(NONE)
      RDEFINE FACILITY BPX.DAEMON UACC(NONE)
      PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)
      PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)
      SETROPTS RACLIST(FACILITY) REFRESH
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And ZWE-FAC-BPXDAEMON passes for ZWESVUSR
    And the evidence for ZWE-FAC-BPXSERVER and ZWESVUSR says "FACILITY BPX.SERVER (discrete), ZWESVUSR has UPDATE through its own user entry"

  Scenario: The impersonation profiles are not defined
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY)
      SETROPTS CLASSACT(FACILITY) RACLIST(FACILITY)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER fails for ZWESVUSR
    And the evidence for ZWE-FAC-BPXSERVER and ZWESVUSR says "no profile covers FACILITY BPX.SERVER"
    And the remediation for ZWE-FAC-BPXSERVER and ZWESVUSR is "RDEFINE FACILITY BPX.SERVER UACC(NONE); PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE); SETROPTS RACLIST(FACILITY) REFRESH"
    And ZWE-FAC-BPXDAEMON fails for ZWESVUSR
    And the remediation for ZWE-FAC-BPXDAEMON and ZWESVUSR is "RDEFINE FACILITY BPX.DAEMON UACC(NONE); PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE); SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And after applying the remediation ZWE-FAC-BPXDAEMON passes for ZWESVUSR

  Scenario: Profiles defined for the FTPD daemon, where ZWESVUSR has only READ
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY BPX.SERVER UACC(NONE)
      RDEFINE FACILITY BPX.DAEMON UACC(NONE)
      PERMIT BPX.SERVER CLASS(FACILITY) ID(FTPD) ACCESS(UPDATE)
      PERMIT BPX.DAEMON CLASS(FACILITY) ID(FTPD) ACCESS(UPDATE)
      PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXDAEMON fails for ZWESVUSR
    And the evidence for ZWE-FAC-BPXDAEMON and ZWESVUSR says "ZWESVUSR needs UPDATE to FACILITY BPX.DAEMON"
    And the evidence for ZWE-FAC-BPXDAEMON and ZWESVUSR says "ZWESVUSR has READ through its own user entry"
    And the remediation for ZWE-FAC-BPXDAEMON and ZWESVUSR is "PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE); SETROPTS RACLIST(FACILITY) REFRESH"
    And ZWE-FAC-BPXSERVER fails for ZWESVUSR
    And the remediation for ZWE-FAC-BPXSERVER and ZWESVUSR is "PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE); SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-FAC-BPXDAEMON passes for ZWESVUSR
    And after applying the remediation ZWE-FAC-BPXSERVER passes for ZWESVUSR

  Scenario: UPDATE through the group ZWEADMIN is enough
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY BPX.SERVER UACC(NONE)
      RDEFINE FACILITY BPX.DAEMON UACC(NONE)
      PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWEADMIN) ACCESS(UPDATE)
      PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWEADMIN) ACCESS(CONTROL)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And ZWE-FAC-BPXDAEMON passes for ZWESVUSR
    And the evidence for ZWE-FAC-BPXDAEMON and ZWESVUSR says "through group ZWEADMIN"

  Scenario: A generic BPX.** profile decides: a permit there would reach every BPX resource
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY BPX.** UACC(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER fails for ZWESVUSR
    And the evidence for ZWE-FAC-BPXSERVER and ZWESVUSR says "FACILITY BPX.** (generic)"
    And no command is generated for ZWE-FAC-BPXSERVER and ZWESVUSR
    And no command is generated for ZWE-FAC-BPXDAEMON and ZWESVUSR

  Scenario: Impersonation is needed while either the desktop or ZSS runs
    Given the feature desktop is off
    And a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER fails for ZWESVUSR
    And ZWE-FAC-BPXDAEMON fails for ZWESVUSR

  Scenario: Without the desktop and ZSS, impersonation is not needed
    Given the feature desktop is off
    And the feature zss is off
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER is not applicable
    And ZWE-FAC-BPXDAEMON is not applicable

  Scenario: ZWESVUSR and every Zowe end user permitted READ to OMVSAPPL pass
    Given the Zowe end users are APPDEV
    And a RACF database built from these commands:
      """
      SETROPTS CLASSACT(APPL) RACLIST(APPL)
      RDEFINE APPL OMVSAPPL UACC(NONE)
      PERMIT OMVSAPPL CLASS(APPL) ID(ZWESVUSR) ACCESS(READ)
      PERMIT OMVSAPPL CLASS(APPL) ID(APPDEV) ACCESS(READ)
      SETROPTS RACLIST(APPL) REFRESH
      """
    When the Zowe policy is evaluated
    Then ZWE-APPL-OMVSAPPL passes for ZWESVUSR
    And ZWE-APPL-OMVSAPPL passes for APPDEV1
    And ZWE-APPL-OMVSAPPL passes for APPDEV2
    And the evidence for ZWE-APPL-OMVSAPPL and APPDEV1 says "APPDEV1 has READ through group APPDEV"
    And the evidence for ZWE-APPL-OMVSAPPL and APPDEV1 says "Zowe end user APPDEV1 (member of APPDEV)"

  Scenario: OMVSAPPL with UACC(READ) lets every user in
    Given the Zowe end users are APPDEV1
    And a RACF database built from these commands:
      """
      SETROPTS CLASSACT(APPL) RACLIST(APPL)
      RDEFINE APPL OMVSAPPL UACC(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-APPL-OMVSAPPL passes for ZWESVUSR
    And ZWE-APPL-OMVSAPPL passes for APPDEV1

  Scenario: OMVSAPPL is defined but neither ZWESVUSR nor the end users are permitted
    Given the Zowe end users are APPDEV
    And a RACF database built from these commands:
      """
      SETROPTS CLASSACT(APPL) RACLIST(APPL)
      RDEFINE APPL OMVSAPPL UACC(NONE)
      PERMIT OMVSAPPL CLASS(APPL) ID(APPDEV2) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-APPL-OMVSAPPL fails for ZWESVUSR
    And the remediation for ZWE-APPL-OMVSAPPL and ZWESVUSR is "PERMIT OMVSAPPL CLASS(APPL) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(APPL) REFRESH"
    And ZWE-APPL-OMVSAPPL fails for APPDEV1
    And the evidence for ZWE-APPL-OMVSAPPL and APPDEV1 says "APPDEV1 needs READ to APPL OMVSAPPL"
    And the evidence for ZWE-APPL-OMVSAPPL and APPDEV1 says "APPL OMVSAPPL is covered by APPL OMVSAPPL (discrete) and class APPL is active"
    And the remediation for ZWE-APPL-OMVSAPPL and APPDEV1 is "PERMIT OMVSAPPL CLASS(APPL) ID(APPDEV1) ACCESS(READ); SETROPTS RACLIST(APPL) REFRESH"
    And ZWE-APPL-OMVSAPPL passes for APPDEV2
    And after applying the remediation ZWE-APPL-OMVSAPPL passes for ZWESVUSR
    And after applying the remediation ZWE-APPL-OMVSAPPL passes for APPDEV1

  Scenario: A Zowe end user that is not defined cannot be permitted
    Given the Zowe end users are APPDEV1, NOSUCHU
    And a RACF database built from these commands:
      """
      SETROPTS CLASSACT(APPL) RACLIST(APPL)
      RDEFINE APPL OMVSAPPL UACC(NONE)
      PERMIT OMVSAPPL CLASS(APPL) ID(ZWESVUSR) ACCESS(READ)
      PERMIT OMVSAPPL CLASS(APPL) ID(APPDEV1) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-APPL-OMVSAPPL passes for APPDEV1
    And ZWE-APPL-OMVSAPPL fails for NOSUCHU
    And the evidence for ZWE-APPL-OMVSAPPL and NOSUCHU says "user NOSUCHU is not defined"
    And no command is generated for ZWE-APPL-OMVSAPPL and NOSUCHU

  Scenario: Skip OMVSAPPL when no profile defines it
    Given the Zowe end users are APPDEV
    And a RACF database built from these commands:
      """
      SETROPTS CLASSACT(APPL) RACLIST(APPL)
      """
    When the Zowe policy is evaluated
    Then ZWE-APPL-OMVSAPPL is not applicable for "APPL OMVSAPPL"
    And the evidence for ZWE-APPL-OMVSAPPL and "APPL OMVSAPPL" says "no profile covers APPL OMVSAPPL"
    And ZWE-APPL-OMVSAPPL has no result for ZWESVUSR
    And ZWE-APPL-OMVSAPPL has no result for APPDEV1

  Scenario: Skip OMVSAPPL when the APPL class is not active
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      SETROPTS NOCLASSACT(APPL)
      RDEFINE APPL OMVSAPPL UACC(NONE)
      """
    When the Zowe policy is evaluated
    Then ZWE-APPL-OMVSAPPL is not applicable for "APPL OMVSAPPL"
    And the evidence for ZWE-APPL-OMVSAPPL and "APPL OMVSAPPL" says "class APPL is not active"
    And ZWE-APPL-OMVSAPPL has no result for ZWESVUSR

  Scenario: Without the SETROPTS LIST output, a defined OMVSAPPL is checked
    Given a RACF database built from these commands:
      """
      RDEFINE APPL OMVSAPPL UACC(NONE)
      """
    When the Zowe policy is evaluated
    Then ZWE-APPL-OMVSAPPL fails for ZWESVUSR
    And the evidence for ZWE-APPL-OMVSAPPL and ZWESVUSR says "class APPL status unknown (no SETROPTS input), so it may be in force"
    And the remediation for ZWE-APPL-OMVSAPPL and ZWESVUSR is "PERMIT OMVSAPPL CLASS(APPL) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(APPL) REFRESH"
