Feature: Top Secret decides Zowe's access as the product does
  Top Secret's own rules decide whether the Zowe server's permits work: a resource must be owned
  before a permit counts (Command Functions, PERMIT), an asterisk masks only in a MASK class and
  IBMFAC is NOMASK by default (KB 139476), AUTH(OVERRIDE) stops at the first record with a permit
  and AUTH(MERGE) takes the most specific of all (KB 42617), and a level grants another only when
  its RDT bits contain the other's (KB 222146).

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
      TSS CREATE(ZWEPROF) TYPE(PROFILE) NAME('ZOWE SERVER PERMITS') DEPT(ZOWEDEPT)
      TSS ADD(ZWESVUSR) PROFILE(ZWEPROF)
      TSS ADD(FACACID) IBMFAC(BPX.)
      """
    And the Top Secret owner ACID is FACACID and the department is ZOWEDEPT

  Scenario: A permit by mask is a literal name in IBMFAC, which is NOMASK by default
    Given a Top Secret security file built from these commands:
      """
      TSS PERMIT(ZWESVUSR) IBMFAC(BPX.SERV*) ACCESS(UPDATE)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER fails for ZWESVUSR
    And the evidence for ZWE-FAC-BPXSERVER and ZWESVUSR says "no permit of ZWESVUSR, its profiles or ALL covers it; IBMFAC is NOMASK by default"

  Scenario: A permit by mask covers BPX.SERVER where the RDT makes IBMFAC a MASK class
    Given the Top Secret output:
      """
        TSS LIST(RDT) RESCLASS(IBMFAC)
        RESOURCE CLASS = IBMFAC
         RESOURCE CODE = X'066'
             ATTRIBUTE = MASK,MAXOWN(44),MAXPERMIT(064)
                ACCESS = NONE(0000),CONTROL(0400),UPDATE(6000),READ(4000)
                ACCESS = WRITE(2000),ALL(FFFF)
                DEFACC = READ
      TSS0300I  LIST     FUNCTION SUCCESSFUL
      """
    And a Top Secret security file built from these commands:
      """
      TSS PERMIT(ZWESVUSR) IBMFAC(BPX.SERV*) ACCESS(UPDATE)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And the evidence for ZWE-FAC-BPXSERVER and ZWESVUSR says "the permit of ZWESVUSR IBMFAC(BPX.SERV*) ACCESS(UPDATE), which holds 6000 and so contains UPDATE(6000); the RDT lists IBMFAC MASK"

  Scenario: An ownership prefix makes the IRR. resources permittable
    Given a Top Secret security file built from these commands:
      """
      TSS ADD(FACACID) IBMFAC(IRR.)
      TSS PERMIT(ZWESVUSR) IBMFAC(IRR.RUSERMAP) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-RUSERMAP passes for ZWESVUSR
    And the evidence for ZWE-FAC-RUSERMAP and ZWESVUSR says "IBMFAC(IRR.RUSERMAP) owned by FACACID through IRR.; the permit of ZWESVUSR"

  Scenario: In a DEFPROT class an unowned ZWES.IS is protected and no permit reaches it until it is owned
    Given a Top Secret security file built from these commands:
      """
      TSS REPLACE(RDT) RESCLASS(IBMFAC) ATTR(DEFPROT)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-ZWESIS fails for ZWESVUSR
    And the evidence for ZWE-FAC-ZWESIS and ZWESVUSR says "IBMFAC(ZWES.IS) is unowned and IBMFAC is DEFPROT: Top Secret protects it, and a permit grants nothing until an ACID owns the resource"
    And the remediation for ZWE-FAC-ZWESIS and ZWESVUSR is "TSS ADD(FACACID) IBMFAC(ZWES.IS); TSS PERMIT(ZWESVUSR) IBMFAC(ZWES.IS) ACCESS(READ)"
    And after applying the remediation ZWE-FAC-ZWESIS passes for ZWESVUSR

  Scenario: Under AUTH(OVERRIDE), Top Secret's default, the server's own prefix permit decides before its profile's
    Given a Top Secret security file built from these commands:
      """
      TSS PERMIT(ZWESVUSR) IBMFAC(BPX.) ACCESS(UPDATE)
      TSS PERMIT(ZWEPROF) IBMFAC(BPX.SERVER) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And the evidence for ZWE-FAC-BPXSERVER and ZWESVUSR says "AUTH(OVERRIDE) taken, Top Secret's default"

  Scenario: Under AUTH(MERGE) the profile's more specific READ decides
    Given the input file "tssparms.txt":
      """
      * TSSPARMS
      AUTH(MERGE,ALLMERGE)
      MODE(FAIL)
      """
    And a Top Secret security file built from these commands:
      """
      TSS PERMIT(ZWESVUSR) IBMFAC(BPX.) ACCESS(UPDATE)
      TSS PERMIT(ZWEPROF) IBMFAC(BPX.SERVER) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXSERVER fails for ZWESVUSR
    And the evidence for ZWE-FAC-BPXSERVER and ZWESVUSR says "the permit of ZWEPROF IBMFAC(BPX.SERVER) ACCESS(READ), which holds 4000 and so does not contain UPDATE(6000)"

  Scenario: CONTROL does not contain UPDATE in IBMFAC's access levels
    Given a Top Secret security file built from these commands:
      """
      TSS PERMIT(ZWESVUSR) IBMFAC(BPX.DAEMON) ACCESS(CONTROL)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXDAEMON fails for ZWESVUSR
    And the evidence for ZWE-FAC-BPXDAEMON and ZWESVUSR says "which holds 0400 and so does not contain UPDATE(6000)"
