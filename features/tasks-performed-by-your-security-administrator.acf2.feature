Feature: Tasks performed by your security administrator: APF authorization of load libraries, on ACF2
  Seed 001 lists "Perform APF autorization of load libraries". The APF list is kept in PROGxx and in
  storage, not in a security database, so on every ESM the check is left to the administrator.

  Scenario: The APF authorization of the Zowe load libraries is checked by hand
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      """
    When the Zowe policy is evaluated
    Then ZWE-APF is manual for "load libraries"
    And the evidence for ZWE-APF and "load libraries" says "SZWEAUTH"
