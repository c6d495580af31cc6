Feature: Tasks performed by your security administrator: APF authorization of load libraries, on Top Secret
  Seed 001 lists "Perform APF autorization of load libraries". The APF list is kept in PROGxx and in
  storage, not in a security database, so on every ESM the check is left to the administrator.

  Scenario: The APF authorization of the Zowe load libraries is checked by hand
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')
      TSS CREATE(FACACID) TYPE(USER) NAME('RESOURCE OWNER') DEPT(ZOWEDEPT)
      """
    When the Zowe policy is evaluated
    Then ZWE-APF is manual for "load libraries"
    And the evidence for ZWE-APF and "load libraries" says "SZWEAUTH"
