package dev.esmscan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * zowe.yaml is checked against the key names of Zowe's own schema (zowe-install-packaging
 * schemas/zowe-yaml-schema.json, Zowe 3.1.0) where esmscan reads it, so that a mistyped setting
 * stops the run with its line instead of leaving a name or a feature at its default.
 */
class ZoweYamlReaderTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("zowe.yaml"), yaml);
    }

    private SiteSettings read(String yaml) throws IOException {
        SiteSettings.Builder b = SiteSettings.builder();
        ZoweYamlReader.apply(write(yaml), b);
        return b.build();
    }

    private String error(String yaml) throws IOException {
        Path file = write(yaml);
        InputException e = assertThrows(InputException.class, () -> ZoweYamlReader.apply(file, SiteSettings.builder()));
        return e.getMessage().replace(file.toString(), "zowe.yaml");
    }

    @Test
    void readsTheNamesAndSwitchesAsBefore() throws IOException {
        SiteSettings s = read("""
                zowe:
                  setup:
                    dataset:
                      prefix: IBMUSER.ZWEV3
                      parmlibMembers:
                        zis: ZWESIP00
                    security:
                      product: TSS
                      users:
                        zowe: zowestc
                        zis: ZOWEZIS
                      groups:
                        admin: ZOWEADM
                        stc: ZOWESTCG
                        sysProg: SYSPROG
                      stcs:
                        zowe: ZOWE1SL
                        zis: ZOWE1SI
                        aux: ZOWE1SA
                  job:
                    name: ZWE1SV
                java:
                  home: /usr/lpp/java
                components:
                  zss:
                    enabled: false
                    port: 7557
                  app-server:
                    enabled: off
                  gateway:
                    enabled: TRUE
                    apiml:
                      security:
                        x509:
                          enabled: true
                  explorer-ui:
                    enabled: false
                """);
        assertEquals("ZOWESTC", s.getStcUser());
        assertEquals("ZOWEZIS", s.getZisUser());
        assertEquals("ZOWEADM", s.getAdminGroup());
        assertEquals("ZOWESTCG", s.getStcGroup());
        assertEquals(List.of("ZOWE1SL", "ZOWE1SI", "ZOWE1SA"), List.of(s.getZoweStc(), s.getZisStc(), s.getAuxStc()));
        assertEquals("TSS", s.getEsm());
        assertFalse(s.isOn(Feature.ZSS));
        assertFalse(s.isOn(Feature.DESKTOP));
        assertTrue(s.isOn(Feature.APIML));
        assertTrue(s.getNotices().isEmpty());
    }

    @Test
    void theBundledSitesZoweYamlsReadClean() {
        for (String esm : List.of("racf", "tss", "acf2")) {
            SiteSettings.Builder b = SiteSettings.builder();
            ZoweYamlReader.apply(Path.of("sample-exports", esm, "zowe.yaml"), b);
            assertTrue(b.build().getNotices().isEmpty(), esm);
        }
    }

    @Test
    void aMistypedParentIsNamedWithItsLineAndTheNearestKey() throws IOException {
        String message = error("""
                zowe:
                  setup:
                    securty:
                      users:
                        zowe: ZOWESTC
                """);
        assertTrue(message.startsWith("zowe.yaml:3: securty: did you mean security?"), message);
    }

    @Test
    void anUnknownKeyUnderSecurityOrDatasetIsAnErrorEvenWithoutANearOne() throws IOException {
        String users = error("zowe:\n  setup:\n    security:\n      users:\n        zowe: ZOWESTC\n        zos: ZOWEZIS\n");
        assertTrue(users.startsWith("zowe.yaml:6: zos: did you mean zis? not a key of zowe.setup.security.users"), users);
        String security = error("zowe:\n  setup:\n    security:\n      owner: SECADM\n");
        assertTrue(security.startsWith("zowe.yaml:4: owner: not a key of zowe.setup.security in Zowe's zowe.yaml schema (3.1.0),"
                + " which knows product, groups, users, stcs"), security);
        String dataset = error("zowe:\n  setup:\n    dataset:\n      prefix: IBMUSER.ZWEV3\n      authLoadLib: X.Y\n");
        assertTrue(dataset.startsWith("zowe.yaml:5: authLoadLib: did you mean authLoadlib?"), dataset);
    }

    @Test
    void nearMissesOfWhatEsmscanReadsAreErrorsWhereOtherKeysAreAllowed() throws IOException {
        assertTrue(error("componets:\n  zss:\n    enabled: false\n").startsWith("zowe.yaml:1: componets: did you mean components?"));
        assertTrue(error("zowe:\n  stup:\n    security: {}\n").startsWith("zowe.yaml:2: stup: did you mean setup?"));
        assertTrue(error("components:\n  zss:\n    enabeld: false\n").startsWith("zowe.yaml:3: enabeld: did you mean enabled?"));
        assertTrue(error("components:\n  zss:\n    Enabled: false\n").startsWith("zowe.yaml:3: Enabled: did you mean enabled?"));
        // keys esmscan does not read, and that are no near miss of one it reads, stay someone else's
        SiteSettings s = read("zowe:\n  setup:\n    mvs:\n      x: 1\n  launchScript:\n    logLevel: info\nextra: 1\n"
                + "components:\n  zss:\n    crossMemoryServerName: ZWESIS_STD\n");
        assertTrue(s.isOn(Feature.ZSS));
    }

    @Test
    void enabledMustBeABoolean() throws IOException {
        String ture = error("components:\n  app-server:\n    enabled: ture\n");
        assertEquals("zowe.yaml:3: components.app-server.enabled: 'ture' is not a boolean; write true or false (did you mean true?)", ture);
        String quoted = error("components:\n  zss:\n    enabled: \"false\"\n");
        assertTrue(quoted.startsWith("zowe.yaml:3: components.zss.enabled: 'false' is a quoted string, not a boolean"), quoted);
        // a component the scanner does not use is held to the schema too: its enabled is a boolean
        assertTrue(error("components:\n  explorer-ui:\n    enabled: 1\n").startsWith("zowe.yaml:3: components.explorer-ui.enabled"));
        assertTrue(error("components:\n  zss: false\n").startsWith("zowe.yaml:2: components.zss: expected a mapping"));
    }

    @Test
    void idsKeepTheZosNamingRule() throws IOException {
        String tooLong = error("zowe:\n  setup:\n    security:\n      users:\n        zowe: ZWESVUSR1\n");
        assertEquals("zowe.yaml:5: zowe.setup.security.users.zowe: 'ZWESVUSR1' is 9 characters long; a z/OS user ID or group"
                + " name is 1 to 8 characters of A-Z, 0-9, @, # or $, the first not a digit (the rule every ESM keeps)", tooLong);
        assertTrue(error("zowe:\n  setup:\n    security:\n      groups:\n        admin: ZWE-ADM\n")
                .startsWith("zowe.yaml:5: zowe.setup.security.groups.admin: 'ZWE-ADM' holds '-' at position 4"));
        assertTrue(error("zowe:\n  setup:\n    security:\n      groups:\n        sysProg: 1SYSPROG\n")
                .startsWith("zowe.yaml:5: zowe.setup.security.groups.sysProg: '1SYSPROG' starts with a digit"));
        assertTrue(error("zowe:\n  setup:\n    security:\n      stcs:\n        zis: ZWESISTC9\n")
                .contains("a started procedure name is 1 to 8 characters"));
        assertTrue(error("zowe:\n  setup:\n    security:\n      product: RCAF\n")
                .startsWith("zowe.yaml:4: zowe.setup.security.product: 'RCAF' is not one of RACF, ACF2, TSS (did you mean RACF?)"));
        assertTrue(error("zowe:\n  setup:\n    security:\n      users:\n        zowe: [A, B]\n")
                .startsWith("zowe.yaml:5: zowe.setup.security.users.zowe: expected a single value"));
    }

    @Test
    void aTemplateIsUsedOnlyWhenItResolvesFromTheSameFile() throws IOException {
        SiteSettings s = read("""
                zowe:
                  setup:
                    security:
                      groups:
                        admin: ZOWEADM
                        stc: ${{ zowe.setup.security.groups.admin }}
                      users:
                        zowe: ${{ zowe.environments.ZWE_STC_USER }}
                        zis: ${{ zos.getZisUser() }}
                      stcs:
                        zowe: ${{ zowe.job.prefix }}SL
                  job:
                    prefix: ZWE1
                """);
        assertEquals("ZOWEADM", s.getStcGroup());
        assertEquals("ZWE1SL", s.getZoweStc());
        assertEquals("ZWESVUSR", s.getStcUser(), "an unresolvable template is not used");
        assertEquals("ZWESIUSR", s.getZisUser());
        List<String> notices = s.getNotices().stream().map(n -> n.replace(dir.resolve("zowe.yaml").toString(), "zowe.yaml"))
                .sorted(java.util.Comparator.comparingInt(n -> Integer.parseInt(n.split(":")[1]))).toList();
        assertEquals(4, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("zowe.yaml:6: zowe.setup.security.groups.stc is the Zowe template"
                + " '${{ zowe.setup.security.groups.admin }}'; resolved from this file (zowe.setup.security.groups.admin at line 5) to ZOWEADM"),
                notices.get(0));
        assertTrue(notices.get(1).startsWith("zowe.yaml:8: zowe.setup.security.users.zowe is the Zowe template"
                + " '${{ zowe.environments.ZWE_STC_USER }}', which esmscan cannot evaluate offline"), notices.get(1));
        assertTrue(notices.get(1).contains("the Zowe default ZWESVUSR applies"), notices.get(1));
        assertTrue(notices.get(2).contains("'zos.getZisUser()' is an expression"), notices.get(2));
        assertTrue(notices.get(3).contains("to ZWE1SL"), notices.get(3));
    }

    @Test
    void aResolvedTemplateIsCheckedLikeAnyValueAndASelfReferenceIsNotResolved() throws IOException {
        String bad = error("zowe:\n  setup:\n    security:\n      users:\n        zis: LONGUSERID\n        zowe: ${{ zowe.setup.security.users.zis }}\n");
        assertTrue(bad.startsWith("zowe.yaml:6: zowe.setup.security.users.zowe: 'LONGUSERID' is 10 characters long"), bad);
        SiteSettings s = read("zowe:\n  setup:\n    security:\n      users:\n        zowe: ${{ zowe.setup.security.users.zowe }}\n");
        assertEquals("ZWESVUSR", s.getStcUser());
        assertTrue(s.getNotices().get(0).contains("refers back to itself"), s.getNotices().toString());
        SiteSettings on = read("components:\n  zss:\n    enabled: ${{ components.gateway.enabled }}\n  gateway:\n    enabled: false\n");
        assertFalse(on.isOn(Feature.ZSS));
    }

    @Test
    void duplicateKeysAndMalformedYamlStopWithTheirLine() throws IOException {
        assertTrue(error("zowe:\n  setup:\n    security:\n      users:\n        zowe: A\n        zowe: B\n")
                .startsWith("zowe.yaml:6: zowe.setup.security.users: duplicate key 'zowe'"));
        assertTrue(error("zowe:\n  setup: [\n").startsWith("zowe.yaml:3: malformed YAML"));
        assertTrue(error("- a\n- b\n").startsWith("zowe.yaml:1: expected a zowe.yaml mapping"));
    }

    @Test
    void emptyDocumentsAndEmptySectionsAreNoSettings() throws IOException {
        SiteSettings s = read("# nothing yet\n");
        assertEquals("ZWESVUSR", s.getStcUser());
        SiteSettings t = read("zowe:\n  setup:\n    security:\n      users:\n        zowe:\n");
        assertEquals("ZWESVUSR", t.getStcUser());
    }
}
