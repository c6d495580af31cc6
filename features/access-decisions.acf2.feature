Feature: ACF2 decides Zowe's access as the product does
  ACF2's own rules decide whether Zowe's rule lines work: an asterisk in a $KEY matches any
  character, the period included (KB 44399); a UID mask matches the blank padding of the UID string
  (KB 232677); ROLE(-) matches a logonid with no role (Option for DB2, "Using NEXTKEYs With $ROLESET
  Rules"); a PREVENT naming a NEXTKEY goes on to that rule set ("NEXTKEY"); a resource no rule set
  covers is a NO-RULE violation (KB 264349).

  Background:
    Given an ACF2 database built from these commands:
      """
      SET CONTROL(GSO)
      INSERT OPTS MODE(ABORT)
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      """

  Scenario: A NEXTKEY chain gives ZWESVUSR UPDATE to BPX.SERVER
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      COMPILE *
      $KEY(ZOWEBPX) TYPE(FAC)
       UID(ZWESVUSR) SERVICE(UPDATE) ALLOW
       UID(-) PREVENT

      STORE
      RECKEY BPX ADD(SERVER UID(-) PREVENT NEXTKEY(ZOWEBPX))
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And the evidence for ZWE-FAC-BPXSERVER and ZWESVUSR says "prevents, so validation goes on with $KEY(ZOWEBPX) TYPE(FAC)"

  Scenario: The end of a NEXTKEY chain decides for everyone else
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      COMPILE *
      $KEY(ZOWEBPX) TYPE(FAC)
       UID(OTHER) SERVICE(UPDATE) ALLOW
       UID(-) PREVENT

      STORE
      RECKEY BPX ADD(SERVER UID(-) PREVENT NEXTKEY(ZOWEBPX))
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER fails for ZWESVUSR

  Scenario: ROLE(-) in a role rule set reaches a logonid that holds no role, and so every user
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      COMPILE *
      $KEY(ZWES) TYPE(FAC)
      $ROLESET
       IS ROLE(-) SERVICE(READ) ALLOW

      STORE
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS passes for ZWESVUSR
    And the evidence for ZWE-FAC-ZWESIS and ZWESVUSR says "ZWESVUSR holds no role"
    And ZWE-FAC-ZWESIS-GUARD fails for "FACILITY ZWES.IS"

  Scenario: A fully masked $KEY matches IRR.RUSERMAP across its period and pre-empts the IRR rule set
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY IRR ADD(RUSERMAP UID(ZWESVUSR) SERVICE(READ) ALLOW)
      COMPILE *
      $KEY(************) TYPE(FAC)
       UID(-) PREVENT

      STORE
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RUSERMAP fails for ZWESVUSR
    And the evidence for ZWE-FAC-RUSERMAP and ZWESVUSR says "rule set $KEY(************) TYPE(FAC) (its $KEY matches the full name)"

  Scenario: A UID mask padded with asterisks matches the blanks after the logonid
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY BPX ADD(DAEMON UID(ZWESVUSR****) SERVICE(READ,UPDATE) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXDAEMON passes for ZWESVUSR

  Scenario: No rule set covers IRR.RAUDITX: ACF2 fails the request, and writing the rule fixes it
    When the Zowe policy is evaluated
    Then ZWE-FAC-RAUDITX fails for ZWESVUSR
    And the evidence for ZWE-FAC-RAUDITX and ZWESVUSR says "ACF2 fails the request (a NO-RULE violation)"
    And after applying the remediation ZWE-FAC-RAUDITX passes for ZWESVUSR
