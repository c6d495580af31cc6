Feature: ACF2 command streams as a site submits them
  Zowe's ACF2 security job is a SYSTSIN stream: the ACF line that starts ACF2's subcommand
  processor, ACF subcommands, ACF2's own comment lines (a * first), operator commands such as
  F ACF2,REBUILD(FAC), and no END. Zowe says the job is safe to run again: what already exists is
  refused by ACF2 and changes nothing. So a stream's refusals, listings and comments are notices;
  only what esmscan cannot model is a problem, and it taints only the results that could depend
  on the records it could have changed.

  Background:
    Given the input "src/test/resources/acf2/streams/site-with-zowe.txt"

  Scenario: The setup job run again on a database that already has it
    Given the input "src/test/resources/acf2/streams/zowe-setup.acf2"
    When the Zowe policy is evaluated
    Then no result is an error
    And the input "zowe-setup.acf2" has no problem
    And the input "zowe-setup.acf2" has a notice at line 1 saying "ACF: starts ACF2's subcommand processor"
    And the input "zowe-setup.acf2" has a notice at line 2 saying "ACF2 comment lines (*) from line 2 to line 6"
    And the input "zowe-setup.acf2" has a notice at line 8 saying "INSERT ZWEADMIN: the OMVS group profile record ZWEADMIN already exists; ACF2 refuses the INSERT"
    And the input "zowe-setup.acf2" has a notice at line 9 saying "F ACF2,REBUILD(GRP),CLASS(P): an operator command"
    And the input "zowe-setup.acf2" has a notice at line 14 saying "the logonid ZWESVUSR already exists"
    And the input "zowe-setup.acf2" has a notice at line 17 saying "the OMVS user profile record ZWESVUSR already exists"
    And the input "zowe-setup.acf2" has a notice at line 83 saying "LIST LIKE(-): reads without changing"
    And ZWE-ID-ADMIN-GROUP passes for ZWEADMIN
    And the evidence for ZWE-ID-ADMIN-GROUP and ZWEADMIN says "GID 2100"
    And ZWE-ID-STC-USER passes for ZWESVUSR
    And the evidence for ZWE-ID-STC-USER and ZWESVUSR says "OMVS UID 2101"
    And ZWE-ID-ZIS-USER passes for ZWESIUSR
    And ZWE-STC-ZOWE passes for ZWESLSTC
    And ZWE-STC-ZIS passes for ZWESISTC
    And ZWE-STC-AUX passes for ZWESASTC
    And ZWE-FAC-ZWESIS passes for ZWESVUSR
    And ZWE-FAC-BPXDAEMON passes for ZWESVUSR
    And ZWE-FAC-BPXSERVER passes for ZWESVUSR
    And ZWE-FAC-JOBNAME passes for ZWESVUSR
    And ZWE-FAC-RUSERMAP passes for ZWESVUSR
    And ZWE-FAC-IDIDMAP passes for ZWESVUSR
    And ZWE-FAC-RAUDITX passes for ZWESVUSR
    And ZWE-APPL-OMVSAPPL passes for ZWESVUSR

  Scenario: The undo job after the setup takes the identities and the permits away, and one job puts them back
    Given the input "src/test/resources/acf2/streams/zowe-setup.acf2"
    And the input "src/test/resources/acf2/streams/zowe-undo.acf2"
    When the Zowe policy is evaluated
    Then no result is an error
    And the input "zowe-undo.acf2" has no problem
    And the input "zowe-undo.acf2" has a notice at line 17 saying "LIST ZWESVUSR: reads without changing"
    And the input "zowe-undo.acf2" has a notice at line 43 saying "DELETE SUPERUSER.FILESYS: no rule set $KEY(SUPERUSER.FILESYS) TYPE(UNI); ACF0A005 RECORD(S) NOT FOUND"
    And ZWE-ID-STC-USER fails for ZWESVUSR
    And ZWE-ID-ZIS-USER fails for ZWESIUSR
    And ZWE-ID-ADMIN-GROUP fails for ZWEADMIN
    And ZWE-STC-ZOWE fails for ZWESLSTC
    And ZWE-STC-ZIS fails for ZWESISTC
    And ZWE-FAC-ZWESIS fails for ZWESVUSR
    And ZWE-FAC-BPXDAEMON fails for ZWESVUSR
    And ZWE-FAC-BPXSERVER fails for ZWESVUSR
    And ZWE-FAC-RUSERMAP fails for ZWESVUSR
    And ZWE-FAC-RAUDITX fails for ZWESVUSR
    And every fixable failure is fixed by the remediation
    And after applying the remediation ZWE-ID-STC-USER passes for ZWESVUSR
    And after applying the remediation ZWE-STC-ZOWE passes for ZWESLSTC
    And after applying the remediation ZWE-FAC-ZWESIS passes for ZWESVUSR
    And after applying the remediation ZWE-FAC-RAUDITX passes for ZWESVUSR

  Scenario: The undo job removes what the logonids had, even where a line still names them
    Rule lines and roles name UID strings, not logonids: the undo leaves the role ZWEADMIN and its
    INCLUDE list, but a logonid that does not exist cannot sign on, so nothing grants it access.
    Given the input "src/test/resources/acf2/streams/zowe-undo.acf2"
    And the input file "leftover-line.acf2":
      """
      ACF
      SET RESOURCE(FAC)
      RECKEY BPX ADD(DAEMON UID(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW)
      """
    When the Zowe policy is evaluated
    Then ZWE-FAC-BPXDAEMON fails for ZWESVUSR
    And the evidence for ZWE-FAC-BPXDAEMON and ZWESVUSR says "no logonid ZWESVUSR is defined"
    And the evidence for ZWE-FAC-BPXDAEMON and ZWESVUSR says "define ZWESVUSR first"

  Scenario: ACF2's comment lines and operator commands change nothing
    A comment line that ends in a continuation character takes the next line with it, as TSO
    joins the lines before ACF2 reads them: the INSERT on line 6 is part of the comment.
    Given the input file "second-lpar.acf2":
      """
      *  started tasks for the second LPAR
      *  (the ACF line follows this header)
      ACF
      SET CONTROL(GSO)
      *  the next line stays a comment -
      INSERT STC.ZWESLSTC LOGONID(ZWESIUSR) GROUP(ZWEADMIN) STCID(ZWESLSTC)
      F ACF2,REFRESH(STC)

      SET RESOURCE(FAC)
      F ACF2,REBUILD(FAC)
      END
      """
    When the Zowe policy is evaluated
    Then no result is an error
    And the input "second-lpar.acf2" has no problem
    And the input "second-lpar.acf2" has a notice at line 1 saying "ACF2 comment lines (*) from line 1 to line 2"
    And the input "second-lpar.acf2" has a notice at line 5 saying "ACF2 comment lines (*) from line 5 to line 6"
    And the input "second-lpar.acf2" has a notice at line 7 saying "F ACF2,REFRESH(STC): an operator command"
    And the input "second-lpar.acf2" has a notice at line 10 saying "F ACF2,REBUILD(FAC): an operator command"
    And the input "second-lpar.acf2" has a notice at line 11 saying "END: ends the ACF subcommands"
    And ZWE-STC-ZOWE passes for ZWESLSTC
    And the evidence for ZWE-STC-ZOWE and ZWESLSTC says "assigns user ZWESVUSR"

  Scenario: A FAC rule esmscan cannot read leaves the identity checks alone but lets no FACILITY result pass
    Given the input file "rules-from-library.acf2":
      """
      ACF
      SET RESOURCE(FAC)
      COMPILE 'SYS9.ACF2.RULES(BPX)' STORE
      F ACF2,REBUILD(FAC)
      """
    When the Zowe policy is evaluated
    Then the input "rules-from-library.acf2" has a problem at line 3 saying "esmscan cannot read it"
    And ZWE-ID-STC-USER passes for ZWESVUSR
    And ZWE-ID-ADMIN-GROUP passes for ZWEADMIN
    And ZWE-STC-ZOWE passes for ZWESLSTC
    And ZWE-APPL-OMVSAPPL passes for ZWESVUSR
    And ZWE-FAC-BPXDAEMON reports an error for ZWESVUSR
    And ZWE-FAC-ZWESIS reports an error for ZWESVUSR
    And ZWE-FAC-RUSERMAP reports an error for ZWESVUSR
