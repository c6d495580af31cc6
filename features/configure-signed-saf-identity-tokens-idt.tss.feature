Feature: Configure signed SAF Identity tokens (IDT), on Top Secret
  Seed 000: "3. Define a SAF resource profile under the IDTDATA SAF resource class" and, for Top
  Secret, "Maintain Identity Token (IDT) Records". A Top Secret resource is defined by its
  ownership (TSS ADD(owner) IDTDATA(name)); IDTDATA is a class of the Resource Definition Table,
  which needs no activation as a RACF class does, so no SETROPTS input is asked for.

  Background:
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')
      TSS CREATE(FACACID) TYPE(USER) NAME('RESOURCE OWNER') DEPT(ZOWEDEPT)
      """
    And the feature idt is on

  Scenario: An owned IDTDATA resource passes
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IDTDATA(ZWESIDT)
      """
    When the Zowe policy is evaluated
    Then ZWE-IDT passes for IDTDATA
    And the evidence for ZWE-IDT and IDTDATA says "IDTDATA resources: ZWESIDT (owned by FACACID)"
    And the evidence for ZWE-IDT and IDTDATA says "needs no activation"
    And ZWE-IDT is manual for "PKCS#11 token"

  Scenario: No IDTDATA resource owned fails
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(ZWES.)
      """
    When the Zowe policy is evaluated
    Then ZWE-IDT fails for IDTDATA
    And the evidence for ZWE-IDT and IDTDATA says "no IDTDATA profile is defined"
    And no command is generated for ZWE-IDT and IDTDATA

  Scenario: Not checked when IDT is not used
    Given the feature idt is off
    When the Zowe policy is evaluated
    Then ZWE-IDT is not applicable
