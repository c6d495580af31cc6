Feature: Configure user IDs and groups for the Zowe started tasks on Top Secret
  Seed 000, "Configure user IDs and groups for the Zowe started tasks", Top Secret command details:
  "TSS CREATE(<ZWEADMIN>) TYPE(GROUP) NAME(...) DEPT(<DEPARTMENT>)", "TSS ADD(<ZWEADMIN>)
  GID(<ADMIN_GROUP_ID>)", "TSS CREATE(<ZWESVUSR>) TYPE(USER) PROTECTED NAME(...) DEPT(...)" and
  "TSS ADD(<ZWESVUSR>) GROUP(<ZWEADMIN>) DFLTGRP(<ZWEADMIN>) HOME(/tmp) OMVSPGM(/bin/sh) UID(...)",
  likewise for ZWESIUSR. On Top Secret a TYPE(GROUP) ACID is the group, GROUP() the connection,
  PROTECTED the protected user, SUSPEND the revocation. A UID or GID is never a placeholder in a
  command: without a configured value, or a default range that lets Top Secret assign one with
  UID(?) / GID(?), a person chooses it and the finding quotes the commands to issue.

  Scenario: The identities defined as the documentation shows pass every identity requirement
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')
      TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('ZOWE ADMINISTRATORS') DEPT(ZOWEDEPT)
      TSS ADD(ZWEADMIN) GID(990)
      TSS CREATE(ZWESVUSR) TYPE(USER) PROTECTED NAME('ZOWE MAIN SERVER') DEPT(ZOWEDEPT)
      TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(990)
      TSS CREATE(ZWESIUSR) TYPE(USER) PROTECTED NAME('ZOWE ZIS SERVER') DEPT(ZOWEDEPT)
      TSS ADD(ZWESIUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(991)
      """
    When the Zowe policy is evaluated
    Then ZWE-ID-ADMIN-GROUP passes for ZWEADMIN
    And ZWE-ID-STC-USER passes for ZWESVUSR
    And ZWE-ID-ZIS-USER passes for ZWESIUSR
    And ZWE-ID-PROTECTED passes for ZWESVUSR
    And ZWE-ID-PROTECTED passes for ZWESIUSR
    And ZWE-ID-ACTIVE passes for ZWESVUSR
    And ZWE-ID-ACTIVE passes for ZWESIUSR
    And ZWE-ID-LEAST-PRIVILEGE passes for ZWESVUSR
    And ZWE-ID-LEAST-PRIVILEGE passes for ZWESIUSR

  Scenario: The identities are missing and the commands that define them restore them
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')
      """
    And the Top Secret owner ACID is ZOWEDEPT and the department is ZOWEDEPT
    When the Zowe policy is evaluated
    Then ZWE-ID-ADMIN-GROUP fails for ZWEADMIN
    And no command is generated for ZWE-ID-ADMIN-GROUP and ZWEADMIN
    And the evidence for ZWE-ID-ADMIN-GROUP and ZWEADMIN says "GID of ZWEADMIN is for a person to choose"
    And the evidence for ZWE-ID-ADMIN-GROUP and ZWEADMIN says "TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('ZOWE GROUP') DEPT(ZOWEDEPT) and TSS ADD(ZWEADMIN) GID(nnn)"
    And ZWE-ID-STC-USER fails for ZWESVUSR
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "user ZWESVUSR is not defined"
    And ZWE-ID-ZIS-USER fails for ZWESIUSR

  Scenario: An STC user without UNIX identity, in no group, that can sign on with a password fails
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')
      TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('ZOWE ADMINISTRATORS') DEPT(ZOWEDEPT)
      TSS ADD(ZWEADMIN) GID(990)
      TSS CREATE(ZWESVUSR) TYPE(USER) NAME('ZOWE MAIN SERVER') DEPT(ZOWEDEPT) PASSWORD(SECRET1)
      """
    And the Top Secret owner ACID is ZOWEDEPT and the department is ZOWEDEPT
    When the Zowe policy is evaluated
    Then ZWE-ID-STC-USER fails for ZWESVUSR
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "user ZWESVUSR has no OMVS segment; not connected to ZWEADMIN"
    And no command is generated for ZWE-ID-STC-USER and ZWESVUSR
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "UID of ZWESVUSR is for a person to choose"
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "TSS ADD(ZWESVUSR) HOME(/tmp) OMVSPGM(/bin/sh) UID(nnn)"
    And ZWE-ID-PROTECTED fails for ZWESVUSR
    And the evidence for ZWE-ID-PROTECTED and ZWESVUSR says "user ZWESVUSR can log on with a password (not a protected user); a person must act"

  Scenario: A suspended STC user with a security-bypassing attribute fails
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')
      TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('ZOWE ADMINISTRATORS') DEPT(ZOWEDEPT)
      TSS ADD(ZWEADMIN) GID(990)
      TSS CREATE(ZWESVUSR) TYPE(USER) PROTECTED NAME('ZOWE MAIN SERVER') DEPT(ZOWEDEPT)
      TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(990)
      TSS CREATE(ZWESIUSR) TYPE(USER) PROTECTED NAME('ZOWE ZIS SERVER') DEPT(ZOWEDEPT)
      TSS ADD(ZWESIUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(991)
      TSS ADD(ZWESVUSR) SUSPEND NORESCHK
      """
    And the Top Secret owner ACID is ZOWEDEPT and the department is ZOWEDEPT
    When the Zowe policy is evaluated
    Then ZWE-ID-ACTIVE fails for ZWESVUSR
    And the evidence for ZWE-ID-ACTIVE and ZWESVUSR says "user ZWESVUSR is revoked (REVOKE flag)"
    And the remediation for ZWE-ID-ACTIVE and ZWESVUSR is "TSS REMOVE(ZWESVUSR) SUSPEND"
    And the backout contains "TSS ADD(ZWESVUSR) SUSPEND"
    And after applying the remediation ZWE-ID-ACTIVE passes for ZWESVUSR
    And ZWE-ID-LEAST-PRIVILEGE fails for ZWESVUSR
    And the evidence for ZWE-ID-LEAST-PRIVILEGE and ZWESVUSR says "user ZWESVUSR has OPERATIONS"
    And no command is generated for ZWE-ID-LEAST-PRIVILEGE and ZWESVUSR
