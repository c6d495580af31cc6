Feature: Configure main Zowe server to use client certificate identity mapping, on ACF2
  Seed 000, ACF2 procedure: "SET RESOURCE(FAC) / RECKEY IRR.RUSERMAP ADD(SERVICE(READ)
  ROLE(&STCGRP.) ALLOW)"; &STCGRP. is the role of the Zowe started task users (ZWEADMIN).

  Background:
    Given an ACF2 database built from these commands:
      """
      SET LID
      INSERT ZWESVUSR STC GROUP(ZWEADMIN)
      SET X(ROL)
      INSERT ZWEADMIN INCLUDE(ZWESVUSR) ROLE
      """

  Scenario: READ to IRR.RUSERMAP through the role ZWEADMIN
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY IRR.RUSERMAP ADD(SERVICE(READ) ROLE(ZWEADMIN) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RUSERMAP passes for ZWESVUSR

  Scenario: A PREVENT line for the role decides first
    Given an ACF2 database built from these commands:
      """
      SET RESOURCE(FAC)
      RECKEY IRR.RUSERMAP ADD(ROLE(ZWEADMIN) PREVENT)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RUSERMAP fails for ZWESVUSR
    And the evidence for ZWE-FAC-RUSERMAP and ZWESVUSR says "ZWESVUSR needs READ to FACILITY IRR.RUSERMAP"
