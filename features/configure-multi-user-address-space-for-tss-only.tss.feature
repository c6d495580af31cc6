Feature: Configure multi-user address space (for TSS only) on Top Secret
  Seed 000, "Configure multi-user address space (for TSS only)": "a TSS FACILITY needs to be defined
  and assigned to the started task. Then, all acids signing on to the started task will need to be
  authorized to the FACILITY." The TSSPARMS add FACILITY(USER11=NAME=ZOWE), FACILITY(ZOWE=MODE=FAIL)
  and FACILITY(ZOWE=RES); then "TSS ADD(ZWESVUSR) MASTFAC(ZOWE)" and "TSS ADD(user_acid) FAC(ZOWE)".
  The facility lives in the TSSPARMS, so only a facility display (TSS MODIFY(FAC(ZOWE))) shows it.

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

  Scenario: Facility ZOWE in FAIL mode and RES, MASTFAC on ZWESVUSR and FAC on the end users passes
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(ZWESVUSR) MASTFAC(ZOWE)
      TSS CREATE(APPDEV1) TYPE(USER) NAME('APPLICATION DEVELOPER') DEPT(ZOWEDEPT)
      TSS ADD(APPDEV1) FAC(ZOWE)
      """
    And the Top Secret output:
      """
      FACILITY DISPLAY FOR ZOWE
      INITPGM=ZWE      ID=11 TYPE=100
      ATTRIBUTES=IN-USE,ACTIVE,SHRPRF,NOASUBM,NOABEND,MULTIUSER,NOXDEF
      ATTRIBUTES=NOPROMPT,NOAUDIT,RES,WARNPW,NOTSOC,LCFTRANS
      MODE=FAIL  DOWN=GLOBAL  LOGGING=INIT,SMF,MSG,SEC9
      TSS0300I  MODIFY   FUNCTION SUCCESSFUL
      """
    And the Zowe end users are APPDEV1
    When the Zowe policy is evaluated
    Then ZWE-TSS-FACILITY passes for ZOWE
    And the evidence for ZWE-TSS-FACILITY and ZOWE says "facility ZOWE: MODE=FAIL, RES; ACID ZWESVUSR has MASTFAC(ZOWE)"
    And ZWE-TSS-FACILITY passes for APPDEV1

  Scenario: Facility in WARN mode, not RES, no MASTFAC, an end user without FAC(ZOWE) fails for a person to fix
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(APPDEV1) TYPE(USER) NAME('APPLICATION DEVELOPER') DEPT(ZOWEDEPT)
      """
    And the Top Secret output:
      """
      FACILITY DISPLAY FOR ZOWE
      INITPGM=ZWE      ID=11 TYPE=100
      ATTRIBUTES=IN-USE,ACTIVE,SHRPRF,NOASUBM,NOABEND,MULTIUSER,NOXDEF
      ATTRIBUTES=NOPROMPT,NOAUDIT,NORES,WARNPW,NOTSOC,LCFTRANS
      MODE=WARN  DOWN=GLOBAL  LOGGING=INIT,SMF,MSG,SEC9
      TSS0300I  MODIFY   FUNCTION SUCCESSFUL
      """
    And the Zowe end users are APPDEV1
    When the Zowe policy is evaluated
    Then ZWE-TSS-FACILITY fails for ZOWE
    And the evidence for ZWE-TSS-FACILITY and ZOWE says "facility ZOWE has MODE=WARN, not MODE=FAIL"
    And the evidence for ZWE-TSS-FACILITY and ZOWE says "facility ZOWE is not RES"
    And the evidence for ZWE-TSS-FACILITY and ZOWE says "ACID ZWESVUSR has no MASTFAC, not MASTFAC(ZOWE); a person must act: TSS ADD(ZWESVUSR) MASTFAC(ZOWE)"
    And no command is generated for ZWE-TSS-FACILITY and ZOWE
    And ZWE-TSS-FACILITY fails for APPDEV1
    And the evidence for ZWE-TSS-FACILITY and APPDEV1 says "ACID APPDEV1 is not authorised to facility ZOWE; a person must act: TSS ADD(APPDEV1) FAC(ZOWE)"

  Scenario: A facility display without ZOWE fails
    Given the Top Secret output:
      """
      FACILITY DISPLAY FOR NCPASS
      INITPGM=NCS      ID=14 TYPE=099
      ATTRIBUTES=IN-USE,ACTIVE,SHRPRF,NOASUBM,NOABEND,MULTIUSER,NOXDEF
      MODE=FAIL  DOWN=GLOBAL  LOGGING=INIT,SMF,MSG,SEC9
      TSS0300I  MODIFY   FUNCTION SUCCESSFUL
      """
    When the Zowe policy is evaluated
    Then ZWE-TSS-FACILITY fails for ZOWE
    And the evidence for ZWE-TSS-FACILITY and ZOWE says "the facility display does not show facility ZOWE"

  Scenario: Without a facility display the requirement cannot be decided
    When the Zowe policy is evaluated
    Then ZWE-TSS-FACILITY reports an error for ZOWE
    And the evidence for ZWE-TSS-FACILITY and ZOWE says "the Top Secret facility display is missing: give the output of TSS MODIFY(FAC(ZOWE))"
