Feature: Configure user IDs and groups for the Zowe started tasks
  Seed 000, "Configure user IDs and groups for the Zowe started tasks", and seed 001, "ZWESVUSR",
  "ZWESIUSR" and "ZWEADMIN": Zowe requires a user ID ZWESVUSR to execute its main z/OS runtime
  started task, with a valid OMVS segment; "Zowe requires a user ID ZWESIUSR to execute the cross
  memory server started task ZWESISTC. This user ID must have a valid OMVS segment"; and a group
  ZWEADMIN that both belong to, with a valid OMVS segment. The seed defines both users NOPASSWORD
  (Top Secret: PROTECTED), with no attributes. Seed 001 "ZWESIUSR": "This is a started task ID used
  to run the PROCLIB ZWESISTC that launches the cross memory server"; Zowe's ZWESECUR maps ZWESISTC
  and the auxiliary server ZWESASTC to it.

  Background:
    Given the SETROPTS LIST output:
      """
      ACTIVE CLASSES = DATASET USER GROUP FACILITY STARTED
      SETR RACLIST CLASSES = FACILITY STARTED
      GENERIC PROFILE CLASSES = DATASET FACILITY STARTED
      LIST OF GROUPS ACCESS CHECKING IS ACTIVE.
      """

  Scenario: ZWESVUSR and ZWEADMIN defined as the documentation shows pass
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID) -
      DATA('STARTED TASK GROUP WITH OMVS SEGEMENT')
      ADDUSER  ZWESVUSR -
      NOPASSWORD -
      DFLTGRP(ZWEADMIN) -
      OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID) -
      NAME('ZOWE SERVER') -
      DATA('ZOWE MAIN SERVER')
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-STC-USER passes for ZWESVUSR
    And ZWE-ID-ADMIN-GROUP passes for ZWEADMIN

  Scenario: ZWESVUSR is missing
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-STC-USER fails for ZWESVUSR
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "user ZWESVUSR is not defined"
    And the remediation contains "ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)"
    And after applying the remediation ZWE-ID-STC-USER passes for ZWESVUSR

  Scenario: ZWESVUSR without an OMVS segment fails
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) NAME('ZOWE SERVER')
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-STC-USER fails for ZWESVUSR
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "has no OMVS segment"
    And the remediation contains "ALTUSER ZWESVUSR OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)"
    And after applying the remediation ZWE-ID-STC-USER passes for ZWESVUSR

  Scenario: ZWESVUSR in another default group and not connected to ZWEADMIN fails
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDGROUP STCGROUP OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(STCGROUP) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-STC-USER fails for ZWESVUSR
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "default group is STCGROUP, not ZWEADMIN"
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "not connected to ZWEADMIN"
    And the remediation for ZWE-ID-STC-USER and ZWESVUSR is "CONNECT ZWESVUSR GROUP(ZWEADMIN); ALTUSER ZWESVUSR DFLTGRP(ZWEADMIN)"
    And after applying the remediation ZWE-ID-STC-USER passes for ZWESVUSR

  Scenario: A site that names its STC user otherwise is checked under that name
    Given the Zowe STC user is ZOWESTC
    And a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(GID(7001))
      ADDUSER ZOWESTC NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(UID(7002) HOME(/tmp) PROGRAM(/bin/sh))
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-STC-USER passes for ZOWESTC

  Scenario: ZWEADMIN without an OMVS segment fails
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN DATA('NO OMVS SEGMENT')
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ADMIN-GROUP fails for ZWEADMIN
    And the evidence for ZWE-ID-ADMIN-GROUP and ZWEADMIN says "has no OMVS segment"
    And the remediation contains "ALTGROUP ZWEADMIN OMVS(AUTOGID)"
    And after applying the remediation ZWE-ID-ADMIN-GROUP passes for ZWEADMIN

  Scenario: ZWEADMIN is missing
    Given a RACF database built from these commands:
      """
      ADDGROUP SYS1
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ADMIN-GROUP fails for ZWEADMIN
    And the remediation contains "ADDGROUP ZWEADMIN OMVS(AUTOGID)"
    And after applying the remediation ZWE-ID-ADMIN-GROUP passes for ZWEADMIN

  Scenario: ZWESIUSR defined as the documentation shows passes every identity requirement
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID) -
      DATA('STARTED TASK GROUP WITH OMVS SEGEMENT')
      ADDUSER  ZWESVUSR -
      NOPASSWORD -
      DFLTGRP(ZWEADMIN) -
      OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID) -
      NAME('ZOWE SERVER') -
      DATA('ZOWE MAIN SERVER')
      ADDUSER ZWESIUSR -
      NOPASSWORD -
      DFLTGRP(ZWEADMIN) -
      OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID) -
      NAME('ZOWE XMEM SERVER') -
      DATA('ZOWE XMEM CROSS MEMORY SERVER')
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ZIS-USER passes for ZWESIUSR
    And ZWE-ID-PROTECTED passes for ZWESVUSR
    And ZWE-ID-PROTECTED passes for ZWESIUSR
    And the evidence for ZWE-ID-PROTECTED and ZWESIUSR says "user ZWESIUSR is a protected user: no password, no password phrase"
    And ZWE-ID-ACTIVE passes for ZWESVUSR
    And ZWE-ID-ACTIVE passes for ZWESIUSR
    And ZWE-ID-LEAST-PRIVILEGE passes for ZWESVUSR
    And ZWE-ID-LEAST-PRIVILEGE passes for ZWESIUSR

  Scenario: ZWESIUSR is missing
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ZIS-USER fails for ZWESIUSR
    And the evidence for ZWE-ID-ZIS-USER and ZWESIUSR says "user ZWESIUSR is not defined"
    And the remediation for ZWE-ID-ZIS-USER and ZWESIUSR is "ADDUSER ZWESIUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)"
    And ZWE-ID-PROTECTED fails for ZWESIUSR
    And the remediation for ZWE-ID-PROTECTED and ZWESIUSR is "ADDUSER ZWESIUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)"
    And ZWE-ID-ACTIVE fails for ZWESIUSR
    And ZWE-ID-LEAST-PRIVILEGE fails for ZWESIUSR
    And after applying the remediation ZWE-ID-ZIS-USER passes for ZWESIUSR
    And after applying the remediation ZWE-ID-PROTECTED passes for ZWESIUSR
    And after applying the remediation ZWE-ID-ACTIVE passes for ZWESIUSR
    And after applying the remediation ZWE-ID-LEAST-PRIVILEGE passes for ZWESIUSR

  Scenario: ZWESIUSR without an OMVS segment and in another default group fails
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDGROUP STCGROUP OMVS(AUTOGID)
      ADDUSER ZWESIUSR NOPASSWORD DFLTGRP(STCGROUP)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ZIS-USER fails for ZWESIUSR
    And the evidence for ZWE-ID-ZIS-USER and ZWESIUSR says "user ZWESIUSR has no OMVS segment"
    And the evidence for ZWE-ID-ZIS-USER and ZWESIUSR says "default group is STCGROUP, not ZWEADMIN"
    And the remediation for ZWE-ID-ZIS-USER and ZWESIUSR is "ALTUSER ZWESIUSR OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID); CONNECT ZWESIUSR GROUP(ZWEADMIN); ALTUSER ZWESIUSR DFLTGRP(ZWEADMIN)"
    And after applying the remediation ZWE-ID-ZIS-USER passes for ZWESIUSR

  Scenario: A site that names its ZIS user otherwise is checked under that name
    Given the Zowe ZIS user is ZOWEXMEM
    And a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(GID(7001))
      ADDUSER ZOWEXMEM NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(UID(7003) HOME(/tmp) PROGRAM(/bin/sh))
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ZIS-USER passes for ZOWEXMEM
    And ZWE-ID-PROTECTED passes for ZOWEXMEM

  Scenario: A server user that can log on with a password fails and a person must act
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR PASSWORD(ZOWE4ME) DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-PROTECTED fails for ZWESVUSR
    And the evidence for ZWE-ID-PROTECTED and ZWESVUSR says "user ZWESVUSR can log on with a password (not a protected user)"
    And the evidence for ZWE-ID-PROTECTED and ZWESVUSR says "a person must act: issue ALTUSER ZWESVUSR NOPASSWORD NOPHRASE"
    And no command is generated for ZWE-ID-PROTECTED and ZWESVUSR

  Scenario: NOPASSWORD with a password phrase is not a protected user
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESIUSR NOPASSWORD PHRASE('ZOWE CROSS MEMORY SECRET') DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-PROTECTED fails for ZWESIUSR
    And the evidence for ZWE-ID-PROTECTED and ZWESIUSR says "user ZWESIUSR has a password phrase"
    And no command is generated for ZWE-ID-PROTECTED and ZWESIUSR

  Scenario: A revoked server user fails and is resumed
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      ALTUSER ZWESVUSR REVOKE
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ACTIVE fails for ZWESVUSR
    And the evidence for ZWE-ID-ACTIVE and ZWESVUSR says "user ZWESVUSR is revoked (REVOKE flag)"
    And the remediation for ZWE-ID-ACTIVE and ZWESVUSR is "ALTUSER ZWESVUSR RESUME"
    And the backout contains "ALTUSER ZWESVUSR REVOKE"
    And after applying the remediation ZWE-ID-ACTIVE passes for ZWESVUSR

  Scenario: A revoke date that has come revokes the user although the REVOKE flag is off
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESIUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      ALTUSER ZWESIUSR REVOKE(12/01/25)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ACTIVE fails for ZWESIUSR
    And the evidence for ZWE-ID-ACTIVE and ZWESIUSR says "user ZWESIUSR is revoked since 2025-12-01"
    And the remediation for ZWE-ID-ACTIVE and ZWESIUSR is "ALTUSER ZWESIUSR RESUME NOREVOKE"
    And the backout contains "ALTUSER ZWESIUSR REVOKE(12/01/25)"
    And after applying the remediation ZWE-ID-ACTIVE passes for ZWESIUSR

  Scenario: A revoke date still to come does not revoke the user yet, and is reported
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESIUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      ALTUSER ZWESIUSR REVOKE(03/01/26)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ACTIVE passes for ZWESIUSR
    And the evidence for ZWE-ID-ACTIVE and ZWESIUSR says "a revoke date 2026-03-01 is set"

  Scenario: A revoked connection to the default group fails and is resumed
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      CONNECT ZWESVUSR GROUP(ZWEADMIN) REVOKE
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ACTIVE fails for ZWESVUSR
    And the evidence for ZWE-ID-ACTIVE and ZWESVUSR says "its connection to its default group ZWEADMIN is revoked (REVOKE flag)"
    And the remediation for ZWE-ID-ACTIVE and ZWESVUSR is "CONNECT ZWESVUSR GROUP(ZWEADMIN) RESUME"
    And the backout contains "CONNECT ZWESVUSR GROUP(ZWEADMIN) REVOKE"
    And after applying the remediation ZWE-ID-ACTIVE passes for ZWESVUSR

  Scenario: A server user with SPECIAL and AUDITOR fails and loses them
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID) SPECIAL AUDITOR
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-LEAST-PRIVILEGE fails for ZWESVUSR
    And the evidence for ZWE-ID-LEAST-PRIVILEGE and ZWESVUSR says "user ZWESVUSR has SPECIAL, AUDITOR"
    And the remediation for ZWE-ID-LEAST-PRIVILEGE and ZWESVUSR is "ALTUSER ZWESVUSR NOSPECIAL NOAUDITOR"
    And the backout contains "ALTUSER ZWESVUSR SPECIAL AUDITOR"
    And after applying the remediation ZWE-ID-LEAST-PRIVILEGE passes for ZWESVUSR

  Scenario: Group-level OPERATIONS on a connection fails too
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESIUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      CONNECT ZWESIUSR GROUP(ZWEADMIN) OPERATIONS
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-LEAST-PRIVILEGE fails for ZWESIUSR
    And the evidence for ZWE-ID-LEAST-PRIVILEGE and ZWESIUSR says "its connection to ZWEADMIN has group-level OPERATIONS"
    And the remediation for ZWE-ID-LEAST-PRIVILEGE and ZWESIUSR is "CONNECT ZWESIUSR GROUP(ZWEADMIN) NOOPERATIONS"
    And after applying the remediation ZWE-ID-LEAST-PRIVILEGE passes for ZWESIUSR

  Scenario: A server user with UID 0 fails and a person must act
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(UID(0) HOME(/tmp) PROGRAM(/bin/sh)) OPERATIONS
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-LEAST-PRIVILEGE fails for ZWESVUSR
    And the evidence for ZWE-ID-LEAST-PRIVILEGE and ZWESVUSR says "it has z/OS UNIX UID 0 (superuser); a person must act"
    And no command is generated for ZWE-ID-LEAST-PRIVILEGE and ZWESVUSR

  Scenario: ZWESISTC and ZWESASTC mapped to ZWESIUSR as ZWESECUR does pass
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(STARTED) CLASSACT(STARTED) RACLIST(STARTED)
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESIUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      RDEFINE STARTED ZWESISTC.* -
       STDATA(USER(ZWESIUSR) GROUP(ZWEADMIN) TRUSTED(NO)) -
       DATA('ZOWE XMEM CROSS MEMORY SERVER')
      RDEFINE STARTED ZWESASTC.* -
       STDATA(USER(ZWESIUSR) GROUP(ZWEADMIN) TRUSTED(NO)) -
       DATA('ZOWE XMEM AUX CROSS MEMORY SERVER')
      SETROPTS RACLIST(STARTED) REFRESH
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZIS passes for ZWESISTC
    And the evidence for ZWE-STC-ZIS and ZWESISTC says "STARTED ZWESISTC.* (generic) assigns user ZWESIUSR, group ZWEADMIN"
    And ZWE-STC-AUX passes for ZWESASTC
    And ZWE-STC-NOT-TRUSTED passes for ZWESISTC
    And ZWE-STC-NOT-TRUSTED passes for ZWESASTC

  Scenario: ZWESISTC without a STARTED profile and ZWESASTC running as another user fail
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(STARTED) CLASSACT(STARTED) RACLIST(STARTED)
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESIUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      RDEFINE STARTED ZWESASTC.* STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN) TRUSTED(NO))
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZIS fails for ZWESISTC
    And the remediation for ZWE-STC-ZIS and ZWESISTC is "RDEFINE STARTED ZWESISTC.* UACC(NONE) STDATA(USER(ZWESIUSR) GROUP(ZWEADMIN) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES)); SETROPTS RACLIST(STARTED) REFRESH"
    And ZWE-STC-AUX fails for ZWESASTC
    And the evidence for ZWE-STC-AUX and ZWESASTC says "runs as user ZWESVUSR, not ZWESIUSR"
    And the remediation for ZWE-STC-AUX and ZWESASTC is "RALTER STARTED ZWESASTC.* STDATA(USER(ZWESIUSR)); SETROPTS RACLIST(STARTED) REFRESH"
    And the backout contains "RALTER STARTED ZWESASTC.* STDATA(USER(ZWESVUSR))"
    And after applying the remediation ZWE-STC-ZIS passes for ZWESISTC
    And after applying the remediation ZWE-STC-AUX passes for ZWESASTC

  Scenario: Without ZSS the cross memory procedures are not applicable
    Given the feature zss is off
    When the Zowe policy is evaluated
    Then ZWE-STC-ZIS is not applicable
    And ZWE-STC-AUX is not applicable
