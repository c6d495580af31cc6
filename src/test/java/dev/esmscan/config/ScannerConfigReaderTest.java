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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScannerConfigReaderTest {
    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve("esmscan.yaml"), yaml);
    }

    @Test
    void takesEndUsersAndFeatureOverrides() throws IOException {
        SiteSettings.Builder b = SiteSettings.builder();
        ScannerConfigReader.apply(file("""
                # the site's end users
                zoweUsers:
                  - appdev
                  - JDOE
                features:
                  idt: on
                  zss: off
                  mfa: true
                """), b);
        SiteSettings s = b.build();
        assertEquals(List.of("APPDEV", "JDOE"), s.getZoweUsers());
        assertTrue(s.isOn(Feature.IDT));
        assertTrue(s.isOn(Feature.MFA));
        assertFalse(s.isOn(Feature.ZSS));
    }

    @Test
    void aSingleEndUserMayBeWrittenWithoutAList() throws IOException {
        SiteSettings.Builder b = SiteSettings.builder();
        ScannerConfigReader.apply(file("zoweUsers: IZUUSERS\n"), b);
        assertEquals(List.of("IZUUSERS"), b.build().getZoweUsers());
    }

    @Test
    void topSecretOwnerAndDepartment() throws IOException {
        SiteSettings.Builder b = SiteSettings.builder();
        ScannerConfigReader.apply(file("tssOwnerAcid: secadm\ntssDepartment: ZOWEDEPT\n"), b);
        assertEquals("SECADM", b.build().getTssOwnerAcid());
        assertEquals("ZOWEDEPT", b.build().getTssDepartment());
        assertEquals(null, SiteSettings.defaults().getTssOwnerAcid());
    }

    @Test
    void topSecretDefaultIdRangeIsOffUnlessSaid() throws IOException {
        SiteSettings.Builder b = SiteSettings.builder();
        ScannerConfigReader.apply(file("tssDefaultIdRange: true\n"), b);
        assertTrue(b.build().isTssDefaultIdRange());
        assertTrue(b.build().forEsm("ACF2").isTssDefaultIdRange());
        SiteSettings.Builder off = SiteSettings.builder();
        ScannerConfigReader.apply(file("tssDefaultIdRange: no\n"), off);
        assertFalse(off.build().isTssDefaultIdRange());
        assertFalse(SiteSettings.defaults().isTssDefaultIdRange());
    }

    @Test
    void anEmptyFileChangesNothing() throws IOException {
        SiteSettings.Builder b = SiteSettings.builder();
        ScannerConfigReader.apply(file("# nothing yet\n"), b);
        assertEquals(SiteSettings.defaults().features(), b.build().features());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            zoweUsers: [A]\\nfeature:\\n  idt: on                | 2 | unknown key 'feature' (known: zoweUsers, features, tssOwnerAcid, tssDepartment, tssDefaultIdRange)
            features:\\n  idt: on\\n  oidcc: off                | 3 | features: unknown feature 'oidcc'
            features:\\n  idt: maybe                            | 2 | features: idt: 'maybe' is neither on nor off
            features:\\n  idt: on\\n  idt: off                 | 3 | duplicate key 'idt'
            features: [idt]                                     | 1 | features: expected a mapping
            zoweUsers:\\n  - [A, B]                             | 2 | expected a user ID or group name
            zoweUsers: [A\\nfeatures: {}                        | 2 | malformed YAML
            - zoweUsers                                         | 1 | expected a mapping with the keys
            tssOwnerAcid: SECADMIN01                            | 1 | tssOwnerAcid: ACID is 10 characters long
            tssDepartment: ZOWEDEPT99                           | 1 | tssDepartment: ACID is 10 characters long
            tssDefaultIdRange: 1000-2000                        | 1 | tssDefaultIdRange: '1000-2000' is neither true nor false
            tssDefaultIdRange: [yes]                            | 1 | expected true or false
            """)
    void badConfigurationNamesTheLine(String yaml, int line, String message) throws IOException {
        Path f = file(yaml.replace("\\n", "\n"));
        InputException e = assertThrows(InputException.class, () -> ScannerConfigReader.apply(f, SiteSettings.builder()));
        assertTrue(e.getMessage().startsWith(f + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
