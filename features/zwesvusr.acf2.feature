Feature: ZWESVUSR, on ACF2
  Seed 001, "ZWESVUSR": READ to FACILITY IRR.RADMIN.LISTUSER "to allow Zowe to obtain information
  about OMVS segment of the user profile using LISTUSER", and CSFSERV READ to CSF1TRD, CSF1TRC,
  CSF1SKE and CSF1SKD. On ACF2 these are FAC and CSF rule lines.

  Background:
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      SET X(ROL)
      INSERT ZWEADMIN INCLUDE(ZWESVUSR) ROLE
      """

  Scenario: LISTUSER and the PKCS#11 services granted
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY IRR ADD(RADMIN.LISTUSER ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      SET RESOURCE(CSF)
      RECKEY CSF1TRD ADD(ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      RECKEY CSF1TRC ADD(ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      RECKEY CSF1SKE ADD(ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      RECKEY CSF1SKD ADD(ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-LISTUSER passes for ZWESVUSR
    And ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1TRD"
    And ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1SKD"

  Scenario: No rule for LISTUSER nor for a PKCS#11 service
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(CSF)
      RECKEY CSF1TRD ADD(ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      RECKEY CSF1TRC ADD(ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      RECKEY CSF1SKE ADD(ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-LISTUSER fails for ZWESVUSR
    And the remediation for ZWE-FAC-LISTUSER and ZWESVUSR is "SET RESOURCE(FAC); RECKEY IRR ADD(RADMIN.LISTUSER USER(ZWESVUSR) SERVICE(READ) ALLOW); /* operator: F ACF2,REBUILD(FAC) */"
    And ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1TRD"
    And ZWE-ICSF-PKCS11 fails for "CSFSERV CSF1SKD"
    And the evidence for ZWE-ICSF-PKCS11 and "CSFSERV CSF1SKD" says "no $KEY rule set of TYPE(CSF) covers CSF1SKD"
    And after applying the remediation ZWE-FAC-LISTUSER passes for ZWESVUSR
    And after applying the remediation ZWE-ICSF-PKCS11 passes for "CSFSERV CSF1SKD"
