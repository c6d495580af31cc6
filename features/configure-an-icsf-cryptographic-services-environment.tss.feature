Feature: Configure an ICSF cryptographic services environment on Top Secret
  Seed 000, Top Secret command details: "TSS ADDTO(owner-acid) RESCLASS(CSFSERV)",
  "TSS ADD(owner-acid) CSFSERV(profile-prefix.)", "TSS PERMIT(tcpip-stackname)
  CSFSERV(profile-prefix.profile-suffix) ACCESS(READ)" and "TSS PERMIT(user-acid)
  CSFSERV(profile-prefix.profile-suffix) ACCESS(READ)". The seed's RACF commands name the service
  CSFRNGL; ICSF resource names carry no dot, so the owned prefix here is CSFRNGL itself.

  Background:
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE DEPARTMENT')
      TSS CREATE(FACACID) TYPE(USER) NAME('RESOURCE OWNER') DEPT(ZOWEDEPT)
      TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('ZOWE ADMINISTRATORS') DEPT(ZOWEDEPT)
      TSS ADD(ZWEADMIN) GID(990)
      TSS CREATE(ZWESVUSR) TYPE(USER) PROTECTED NAME('ZOWE MAIN SERVER') DEPT(ZOWEDEPT)
      TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(990)
      TSS CREATE(ZWESIUSR) TYPE(USER) PROTECTED NAME('ZOWE ZIS SERVER') DEPT(ZOWEDEPT)
      TSS ADD(ZWESIUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(991)
      """
    And the Top Secret owner ACID is FACACID and the department is ZOWEDEPT
  Scenario: CSFRNGL owned and permitted to TCP/IP and ZWESVUSR passes
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(TCPIP) TYPE(USER) NAME('TCPIP STACK') DEPT(ZOWEDEPT)
      TSS ADDTO(RDT) RESCLASS(CSFSERV)
      TSS ADD(FACACID) CSFSERV(CSFRNGL)
      TSS PERMIT(TCPIP) CSFSERV(CSFRNGL) ACCESS(READ)
      TSS PERMIT(ZWESVUSR) CSFSERV(CSFRNGL) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-CSFRNGL passes for ZWESVUSR
    And the evidence for ZWE-ICSF-CSFRNGL and ZWESVUSR says "the permit of ZWESVUSR CSFSERV(CSFRNGL) ACCESS(READ)"
    And ZWE-ICSF-ACTIVE is manual for ICSF

  Scenario: CSFRNGL permitted to the TCP/IP stack only fails
    Given a Top Secret security file built from these commands:
      """
      TSS CREATE(TCPIP) TYPE(USER) NAME('TCPIP STACK') DEPT(ZOWEDEPT)
      TSS ADD(FACACID) CSFSERV(CSFRNGL)
      TSS PERMIT(TCPIP) CSFSERV(CSFRNGL) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-ICSF-CSFRNGL fails for ZWESVUSR
    And the evidence for ZWE-ICSF-CSFRNGL and ZWESVUSR says "no permit of ZWESVUSR, its profiles or ALL covers it"
    And the remediation for ZWE-ICSF-CSFRNGL and ZWESVUSR is "TSS PERMIT(ZWESVUSR) CSFSERV(CSFRNGL) ACCESS(READ)"
    And after applying the remediation ZWE-ICSF-CSFRNGL passes for ZWESVUSR
