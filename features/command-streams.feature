Feature: RACF command streams as sites submit them
  A security administrator scans the commands of a batch job (its SYSTSIN) on top of the database
  they will run against, to see which requirements will pass once the job has run. Zowe's own
  jobs are meant to be submitted again when a step failed: what exists already is refused by RACF
  and changes nothing, so it must not make a result untrustworthy. Only what esmscan cannot model
  does, and only the results that read what it can change.

  Scenario: Submitting the complete setup again changes nothing, and every requirement still passes
    Given the input "src/test/resources/racf/streams/zowe-setup.racf"
    And the input "src/test/resources/racf/streams/zowe-setup-again.racf"
    When the Zowe policy is evaluated
    Then the input "zowe-setup-again.racf" has no problem
    And the input "zowe-setup-again.racf" has a notice at line 11 saying "SETROPTS LIST: lists, changes nothing"
    And the input "zowe-setup-again.racf" has a notice at line 20 saying "group ZWEADMIN is already defined"
    And the input "zowe-setup-again.racf" has a notice at line 25 saying "user ZWESVUSR is already defined"
    And the input "zowe-setup-again.racf" has a notice at line 42 saying "ICH10102I ZWESLSTC.* ALREADY DEFINED TO CLASS STARTED"
    And the input "zowe-setup-again.racf" has a notice at line 125 saying "PROFILE: TSO's own profile"
    And no result is an error
    And ZWE-ID-STC-USER passes for ZWESVUSR
    And ZWE-ID-ZIS-USER passes for ZWESIUSR
    And ZWE-STC-ZOWE passes for ZWESLSTC
    And ZWE-FAC-BPXDAEMON passes for ZWESVUSR
    And ZWE-FAC-ZWESIS passes for ZWESVUSR
    And ZWE-CLASS-FACILITY passes for FACILITY

  Scenario: The undo job after the setup takes the users and permits away again
    Given the input "src/test/resources/racf/streams/zowe-setup.racf"
    And the input "src/test/resources/racf/streams/zowe-undo.racf"
    When the Zowe policy is evaluated
    Then the input "zowe-undo.racf" has no problem
    And the input "zowe-undo.racf" has a notice at line 21 saying "ICH06004I SUPERUSER.FILESYS NOT DEFINED TO RACF"
    And no result is an error
    And ZWE-ID-STC-USER fails for ZWESVUSR
    And ZWE-ID-ZIS-USER fails for ZWESIUSR
    And ZWE-STC-ZOWE fails for ZWESLSTC
    And ZWE-FAC-BPXDAEMON fails for ZWESVUSR
    And ZWE-FAC-ZWESIS fails for ZWESVUSR
    And every fixable failure is fixed by the remediation

  Scenario: A stream whose first command is LISTDSD is a RACF command stream
    Given the input "src/test/resources/racf/streams/zowe-undo.racf"
    When the Zowe policy is evaluated
    Then the input "zowe-undo.racf" has a notice at line 1 saying "LISTDSD: lists, changes nothing"
    And the input "zowe-undo.racf" has a notice at line 2 saying "ICH06004I ZWE.*.** NOT DEFINED TO RACF"
    And the input "zowe-undo.racf" has no problem
    And ZWE-ID-STC-USER fails for ZWESVUSR

  Scenario: A comment without its end closes with its line, unless the line is continued
    # TSO/E: a /* without */ ends at the end of its line; a line ending in - or + continues it
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(AUTOUID HOME(/tmp) PROGRAM(/bin/sh))
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY IDIDMAP) RACLIST(FACILITY IDIDMAP)
      """
    And the input file "mapping.racf":
      """
      /* permit the main server to use distributed identity mapping      */
      /* service
        RDEFINE FACILITY IRR.IDIDMAP.QUERY UACC(NONE)
        PERMIT IRR.IDIDMAP.QUERY CLASS(FACILITY) ACCESS(READ) -
         ID(ZWESVUSR)
      /* permit the main server to cut SMF records -
        RDEFINE FACILITY IRR.RAUDITX UACC(NONE)
        PERMIT IRR.RAUDITX CLASS(FACILITY) ACCESS(READ) ID(ZWESVUSR)
      PROFILE
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-IDIDMAP passes for ZWESVUSR
    And the input "mapping.racf" has a notice at line 6 saying "comment from line 6 to line 7"
    And the input "mapping.racf" has a notice at line 6 saying "does not run them: RDEFINE FACILITY IRR.RAUDITX UACC(NONE)"
    And the input "mapping.racf" has a notice at line 8 saying "ICH06004I IRR.RAUDITX NOT DEFINED TO RACF"
    And the input "mapping.racf" has no problem
    And ZWE-FAC-RAUDITX fails for ZWESVUSR

  Scenario: Data set commands are applied to the data set profiles
    Given the input "src/test/resources/racf/streams/zowe-setup.racf"
    And the input file "datasets.racf":
      """
        LISTDSD PREFIX(ZWE) ALL
        ALTDSD 'ZWE.*.**' UACC(NONE)
        ADDSD 'ZWE.SZWEAUTH' UACC(NONE) NOSET
        PERMIT 'ZWE.SZWEAUTH' CLASS(DATASET) ACCESS(READ) ID(ZWESVUSR)
        DELDSD 'ZWE.SZWESAMP'
        ADDSD ZWE.SZWELOAD UACC(NONE)
      """
    When the Zowe policy is evaluated
    Then the input "datasets.racf" has a notice at line 1 saying "LISTDSD: lists, changes nothing"
    And the input "datasets.racf" has a notice at line 5 saying "ICH09020I ZWE.SZWESAMP NOT DEFINED TO RACF"
    And the input "datasets.racf" has a problem at line 6 saying "adds the TSO prefix"
    # that problem can change data set profiles only, which no requirement reads
    And no result is an error

  Scenario: A class the stream defines in the CDT can hold profiles
    Given the input "src/test/resources/racf/streams/zowe-setup.racf"
    And the input file "zowe-class.racf":
      """
        RDEFINE CDT ZWECLASS UACC(NONE) -
          CDTINFO(DEFAULTUACC(NONE) FIRST(ALPHA) OTHER(ALPHA,NUMERIC) -
          MAXLENGTH(246) POSIT(608))
        SETROPTS RACLIST(CDT) REFRESH
        SETROPTS CLASSACT(ZWECLASS)
        RDEFINE ZWECLASS APIML.SERVICES UACC(NONE)
        PERMIT APIML.SERVICES CLASS(ZWECLASS) ID(ZWESVUSR) ACCESS(READ)
      """
    When the Zowe policy is evaluated
    Then the input "zowe-class.racf" has no problem
    And no result is an error

  Scenario: A class no input defines is reported, and only results reading that class could suffer
    Given the input "src/test/resources/racf/streams/zowe-setup.racf"
    And the input file "other-class.racf":
      """
        RDEFINE ZWECLASS APIML.SERVICES UACC(NONE)
      """
    When the Zowe policy is evaluated
    Then the input "other-class.racf" has a problem at line 1 saying "class ZWECLASS is neither a class IBM supplies"
    And no result is an error

  Scenario: A command esmscan cannot model never lets a result that reads its class pass
    Given the input "src/test/resources/racf/streams/zowe-setup.racf"
    And the input file "vendor.racf":
      """
        RLIST FACILITY BPX.SERVER ALL
        VNDRPERM BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(NONE)
      """
    When the Zowe policy is evaluated
    Then the input "vendor.racf" has a problem at line 2 saying "unknown command VNDRPERM"
    And ZWE-FAC-BPXSERVER reports an error for ZWESVUSR
    And ZWE-FAC-BPXDAEMON reports an error for ZWESVUSR
    # a problem reaching the FACILITY class leaves the identity and started task checks alone
    And ZWE-ID-STC-USER passes for ZWESVUSR
    And ZWE-STC-ZOWE passes for ZWESLSTC

  Scenario: A stray operand on a PERMIT whose reply could only grant a named ID grants nothing
    # TSO rejects the operand 0 (IKJ56712I INVALID KEYWORD); with PROMPT it asks again (IKJ56703A)
    # and reads the next SYSTSIN line as the reply, with NOPROMPT the PERMIT ends and ID(ZWESVUSR)
    # is a command TSO cannot find (z/OS TSO/E Programming Services, "Prompt Message Processing").
    # The reply could only have given ZWESVUSR UPDATE, so the reading without it is the conservative one.
    Given the input "src/test/resources/racf/streams/zowe-setup-stray-operand.racf"
    When the Zowe policy is evaluated
    Then the input "zowe-setup-stray-operand.racf" has no problem
    And the input "zowe-setup-stray-operand.racf" has a notice at line 65 saying "IKJ56712I INVALID KEYWORD, 0"
    And the input "zowe-setup-stray-operand.racf" has a notice at line 65 saying "under PROMPT TSO would have read line 66 as the reply"
    And the input "zowe-setup-stray-operand.racf" has a notice at line 65 saying "would have granted ID(ZWESVUSR) ACCESS(UPDATE) on FACILITY BPX.DAEMON"
    And the input "zowe-setup-stray-operand.racf" has a notice at line 65 saying "the verdicts take the reading that grants nothing"
    And the input "zowe-setup-stray-operand.racf" has a notice at line 66 saying "IKJ56500I COMMAND ID NOT FOUND"
    And no result is an error
    And ZWE-FAC-BPXDAEMON fails for ZWESVUSR
    And the evidence for ZWE-FAC-BPXDAEMON and ZWESVUSR says "ZWESVUSR needs UPDATE to FACILITY BPX.DAEMON"
    And the evidence for ZWE-FAC-BPXDAEMON and ZWESVUSR says "no entry for ZWESVUSR"
    And the remediation contains "PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)"
    And ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And ZWE-FAC-ZWESIS passes for ZWESVUSR
    And ZWE-FAC-JOBNAME passes for ZWESVUSR
    And ZWE-CLASS-FACILITY passes for FACILITY
    And ZWE-ID-STC-USER passes for ZWESVUSR

  Scenario Outline: A stray operand on a PERMIT whose reply could do more than grant a named ID leaves its outcome to the job's prompting
    # with ID(*) the reply would open the profile to every user, with DELETE it would take access away
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(AUTOUID HOME(/tmp) PROGRAM(/bin/sh))
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY BPX.DAEMON UACC(NONE)
      PERMIT BPX.DAEMON CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)
      """
    And the input file "daemon.racf":
      """
        PERMIT BPX.DAEMON CLASS(FACILITY) <operand> 0
          ID(<id>)
      """
    When the Zowe policy is evaluated
    Then the input "daemon.racf" has a problem at line 1 saying "IKJ56712I INVALID KEYWORD, 0"
    And the input "daemon.racf" has a problem at line 1 saying "put PROFILE NOPROMPT (or PROMPT) before the commands"
    And ZWE-FAC-BPXDAEMON reports an error for ZWESVUSR
    And ZWE-CLASS-FACILITY reports an error for FACILITY
    And ZWE-ID-STC-USER passes for ZWESVUSR

    Examples:
      | operand        | id       |
      | ACCESS(UPDATE) | *        |
      | DELETE         | ZWESVUSR |

  Scenario: With NOPROMPT the PERMIT with a stray operand does not run
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(AUTOUID HOME(/tmp) PROGRAM(/bin/sh))
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY BPX.DAEMON UACC(NONE)
      """
    And the input file "daemon.racf":
      """
        PROFILE NOPROMPT
        PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(UPDATE) 0
          ID(ZWESVUSR)
      """
    When the Zowe policy is evaluated
    Then the input "daemon.racf" has no problem
    And the input "daemon.racf" has a notice at line 2 saying "TSO ends the command without running it"
    And the input "daemon.racf" has a notice at line 3 saying "IKJ56500I COMMAND ID NOT FOUND"
    And ZWE-FAC-BPXDAEMON fails for ZWESVUSR

  Scenario: With PROMPT the next line completes the PERMIT
    Given a RACF database built from these commands:
      """
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(AUTOUID HOME(/tmp) PROGRAM(/bin/sh))
      SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)
      RDEFINE FACILITY BPX.DAEMON UACC(NONE)
      """
    And the input file "daemon.racf":
      """
        PROFILE PROMPT
        PERMIT BPX.DAEMON CLASS(FACILITY) ACCESS(UPDATE) 0
          ID(ZWESVUSR)
      """
    When the Zowe policy is evaluated
    Then the input "daemon.racf" has no problem
    And ZWE-FAC-BPXDAEMON passes for ZWESVUSR
