Feature: Configure multi-user address space (for TSS only)
  Seed 000, "Configure multi-user address space (for TSS only)": "The Zowe server started task
  ZWESLSTC is multi-user address space, and therefore a TSS FACILITY needs to be defined and
  assigned to the started task. Then, all acids signing on to the started task will need to be
  authorized to the FACILITY." On Top Secret, until the facility listing can be read, the
  requirement reports an ERROR naming that input (see Acf2AndTssRequirementsTest).

  Scenario: On RACF the Top Secret facility does not apply
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      """
    When the Zowe policy is evaluated
    Then ZWE-TSS-FACILITY is not applicable
    And the evidence for ZWE-TSS-FACILITY and - says "applies to TSS only; this site uses RACF"
