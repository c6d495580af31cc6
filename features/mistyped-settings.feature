Feature: A mistyped setting is named, never silently replaced by a default
  A typo in zowe.yaml, in a waivers file or on the command line would otherwise leave a name or a
  feature at its default, waive nothing, or answer "not protected" for a class that does not
  exist, and a result could pass that should not. Each one stops the run with exit code 12, naming
  the file and line (or the option) and the nearest name esmscan knows, or is answered the way the
  ESM reads it, saying so.

  Background:
    Given the file "site.racf":
      """
      SETROPTS CLASSACT(FACILITY) GENERIC(FACILITY) RACLIST(FACILITY)
      ADDGROUP ZWEADMIN OMVS(AUTOGID)
      ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      RDEFINE FACILITY BPX.SERVER UACC(NONE)
      PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)
      """

  Scenario: A misspelt section of zowe.yaml names its line and the section meant
    Given the file "zowe.yaml":
      """
      zowe:
        setup:
          securty:
            users:
              zowe: ZOWESTC
      """
    When esmscan runs "scan site.racf --zowe-yaml zowe.yaml"
    Then it stops with exit code 12 saying "zowe.yaml:3: securty: did you mean security?"

  Scenario: A component switch that is not true or false names its line
    Given the file "zowe.yaml":
      """
      components:
        app-server:
          enabled: ture
      """
    When esmscan runs "scan site.racf --zowe-yaml zowe.yaml"
    Then it stops with exit code 12 saying "zowe.yaml:3: components.app-server.enabled: 'ture' is not a boolean; write true or false (did you mean true?)"

  Scenario: A user ID no ESM would accept names its line and the rule
    Given the file "zowe.yaml":
      """
      zowe:
        setup:
          security:
            users:
              zowe: ZOWE_STC
      """
    When esmscan runs "scan site.racf --zowe-yaml zowe.yaml"
    Then it stops with exit code 12 saying "zowe.yaml:5: zowe.setup.security.users.zowe: 'ZOWE_STC' holds '_' at position 5; a z/OS user ID or group name is 1 to 8 characters of A-Z, 0-9, @, # or $, the first not a digit"

  Scenario: A waiver for a requirement that does not exist names its line and the nearest requirement
    Given the file "waivers.yaml":
      """
      - id: ZWE-FAC-JOBNAM
        subject: ZWESVUSR
        justification: Job names are set by the scheduler until change CHG0042
        approved_by: J. Smith, CISO
        expires: 2099-12-31
      """
    When esmscan runs "scan site.racf --waivers waivers.yaml"
    Then it stops with exit code 12 saying "waivers.yaml:1: id 'ZWE-FAC-JOBNAM' is not a requirement of the catalogue: did you mean ZWE-FAC-JOBNAME?"

  Scenario: A class name the ESM does not know is an error naming the nearest class, not "not protected"
    When esmscan runs "access site.racf --id ZWESVUSR --class FACILTY --resource BPX.SERVER"
    Then it stops with exit code 12 saying "--class FACILTY: RACF knows no class FACILTY and the input holds nothing of it: did you mean FACILITY?"

  Scenario: A FACILITY name typed in lower case is decided as RACF folds it, and the answer says so
    When esmscan runs "access site.racf --id ZWESVUSR --class FACILITY --resource bpx.server --level UPDATE"
    Then it answers with exit code 0
    And the answer says "ZWESVUSR UPDATE FACILITY BPX.SERVER: GRANTED (has UPDATE via user)"
    And the answer says "note: RACF folds FACILITY profile names to upper case (IBM-supplied class descriptor table entry, CASE(UPPER)): bpx.server is decided as BPX.SERVER"

  Scenario: A waiver whose subject is misspelt is reported with the subject meant
    Given the file "waivers.yaml":
      """
      - id: ZWE-FAC-BPXSERVER
        subject: ZWESVUSER
        justification: BPX.SERVER is granted by the change CHG0042
        approved_by: J. Smith, CISO
        expires: 2099-12-31
      """
    When esmscan runs "scan site.racf --waivers waivers.yaml"
    Then it completes
    And the answer says "unused waiver: ZWE-FAC-BPXSERVER ZWESVUSER (line 1, approved by J. Smith, CISO, expires 2099-12-31): subject ZWESVUSER matches none of the 1 subject ZWE-FAC-BPXSERVER evaluated in this scan (ZWESVUSR); did you mean ZWESVUSR?"

  Scenario: A site whose Zowe identities have other names is told so before any result, and before any job
    Given the file "other.racf":
      """
      ADDGROUP STCGRP OMVS(AUTOGID)
      ADDUSER OTHERSTC NOPASSWORD DFLTGRP(STCGRP) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      """
    When esmscan runs "scan other.racf"
    Then it completes
    And the answer says "WARNING: none of the site's Zowe identities is in the extracts (no STC user ZWESVUSR, no ZIS user ZWESIUSR, no admin group ZWEADMIN): the names are probably different at this site. Give the site's zowe.yaml with --zowe-yaml, or correct zowe.setup.security in it"
    When esmscan runs "remediate other.racf"
    Then it completes
    And the answer says "WARNING: none of the site's Zowe identities is in the extracts"
    And the written file "remediate.jcl" says "//* WARNING: none of the site's Zowe identities is in the extracts (no"

  Scenario: Naming the site's identities in zowe.yaml ends the warning
    Given the file "other.racf":
      """
      ADDGROUP STCGRP OMVS(AUTOGID)
      ADDUSER OTHERSTC NOPASSWORD DFLTGRP(STCGRP) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)
      """
    And the file "zowe.yaml":
      """
      zowe:
        setup:
          security:
            users:
              zowe: OTHERSTC
            groups:
              admin: STCGRP
              stc: STCGRP
      """
    When esmscan runs "scan other.racf --zowe-yaml zowe.yaml"
    Then it completes
    And the answer does not say "Zowe identities"
