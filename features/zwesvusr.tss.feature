Feature: ZWESVUSR on Top Secret
  Seed 001, "ZWESVUSR" table: FACILITY IRR.RADMIN.LISTUSER READ, "to allow Zowe to obtain information about OMVS segment of the user profile using LISTUSER"; on Top Secret the FACILITY class is IBMFAC.

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
  Scenario: ZWESVUSR permitted READ to IRR.RADMIN.LISTUSER as the documentation shows passes
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(IRR.)
      TSS PER(ZWESVUSR) IBMFAC(IRR.RADMIN.LISTUSER) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-LISTUSER passes for ZWESVUSR
    And the evidence for ZWE-FAC-LISTUSER and ZWESVUSR says "the permit of ZWESVUSR IBMFAC(IRR.RADMIN.LISTUSER) ACCESS(READ)"

  Scenario: IRR.RADMIN.LISTUSER owned by the site but not permitted to ZWESVUSR fails, and the permit fixes it
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(IRR.)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-LISTUSER fails for ZWESVUSR
    And the evidence for ZWE-FAC-LISTUSER and ZWESVUSR says "ZWESVUSR needs READ to FACILITY IRR.RADMIN.LISTUSER: IBMFAC(IRR.RADMIN.LISTUSER) owned by FACACID through IRR.; no permit of ZWESVUSR, its profiles or ALL covers it"
    And the remediation for ZWE-FAC-LISTUSER and ZWESVUSR is "TSS PERMIT(ZWESVUSR) IBMFAC(IRR.RADMIN.LISTUSER) ACCESS(READ)"
    And after applying the remediation ZWE-FAC-LISTUSER passes for ZWESVUSR

  Scenario: The four ICSF PKCS #11 services owned and permitted to ZWESVUSR pass
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) CSFSERV(CSF1)
      TSS PERMIT(ZWESVUSR) CSFSERV(CSF1TRD) ACCESS(READ)
      TSS PERMIT(ZWESVUSR) CSFSERV(CSF1TRC) ACCESS(READ)
      TSS PERMIT(ZWESVUSR) CSFSERV(CSF1SKE) ACCESS(READ)
      TSS PERMIT(ZWESVUSR) CSFSERV(CSF1SKD) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1TRD"
    And ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1TRC"
    And ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1SKE"
    And ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1SKD"
    And the evidence for ZWE-ICSF-PKCS11 and "CSFSERV CSF1SKD" says "the permit of ZWESVUSR CSFSERV(CSF1SKD) ACCESS(READ)"

  Scenario: One ICSF PKCS #11 service owned but not permitted to ZWESVUSR fails, and the permit fixes it
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) CSFSERV(CSF1)
      TSS PERMIT(ZWESVUSR) CSFSERV(CSF1TRD) ACCESS(READ)
      TSS PERMIT(ZWESVUSR) CSFSERV(CSF1TRC) ACCESS(READ)
      TSS PERMIT(ZWESVUSR) CSFSERV(CSF1SKE) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1SKE"
    And ZWE-ICSF-PKCS11 fails for "CSFSERV CSF1SKD"
    And the evidence for ZWE-ICSF-PKCS11 and "CSFSERV CSF1SKD" says "no permit of ZWESVUSR, its profiles or ALL covers it"
    And the remediation for ZWE-ICSF-PKCS11 and "CSFSERV CSF1SKD" is "TSS PERMIT(ZWESVUSR) CSFSERV(CSF1SKD) ACCESS(READ)"
    And after applying the remediation ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1SKD"
