Feature: Tasks performed by your security administrator: APF authorization of load libraries
  Seed 001, "Tasks performed by your security administrator", lists among the required tasks
  "Perform APF autorization of load libraries". The APF list is kept in PROGxx and in storage, not
  in a security database, so the check is left to the administrator.

  Scenario: The APF authorization of the Zowe load libraries is checked by hand
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      """
    When the Zowe policy is evaluated
    Then ZWE-APF is manual for "load libraries"
    And the evidence for ZWE-APF and "load libraries" says "Perform APF autorization of load libraries"
    And the evidence for ZWE-APF and "load libraries" says "SZWEAUTH"
