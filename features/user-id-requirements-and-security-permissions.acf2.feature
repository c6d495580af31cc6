Feature: User ID requirements and security permissions, on ACF2
  Seed 001: the Zowe-sensitive FACILITY resources must not be open to everyone. On ACF2 a rule
  line for UID(-) (every user) is the ID(*) entry of RACF, a NO-RULE resource is denied, and a
  rule set in $MODE(WARN) under GSO OPTS MODE(RULE) (or a system in OPTS MODE(WARN)) only logs what
  it would deny: the WARNING mode. A $MODE counts only under MODE(RULE).

  Background:
    Given an ACF2 database built from these commands:
      """
      SET CONTROL(GSO)
      INSERT OPTS MODE(ABORT)
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      SET X(ROL)
      INSERT ZWEADMIN INCLUDE(ZWESVUSR) ROLE
      """

  Scenario: A role rule set for ZWEADMIN only is closed
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY BPX ADD(SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE passes for "FACILITY BPX.SERVER"

  Scenario: A UID(-) line lets every user update BPX.SERVER
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY BPX ADD(SERVER UID(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW)
      RECKEY BPX ADD(SERVER UID(-) SERVICE(READ,UPDATE) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE fails for "FACILITY BPX.SERVER"
    And ZWE-FAC-BPXSERVER passes for ZWESVUSR

  Scenario: A rule set in WARN mode only logs what it would deny, under OPTS MODE(RULE)
    Given an ACF2 database built from these commands:
      """
      SET CONTROL(GSO)
      CHANGE OPTS MODE(RULE)
      SET RESOURCE(FAC)
      COMPILE *
      $KEY(BPX) TYPE(FAC) $MODE(WARN)
       SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW

      STORE
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE fails for "FACILITY BPX.SERVER"
    And the evidence for ZWE-EXPOSURE and "FACILITY BPX.SERVER" says "WARNING"

  Scenario: Under OPTS MODE(ABORT) a rule set's $MODE(WARN) does not count
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      COMPILE *
      $KEY(BPX) TYPE(FAC) $MODE(WARN)
       SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW

      STORE
      """
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE passes for "FACILITY BPX.SERVER"
