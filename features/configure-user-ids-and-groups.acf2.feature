Feature: Configure user IDs and groups for the Zowe started tasks, on ACF2
  Seed 000, "Configure user IDs and groups for the Zowe started tasks", ACF2 command details:
  "SET PROFILE(GROUP) DIV(OMVS) / INSERT <ZWEADMIN> AUTOGID" and, for each of ZWESVUSR and
  ZWESIUSR, "SET LID / INSERT <ZWESVUSR> STC GROUP(<ZWEADMIN>) / SET PROFILE(USER) DIV(OMVS) /
  INSERT <ZWESVUSR> AUTOUID HOME(/tmp) OMVSPGM(/bin/sh)". ACF2 has no groups: the OMVS group
  profile record is the group, the logonid's GROUP its default group, STC its protection (no
  password logon), SECURITY/ACCOUNT count as SPECIAL, NON-CNCL/READALL as OPERATIONS, AUDIT as
  AUDITOR, SUSPEND/CANCEL as revoked.

  Scenario: The seed's ACF2 commands give users and group that pass
    Given an ACF2 database built from these commands:
      """
      SET PROFILE(GROUP) DIV(OMVS)
      INSERT ZWEADMIN AUTOGID
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      SET PROFILE(USER) DIV(OMVS)
      INSERT ZWESVUSR AUTOUID HOME(/tmp) OMVSPGM(/bin/sh)
      SET LID
      INSERT ZWESIUSR STC GROUP(ZWEADMIN)
      SET PROFILE(USER) DIV(OMVS)
      INSERT ZWESIUSR AUTOUID HOME(/tmp) OMVSPGM(/bin/sh)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ADMIN-GROUP passes for ZWEADMIN
    And ZWE-ID-STC-USER passes for ZWESVUSR
    And ZWE-ID-ZIS-USER passes for ZWESIUSR
    And ZWE-ID-PROTECTED passes for ZWESVUSR
    And ZWE-ID-PROTECTED passes for ZWESIUSR
    And ZWE-ID-ACTIVE passes for ZWESVUSR
    And ZWE-ID-LEAST-PRIVILEGE passes for ZWESVUSR
    And ZWE-ID-LEAST-PRIVILEGE passes for ZWESIUSR
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "HOME /tmp, PROGRAM /bin/sh; default group ZWEADMIN"

  Scenario: Nothing defined yet: the users and the group are created as the seed shows
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT SYSPROG1 SECURITY
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ADMIN-GROUP fails for ZWEADMIN
    And ZWE-ID-STC-USER fails for ZWESVUSR
    And the remediation for ZWE-ID-STC-USER and ZWESVUSR is "SET LID; INSERT ZWESVUSR STC GROUP(ZWEADMIN); SET PROFILE(USER) DIV(OMVS); INSERT ZWESVUSR AUTOUID HOME(/tmp) OMVSPGM(/bin/sh); /* operator: F ACF2,REBUILD(USR),CLASS(P),DIVISION(OMVS) */"
    And after applying the remediation ZWE-ID-ADMIN-GROUP passes for ZWEADMIN
    And after applying the remediation ZWE-ID-STC-USER passes for ZWESVUSR
    And after applying the remediation ZWE-ID-ZIS-USER passes for ZWESIUSR

  Scenario: An OMVS profile without OMVSPGM is completed
    Given an ACF2 database built from these commands:
      """
      SET PROFILE(GROUP) DIV(OMVS)
      INSERT ZWEADMIN AUTOGID
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      SET PROFILE(USER) DIV(OMVS)
      INSERT ZWESVUSR AUTOUID HOME(/tmp)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-STC-USER fails for ZWESVUSR
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "PROGRAM"
    And the remediation for ZWE-ID-STC-USER and ZWESVUSR is "SET PROFILE(USER) DIV(OMVS); CHANGE ZWESVUSR OMVSPGM(/bin/sh); /* operator: F ACF2,REBUILD(USR),CLASS(P),DIVISION(OMVS) */"
    And after applying the remediation ZWE-ID-STC-USER passes for ZWESVUSR

  Scenario: A logonid without STC can log on with a password
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT ZWESVUSR GROUP(ZWEADMIN)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-PROTECTED fails for ZWESVUSR

  Scenario: NON-CNCL and SECURITY are the privileges the requirement forbids
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN) SECURITY
      INSERT ZWESIUSR STC GROUP(ZWEADMIN) NON-CNCL
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-LEAST-PRIVILEGE fails for ZWESVUSR
    And the evidence for ZWE-ID-LEAST-PRIVILEGE and ZWESVUSR says "SPECIAL"
    And ZWE-ID-LEAST-PRIVILEGE fails for ZWESIUSR
    And the evidence for ZWE-ID-LEAST-PRIVILEGE and ZWESIUSR says "OPERATIONS"

  Scenario: A suspended server logonid is not active
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN) SUSPEND
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ACTIVE fails for ZWESVUSR

  Scenario: From an auditor's ACF LIST output: the OMVS profile of ZWESVUSR lacks OMVSPGM
    Given the ACF2 listing:
      """
      ACF
       SET LID
       LIST LIKE(ZWES-)
      ZWESVUSR ZOWE MAIN SERVER
         GROUP(ZWEADMIN)
         PRIVILEGES  STC NO-SMC

      ZWESIUSR ZOWE XMEM SERVER
         GROUP(ZWEADMIN)
         PRIVILEGES  STC NON-CNCL
      """
    And the ACF2 listing:
      """
      ACF
      SET PROFILE(USER) DIV(OMVS)
      LIST LIKE(ZWES-)
      ZWESVUSR LAST CHANGED BY ACFADM ON 02/11/25-09:18
                            HOME(/tmp) UID(990010)
      ZWESIUSR LAST CHANGED BY ACFADM ON 02/11/25-09:18
                            HOME(/tmp) OMVSPGM(/bin/sh) UID(990011)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-STC-USER fails for ZWESVUSR
    And the remediation for ZWE-ID-STC-USER and ZWESVUSR is "SET PROFILE(USER) DIV(OMVS); CHANGE ZWESVUSR OMVSPGM(/bin/sh); /* operator: F ACF2,REBUILD(USR),CLASS(P),DIVISION(OMVS) */"
    And after applying the remediation ZWE-ID-STC-USER passes for ZWESVUSR
    And ZWE-ID-ZIS-USER passes for ZWESIUSR
    And ZWE-ID-LEAST-PRIVILEGE fails for ZWESIUSR
    And no command is generated for ZWE-ID-LEAST-PRIVILEGE and ZWESIUSR
