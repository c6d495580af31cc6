Feature: Configure address space job naming, on ACF2
  Seed 000, "Configure address space job naming": "The user ID ZWESVUSR that is associated with the
  Zowe started task must have READ permission for the BPX.JOBNAME profile in the FACILITY class."
  The seed gives RACF commands only; on ACF2 this is a line of the FAC rule set BPX, as Zowe's
  ZWEIACF job writes it.

  Background:
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      SET X(ROL)
      INSERT ZWEADMIN INCLUDE(ZWESVUSR) ROLE
      """

  Scenario: READ to BPX.JOBNAME through the role ZWEADMIN
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY BPX ADD(JOBNAME ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-JOBNAME passes for ZWESVUSR

  Scenario: The JOBNAME line was added under SET RESOURCE(APL), as Zowe's ZWEIACF sample did
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(APL)
      RECKEY BPX ADD(JOBNAME ROLE(ZWEADMIN) SERVICE(READ) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-JOBNAME fails for ZWESVUSR
    And the evidence for ZWE-FAC-JOBNAME and ZWESVUSR says "no $KEY rule set of TYPE(FAC) covers BPX.JOBNAME"
    And the remediation for ZWE-FAC-JOBNAME and ZWESVUSR is "SET RESOURCE(FAC); RECKEY BPX ADD(JOBNAME USER(ZWESVUSR) SERVICE(READ) ALLOW); /* operator: F ACF2,REBUILD(FAC) */"
    And after applying the remediation ZWE-FAC-JOBNAME passes for ZWESVUSR
