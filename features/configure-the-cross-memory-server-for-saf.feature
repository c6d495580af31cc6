Feature: Configure the cross memory server for SAF
  Seed 000, "Configure the cross memory server for SAF": client processes accessing the cross
  memory server's services must have READ access to a security profile ZWES.IS in the FACILITY
  class. If there is no covering profile for the ZWES.IS resource in the FACILITY class, the
  request will be denied.

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      SETROPTS GENERIC(FACILITY)
      SETROPTS CLASSACT(FACILITY)
      SETROPTS RACLIST(FACILITY)
      """

  Scenario: ZWES.IS defined and ZWESVUSR permitted READ as the documentation shows passes
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY ZWES.IS UACC(NONE)
      PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)
      SETROPTS RACLIST(FACILITY) REFRESH
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS passes for ZWESVUSR

  Scenario: No covering profile for ZWES.IS is a failure
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS fails for ZWESVUSR
    And the evidence for ZWE-FAC-ZWESIS and ZWESVUSR says "no profile"
    And the remediation for ZWE-FAC-ZWESIS and ZWESVUSR is "RDEFINE FACILITY ZWES.IS UACC(NONE); PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-FAC-ZWESIS passes for ZWESVUSR

  Scenario: ZWES.IS covered by a generic profile that does not permit ZWESVUSR
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY ZWES.* UACC(NONE)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS fails for ZWESVUSR
    And no command is generated for ZWE-FAC-ZWESIS and ZWESVUSR
    And the evidence for ZWE-FAC-ZWESIS and ZWESVUSR says "ZWES.* is generic"

  Scenario: The cross memory server is not in use
    Given the feature zss is off
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS is not applicable

  # ZWE-FAC-ZWESIS-GUARD: "This authorization step is used to guard against access by
  # non-priviledged clients", so the profile deciding ZWES.IS must let no one else in.

  Scenario: ZWES.IS defined UACC(NONE) as the documentation shows guards the cross memory server
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY ZWES.IS UACC(NONE)
      PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)
      SETROPTS RACLIST(FACILITY) REFRESH
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS-GUARD passes for "FACILITY ZWES.IS"
    And the evidence for ZWE-FAC-ZWESIS-GUARD and "FACILITY ZWES.IS" says "FACILITY ZWES.IS (discrete) has UACC(NONE), no ID(*) entry above NONE and no WARNING mode"

  Scenario: No covering profile for ZWES.IS guards too: the request is denied
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS-GUARD passes for "FACILITY ZWES.IS"
    And the evidence for ZWE-FAC-ZWESIS-GUARD and "FACILITY ZWES.IS" says "the cross memory server denies every client when no profile covers ZWES.IS"

  Scenario: ZWES.IS with UACC(READ) admits every client
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY ZWES.IS UACC(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS-GUARD fails for "FACILITY ZWES.IS"
    And the evidence for ZWE-FAC-ZWESIS-GUARD and "FACILITY ZWES.IS" says "UACC(READ) on FACILITY ZWES.IS (discrete)"
    And the remediation for ZWE-FAC-ZWESIS-GUARD and "FACILITY ZWES.IS" is "RALTER FACILITY ZWES.IS UACC(NONE); PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ); SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-FAC-ZWESIS-GUARD passes for "FACILITY ZWES.IS"
    And after applying the remediation ZWE-FAC-ZWESIS passes for ZWESVUSR

  Scenario: ZWES.IS in WARNING mode admits every client
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY ZWES.IS UACC(NONE) WARNING
      PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS-GUARD fails for "FACILITY ZWES.IS"
    And the evidence for ZWE-FAC-ZWESIS-GUARD and "FACILITY ZWES.IS" says "WARNING mode on FACILITY ZWES.IS (discrete)"
    And the remediation for ZWE-FAC-ZWESIS-GUARD and "FACILITY ZWES.IS" is "RALTER FACILITY ZWES.IS NOWARNING; SETROPTS RACLIST(FACILITY) REFRESH"
    And after applying the remediation ZWE-FAC-ZWESIS-GUARD passes for "FACILITY ZWES.IS"

  Scenario: ID(*) on a generic profile covering ZWES.IS is left to a person
    Given a RACF database built from these commands:
      """
      RDEFINE FACILITY ZWES.* UACC(NONE)
      PERMIT ZWES.* CLASS(FACILITY) ID(*) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS-GUARD fails for "FACILITY ZWES.IS"
    And the evidence for ZWE-FAC-ZWESIS-GUARD and "FACILITY ZWES.IS" says "ID(*) READ on FACILITY ZWES.* (generic)"
    And no command is generated for ZWE-FAC-ZWESIS-GUARD and "FACILITY ZWES.IS"

  Scenario: The guard is not checked when the cross memory server is not in use
    Given the feature zss is off
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS-GUARD is not applicable
