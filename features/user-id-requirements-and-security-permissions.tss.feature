Feature: User ID requirements and security permissions on Top Secret
  Seed 000, "User ID requirements and security permissions": the Zowe resources are permitted to the
  Zowe identities, not to everyone. On Top Secret a resource nobody owns is unprotected, and a permit
  to the ALL record reaches every ACID (the neutral ID(*) entry); a resource is owned through the
  owner's prefix, which acts like a generic profile.

  Background:
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')
      TSS CREATE(FACACID) TYPE(USER) NAME('RESOURCE OWNER') DEPT(ZOWEDEPT)
      TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('ZOWE ADMINISTRATORS') DEPT(ZOWEDEPT)
      TSS ADD(ZWEADMIN) GID(990)
      TSS CREATE(ZWESVUSR) TYPE(USER) PROTECTED NAME('ZOWE MAIN SERVER') DEPT(ZOWEDEPT)
      TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(990)
      TSS CREATE(ZWESIUSR) TYPE(USER) PROTECTED NAME('ZOWE ZIS SERVER') DEPT(ZOWEDEPT)
      TSS ADD(ZWESIUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(991)
      """
    And the Top Secret owner ACID is FACACID and the department is ZOWEDEPT
    And the input file "tssparms.txt":
      """
      * TSSPARMS: the control options that decide access
      AUTH(OVERRIDE,ALLOVER)
      MODE(FAIL)
      """
  Scenario: Resources owned and permitted by name only are closed
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(BPX.)
      TSS PERMIT(ZWESVUSR) IBMFAC(BPX.SERVER) ACCESS(UPDATE)
      TSS PERMIT(ZWESVUSR) IBMFAC(BPX.DAEMON) ACCESS(UPDATE)
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE passes for "FACILITY BPX.SERVER"
    And ZWE-EXPOSURE passes for "FACILITY BPX.DAEMON"
    And ZWE-EXPOSURE-HOLDERS passes for "FACILITY BPX.SERVER"

  Scenario: A permit to the ALL record opens the resource to every ACID
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(BPX.)
      TSS PERMIT(ZWESVUSR) IBMFAC(BPX.DAEMON) ACCESS(UPDATE)
      TSS PERMIT(ALL) IBMFAC(BPX.DAEMON) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE fails for "FACILITY BPX.DAEMON"
    And the evidence for ZWE-EXPOSURE and "FACILITY BPX.DAEMON" says "ID(*) READ on FACILITY BPX. (generic); a person must act"

  Scenario: Another ACID holding UPDATE to BPX.SERVER is listed and the result still passes
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(FTPD) TYPE(USER) NAME('FTP DAEMON') DEPT(ZOWEDEPT)
      TSS ADD(FACACID) IBMFAC(BPX.)
      TSS PERMIT(ZWESVUSR) IBMFAC(BPX.SERVER) ACCESS(UPDATE)
      TSS PERMIT(FTPD) IBMFAC(BPX.SERVER) ACCESS(UPDATE)
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE-HOLDERS passes for "FACILITY BPX.SERVER"
    And the evidence for ZWE-EXPOSURE-HOLDERS and "FACILITY BPX.SERVER" says "FTPD"
