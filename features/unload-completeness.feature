Feature: An unload that may not be whole
  IRRDBU00 writes the security database in the order of its index: the groups, the users, the data
  set profiles, then the general resource profiles class by class (EBCDIC order of the class names).
  Nothing marks the end of the file, so a transfer that stopped, a head -n or a full disk leaves an
  unload that reads without a single error: every profile after the cut is simply "not defined", and
  a check that passes when nothing is exposed would pass. Read in IRRDBU00's order, the unload says
  where it ends and what would have followed; a result that rests on what lies beyond is an error,
  not a pass, and the results that rest only on what was read keep their verdict. An unload in
  another order (sorted, merged, generated) keeps its verdicts and carries a caveat that a cut cannot
  be told from its order; --strict stops on it.

  The unloads below are small ones of this site: groups SYS1 and ZWEADMIN, the protected STC user
  ZWESVUSR, APPL OMVSAPPL, FACILITY BPX.CONSOLE, BPX.DAEMON (UACC READ), BPX.SERVER and ZWES.IS,
  and z/OSMF's ZMFAPLA profile last.

  "Cannot be trusted" in a result's evidence is how an ERROR reads: the result the records read gave,
  and why it cannot stand.

  Background:
    Given the SETROPTS LIST output:
      """
      ACTIVE CLASSES = DATASET USER GROUP APPL FACILITY STARTED
      SETR RACLIST CLASSES = APPL FACILITY STARTED
      GENERIC PROFILE CLASSES = DATASET APPL FACILITY STARTED
      LIST OF GROUPS ACCESS CHECKING IS ACTIVE.
      """

  Scenario: The unload is complete
    Given the input "src/test/resources/racf/completeness/complete.irrdbu00"
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE fails for "FACILITY BPX.DAEMON"
    And the evidence for ZWE-EXPOSURE and "FACILITY BPX.DAEMON" says "UACC(READ) on FACILITY BPX.DAEMON"
    And ZWE-EXPOSURE passes for "FACILITY BPX.SERVER"
    And ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And ZWE-ID-PROTECTED passes for ZWESVUSR
    And no result is an error
    And the input "complete.irrdbu00" has no problem

  Scenario: The real 2021 unload reads whole
    Given the RACF unload "real-world/adcd-2021.irrdbu00"
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE fails for "FACILITY BPX.DAEMON"
    And the input "adcd-2021.irrdbu00" has no problem

  Scenario: The unload was cut during the transfer, inside FACILITY before BPX.DAEMON
    Given the input "src/test/resources/racf/completeness/cut-in-facility.irrdbu00"
    When the Zowe policy is evaluated
    Then the evidence for ZWE-EXPOSURE and "FACILITY BPX.DAEMON" says "cannot be trusted: "
    And the evidence for ZWE-EXPOSURE and "FACILITY BPX.DAEMON" says "may be cut short: the unload ends in class FACILITY (last record at line 9, 0500 of profile BPX.CONSOLE); the rest of class FACILITY"
    And the evidence for ZWE-EXPOSURE and "FACILITY BPX.DAEMON" says "the result from the records read was PASS"
    And the evidence for ZWE-EXPOSURE and "FACILITY BPX.SERVER" says "cannot be trusted: "
    And the evidence for ZWE-FAC-ZWESIS-GUARD and "FACILITY ZWES.IS" says "cannot be trusted: "
    And ZWE-CLASS-STARTED reports an error for STARTED
    And ZWE-APPL-OMVSAPPL passes for ZWESVUSR
    And ZWE-ID-PROTECTED passes for ZWESVUSR
    And ZWE-ID-ADMIN-GROUP passes for ZWEADMIN
    And the input "cut-in-facility.irrdbu00" has no problem

  Scenario: The unload was cut during the transfer, before its FACILITY class
    Given the input "src/test/resources/racf/completeness/cut-before-facility.irrdbu00"
    When the Zowe policy is evaluated
    Then the evidence for ZWE-EXPOSURE and "FACILITY BPX.DAEMON" says "cannot be trusted: "
    And the evidence for ZWE-EXPOSURE and "FACILITY BPX.DAEMON" says "the unload ends in class APPL (last record at line 8, 0500 of profile OMVSAPPL); the rest of class APPL and class BCICSPCT and later would follow: the file may be cut"
    And ZWE-APPL-OMVSAPPL reports an error for ZWESVUSR
    And ZWE-ID-PROTECTED passes for ZWESVUSR

  Scenario: The unload is not in IRRDBU00 order
    Given the input "src/test/resources/racf/completeness/sorted.irrdbu00"
    When the Zowe policy is evaluated
    Then ZWE-EXPOSURE fails for "FACILITY BPX.DAEMON"
    And ZWE-EXPOSURE passes for "FACILITY BPX.SERVER"
    And ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And ZWE-ID-PROTECTED passes for ZWESVUSR
    And no result is an error
    And the input "sorted.irrdbu00" has no problem
