Feature: User ID requirements and security permissions: exposure of the Zowe-sensitive profiles
  Seed 000 defines every FACILITY profile it grants the Zowe STC user with UACC(NONE) and permits
  that user by name: "RDEFINE FACILITY BPX.SERVER UACC(NONE)", "RDEFINE FACILITY ZWES.IS UACC(NONE)".
  A UACC or ID(*) entry above NONE, or WARNING mode, lets every user in. ZWE-EXPOSURE checks the
  profile that decides access to BPX.JOBNAME, BPX.SERVER, BPX.DAEMON, ZWES.IS, IRR.RUSERMAP,
  IRR.IDIDMAP.QUERY, IRR.RAUDITX and IRR.RADMIN.LISTUSER. ZWE-EXPOSURE-HOLDERS lists who else holds
  UPDATE to BPX.SERVER and BPX.DAEMON ("TSS WHOHAS IBMFAC(BPX.SERVER)" in the seed); it informs and
  never fails.

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      SETROPTS GENERIC(FACILITY)
      SETROPTS CLASSACT(FACILITY) RACLIST(FACILITY)
      """

  Scenario: Profiles defined as the documentation shows are closed
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY BPX.SERVER UACC(NONE)
      RDEFINE FACILITY BPX.DAEMON UACC(NONE)
      PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)
      PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)
      SETROPTS RACLIST(FACILITY) REFRESH
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE has 8 results
    And ZWE-EXPOSURE passes for "FACILITY BPX.DAEMON"
    And the evidence for ZWE-EXPOSURE and "FACILITY BPX.DAEMON" says "FACILITY BPX.DAEMON (discrete) has UACC(NONE), no ID(*) entry above NONE and no WARNING mode"
    And the severity of ZWE-EXPOSURE for "FACILITY BPX.DAEMON" is high
    And ZWE-EXPOSURE passes for "FACILITY BPX.SERVER"

  Scenario: A resource no profile covers has nothing to open
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE passes for "FACILITY IRR.RADMIN.LISTUSER"
    And the evidence for ZWE-EXPOSURE and "FACILITY IRR.RADMIN.LISTUSER" says "no profile covers FACILITY IRR.RADMIN.LISTUSER: nothing opens it"
    And the severity of ZWE-EXPOSURE for "FACILITY IRR.RADMIN.LISTUSER" is medium

  Scenario: A UACC above NONE opens the profile to every user
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY BPX.DAEMON UACC(READ)
      PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE fails for "FACILITY BPX.DAEMON"
    And the evidence for ZWE-EXPOSURE and "FACILITY BPX.DAEMON" says "UACC(READ) on FACILITY BPX.DAEMON (discrete)"
    And the severity of ZWE-EXPOSURE for "FACILITY BPX.DAEMON" is high
    And the remediation for ZWE-EXPOSURE and "FACILITY BPX.DAEMON" is "RALTER FACILITY BPX.DAEMON UACC(NONE); SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-EXPOSURE passes for "FACILITY BPX.DAEMON"

  Scenario: Closing the UACC keeps the STC user's access by permitting it by name
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY BPX.JOBNAME UACC(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-JOBNAME passes for ZWESVUSR
    And ZWE-EXPOSURE fails for "FACILITY BPX.JOBNAME"
    And the severity of ZWE-EXPOSURE for "FACILITY BPX.JOBNAME" is medium
    And the evidence for ZWE-EXPOSURE and "FACILITY BPX.JOBNAME" says "ZWESVUSR had READ only through the UACC: the fix permits it READ by name"
    And the remediation for ZWE-EXPOSURE and "FACILITY BPX.JOBNAME" is "RALTER FACILITY BPX.JOBNAME UACC(NONE); PERMIT BPX.JOBNAME CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-EXPOSURE passes for "FACILITY BPX.JOBNAME"
    And after applying the remediation ZWE-FAC-JOBNAME passes for ZWESVUSR

  Scenario: An ID(*) entry above NONE opens the profile to every defined user
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY BPX.DAEMON UACC(NONE)
      PERMIT BPX.DAEMON CLASS(FACILITY) ID(*) ACCESS(UPDATE)
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE fails for "FACILITY BPX.DAEMON"
    And the evidence for ZWE-EXPOSURE and "FACILITY BPX.DAEMON" says "ID(*) UPDATE on FACILITY BPX.DAEMON (discrete)"
    And the evidence for ZWE-EXPOSURE and "FACILITY BPX.DAEMON" says "ZWESVUSR had UPDATE only through ID(*)"
    And the remediation for ZWE-EXPOSURE and "FACILITY BPX.DAEMON" is "PERMIT BPX.DAEMON CLASS(FACILITY) ID(*) DELETE; PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE); SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-EXPOSURE passes for "FACILITY BPX.DAEMON"

  Scenario: WARNING mode lets every request through
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY BPX.SERVER UACC(NONE) WARNING
      PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE fails for "FACILITY BPX.SERVER"
    And the evidence for ZWE-EXPOSURE and "FACILITY BPX.SERVER" says "WARNING mode on FACILITY BPX.SERVER (discrete)"
    And the remediation for ZWE-EXPOSURE and "FACILITY BPX.SERVER" is "RALTER FACILITY BPX.SERVER NOWARNING; SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-EXPOSURE passes for "FACILITY BPX.SERVER"

  Scenario: Every opening of one profile is named and closed
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY ZWES.IS UACC(READ) WARNING
      PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)
      PERMIT ZWES.IS CLASS(FACILITY) ID(*) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE fails for "FACILITY ZWES.IS"
    And the evidence for ZWE-EXPOSURE and "FACILITY ZWES.IS" says "UACC(READ) on FACILITY ZWES.IS (discrete); ID(*) READ on FACILITY ZWES.IS (discrete); WARNING mode on FACILITY ZWES.IS (discrete)"
    And the remediation for ZWE-EXPOSURE and "FACILITY ZWES.IS" is "RALTER FACILITY ZWES.IS UACC(NONE); RALTER FACILITY ZWES.IS NOWARNING; PERMIT ZWES.IS CLASS(FACILITY) ID(*) DELETE; SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-EXPOSURE passes for "FACILITY ZWES.IS"

  Scenario: A generic deciding profile protects other resources too: a person must act
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY IRR.* UACC(NONE)
      PERMIT IRR.* CLASS(FACILITY) ID(*) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE fails for "FACILITY IRR.RUSERMAP"
    And the evidence for ZWE-EXPOSURE and "FACILITY IRR.RUSERMAP" says "ID(*) READ on FACILITY IRR.* (generic)"
    And no command is generated for ZWE-EXPOSURE and "FACILITY IRR.RUSERMAP"

  Scenario: A conditional ID(*) entry is left to a person
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY ZWES.IS UACC(NONE)
      PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)
      PERMIT ZWES.IS CLASS(FACILITY) ID(*) ACCESS(READ) WHEN(PROGRAM(ZWESIS01))
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE fails for "FACILITY ZWES.IS"
    And the evidence for ZWE-EXPOSURE and "FACILITY ZWES.IS" says "ID(*) READ WHEN(PROGRAM(ZWESIS01)) on FACILITY ZWES.IS (discrete)"
    And no command is generated for ZWE-EXPOSURE and "FACILITY ZWES.IS"

  Scenario: Only the STC user holds UPDATE to BPX.SERVER, as the documentation shows
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY BPX.SERVER UACC(NONE)
      PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE-HOLDERS passes for "FACILITY BPX.SERVER"
    And the evidence for ZWE-EXPOSURE-HOLDERS and "FACILITY BPX.SERVER" says "no identity other than ZWESVUSR holds UPDATE or more through FACILITY BPX.SERVER (discrete)"
    And the evidence for ZWE-EXPOSURE-HOLDERS and "FACILITY BPX.DAEMON" says "no profile covers FACILITY BPX.DAEMON"

  Scenario: Every other holder of UPDATE or more is listed, and the result still passes
    Given a RACF database built from these commands:
      """
      ADDGROUP SYSPROG
      ADDUSER IBMUSER DFLTGRP(SYSPROG)
      ADDUSER OPER1 DFLTGRP(SYSPROG)
      ADDUSER AUDIT1
      RDEFINE FACILITY BPX.DAEMON UACC(UPDATE)
      PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)
      PERMIT BPX.DAEMON CLASS(FACILITY) ID(SYSPROG) ACCESS(ALTER)
      PERMIT BPX.DAEMON CLASS(FACILITY) ID(AUDIT1) ACCESS(READ)
      PERMIT BPX.DAEMON CLASS(FACILITY) ID(OPER1) ACCESS(UPDATE)
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE-HOLDERS passes for "FACILITY BPX.DAEMON"
    And the evidence for ZWE-EXPOSURE-HOLDERS and "FACILITY BPX.DAEMON" says "3 holders other than ZWESVUSR with UPDATE or more through FACILITY BPX.DAEMON (discrete): group SYSPROG ALTER (connected users: IBMUSER, OPER1); user OPER1 UPDATE; UACC(UPDATE): every user"
    And ZWE-EXPOSURE fails for "FACILITY BPX.DAEMON"
