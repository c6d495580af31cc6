Feature: Configure ZWESLSTC to run Zowe high availability instances under ZWESVUSR user ID
  Seed 000, "Configure ZWESLSTC to run Zowe high availability instances under ZWESVUSR user ID":
  "When the Zowe started task ZWESLSTC is started, it must be associated with the user ID ZWESVUSR
  and group ZWEADMIN. A different user ID and group can be used if required to conform with existing
  naming standards." The seed defines it PRIVILEGED(NO) TRUSTED(NO) and refreshes the STARTED class.

  Background:
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      ADDUSER ZWESIUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      """

  Scenario: ZWESLSTC defined as the documentation shows passes
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(STARTED) CLASSACT(STARTED) RACLIST(STARTED)
      RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES))
      SETROPTS REFRESH RACLIST(STARTED)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE passes for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "STARTED ZWESLSTC.* (generic) assigns user ZWESVUSR, group ZWEADMIN"
    And ZWE-STC-NOT-TRUSTED passes for ZWESLSTC
    And the evidence for ZWE-STC-NOT-TRUSTED and ZWESLSTC says "trusted NO, privileged NO"
    And ZWE-CLASS-STARTED passes for STARTED

  Scenario: No STARTED profile covers ZWESLSTC
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(STARTED) CLASSACT(STARTED) RACLIST(STARTED)
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE fails for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "no started-task definition covers procedure ZWESLSTC"
    And the remediation for ZWE-STC-ZOWE and ZWESLSTC is "RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES)); SETROPTS RACLIST(STARTED) REFRESH"
    And ZWE-STC-NOT-TRUSTED fails for ZWESLSTC
    And the remediation for ZWE-STC-NOT-TRUSTED and ZWESLSTC is "RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES)); SETROPTS RACLIST(STARTED) REFRESH"
    And after applying the remediation ZWE-STC-ZOWE passes for ZWESLSTC
    And after applying the remediation ZWE-STC-NOT-TRUSTED passes for ZWESLSTC

  Scenario: A catch-all generic that other started tasks share is left alone; ZWESLSTC gets its own profile
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(STARTED) CLASSACT(STARTED) RACLIST(STARTED)
      ADDGROUP SYS1
      ADDUSER START2 NOPASSWORD DFLTGRP(SYS1)
      RDEFINE STARTED ** UACC(NONE) STDATA(USER(START2) GROUP(SYS1) TRUSTED(YES))
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE fails for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "runs as user START2, not ZWESVUSR; runs in group SYS1, not ZWEADMIN"
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "the deciding profile STARTED ** (generic) is shared with other procedures"
    And the remediation for ZWE-STC-ZOWE and ZWESLSTC is "RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES)); SETROPTS RACLIST(STARTED) REFRESH"
    And ZWE-STC-NOT-TRUSTED fails for ZWESLSTC
    And the evidence for ZWE-STC-NOT-TRUSTED and ZWESLSTC says "STARTED ** (generic) makes ZWESLSTC trusted"
    And the remediation for ZWE-STC-NOT-TRUSTED and ZWESLSTC is "RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES)); SETROPTS RACLIST(STARTED) REFRESH"
    And after applying the remediation ZWE-STC-ZOWE passes for ZWESLSTC
    And after applying the remediation ZWE-STC-NOT-TRUSTED passes for ZWESLSTC

  Scenario: ZWESLSTC's own profile with the wrong user and group is altered, and restored by backout
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(STARTED) CLASSACT(STARTED) RACLIST(STARTED)
      ADDGROUP SYS1
      ADDUSER IBMUSER DFLTGRP(SYS1)
      RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(IBMUSER) GROUP(SYS1) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES))
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE fails for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "runs as user IBMUSER, not ZWESVUSR"
    And the remediation for ZWE-STC-ZOWE and ZWESLSTC is "RALTER STARTED ZWESLSTC.* STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN)); SETROPTS RACLIST(STARTED) REFRESH"
    And the backout contains "RALTER STARTED ZWESLSTC.* STDATA(USER(IBMUSER) GROUP(SYS1))"
    And after applying the remediation ZWE-STC-ZOWE passes for ZWESLSTC

  Scenario: Without a GROUP in STDATA the user's default group applies, and ZWEADMIN is accepted
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(STARTED) CLASSACT(STARTED) RACLIST(STARTED)
      RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR) TRUSTED(NO))
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE passes for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "without a group the default group ZWEADMIN of ZWESVUSR applies"

  Scenario: Without a GROUP in STDATA a default group other than ZWEADMIN fails
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(STARTED) CLASSACT(STARTED) RACLIST(STARTED)
      ADDGROUP STCGRP OMVS(AUTOGID)
      CONNECT ZWESVUSR GROUP(STCGRP)
      ALTUSER ZWESVUSR DFLTGRP(STCGRP)
      RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR))
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE fails for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "no group is assigned, so the default group STCGRP of ZWESVUSR applies, not ZWEADMIN"
    And the remediation for ZWE-STC-ZOWE and ZWESLSTC is "RALTER STARTED ZWESLSTC.* STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN)); SETROPTS RACLIST(STARTED) REFRESH"
    And after applying the remediation ZWE-STC-ZOWE passes for ZWESLSTC

  Scenario: A trusted and privileged ZWESLSTC fails and its own profile is altered
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(STARTED) CLASSACT(STARTED) RACLIST(STARTED)
      RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN) PRIVILEGED(YES) TRUSTED(YES) TRACE(YES))
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE passes for ZWESLSTC
    And ZWE-STC-NOT-TRUSTED fails for ZWESLSTC
    And the evidence for ZWE-STC-NOT-TRUSTED and ZWESLSTC says "STARTED ZWESLSTC.* (generic) makes ZWESLSTC trusted; STARTED ZWESLSTC.* (generic) makes ZWESLSTC privileged"
    And the remediation for ZWE-STC-NOT-TRUSTED and ZWESLSTC is "RALTER STARTED ZWESLSTC.* STDATA(TRUSTED(NO) PRIVILEGED(NO)); SETROPTS RACLIST(STARTED) REFRESH"
    And the backout contains "RALTER STARTED ZWESLSTC.* STDATA(TRUSTED(YES) PRIVILEGED(YES))"
    And after applying the remediation ZWE-STC-NOT-TRUSTED passes for ZWESLSTC

  Scenario: The cross memory procedures are checked for trust only when ZSS is on
    Given the feature zss is off
    And a RACF database built from these commands:
      """
      SETROPTS GENERIC(STARTED) CLASSACT(STARTED) RACLIST(STARTED)
      RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES))
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-NOT-TRUSTED passes for ZWESLSTC
    And ZWE-STC-NOT-TRUSTED has no result for ZWESISTC
    And ZWE-STC-NOT-TRUSTED has no result for ZWESASTC

  Scenario: A trusted cross memory server fails when ZSS is on
    Given a RACF database built from these commands:
      """
      SETROPTS GENERIC(STARTED) CLASSACT(STARTED) RACLIST(STARTED)
      RDEFINE STARTED ZWESISTC.* STDATA(USER(ZWESIUSR) GROUP(ZWEADMIN) TRUSTED(YES))
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-NOT-TRUSTED fails for ZWESISTC
    And the remediation for ZWE-STC-NOT-TRUSTED and ZWESISTC is "RALTER STARTED ZWESISTC.* STDATA(TRUSTED(NO)); SETROPTS RACLIST(STARTED) REFRESH"
    And after applying the remediation ZWE-STC-NOT-TRUSTED passes for ZWESISTC

  Scenario: Generic STARTED profiles decide only while STARTED is a GENERIC class
    Given the SETROPTS LIST output:
      """
      ACTIVE CLASSES = DATASET USER GROUP FACILITY STARTED
      SETR RACLIST CLASSES = FACILITY STARTED
      GENERIC PROFILE CLASSES = DATASET FACILITY
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE fails for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "STARTED is not a GENERIC class, so its generic profiles do not decide"
    And the remediation for ZWE-STC-ZOWE and ZWESLSTC is "SETROPTS GENERIC(STARTED); RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES)); SETROPTS RACLIST(STARTED) REFRESH"
    And after applying the remediation ZWE-STC-ZOWE passes for ZWESLSTC

  Scenario: A site's own procedure, user and group names from zowe.yaml are checked
    Given the zowe.yaml:
      """
      zowe:
        setup:
          security:
            users:
              zowe: ZOWESTC
            groups:
              admin: ZOWEADM
              stc: ZOWEADM
            stcs:
              zowe: ZOWE1SL
      """
    And a RACF database built from these commands:
      """
      SETROPTS GENERIC(STARTED) CLASSACT(STARTED) RACLIST(STARTED)
      ADDGROUP ZOWEADM OMVS(AUTOGID)
      ADDUSER ZOWESTC NOPASSWORD DFLTGRP(ZOWEADM) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES))
      """
    When the Zowe policy is evaluated
    Then ZWE-STC-ZOWE fails for ZOWE1SL
    And the remediation for ZWE-STC-ZOWE and ZOWE1SL is "RDEFINE STARTED ZOWE1SL.* UACC(NONE) STDATA(USER(ZOWESTC) GROUP(ZOWEADM) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES)); SETROPTS RACLIST(STARTED) REFRESH"
    And after applying the remediation ZWE-STC-ZOWE passes for ZOWE1SL

  Scenario: The STARTED class inactive and not RACLISTed fails
    Given the SETROPTS LIST output:
      """
      ACTIVE CLASSES = DATASET USER GROUP FACILITY
      SETR RACLIST CLASSES = FACILITY
      GENERIC PROFILE CLASSES = DATASET FACILITY STARTED
      """
    And a RACF database built from these commands:
      """
      RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES))
      """
    When the Zowe policy is evaluated
    Then ZWE-CLASS-STARTED fails for STARTED
    And the evidence for ZWE-CLASS-STARTED and STARTED says "STARTED is not active (SETROPTS CLASSACT); STARTED is not RACLISTed (SETROPTS RACLIST)"
    And the remediation for ZWE-CLASS-STARTED and STARTED is "SETROPTS CLASSACT(STARTED) RACLIST(STARTED)"
    And after applying the remediation ZWE-CLASS-STARTED passes for STARTED
