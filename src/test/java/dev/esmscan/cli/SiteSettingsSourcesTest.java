package dev.esmscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site settings come from zowe.yaml, then esmscan.yaml, then flags: each later source wins. */
class SiteSettingsSourcesTest {
    @TempDir
    Path dir;

    private Path site() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("commands.racf"), "ADDGROUP ZWEADMIN OMVS(AUTOGID)\nADDUSER APPDEV1 DFLTGRP(ZWEADMIN)\n");
        Files.writeString(site.resolve("zowe.yaml"), """
                zowe:
                  setup:
                    security:
                      users:
                        zowe: ZOWESTC
                components:
                  zss:
                    enabled: false
                  app-server:
                    enabled: false
                """);
        return site;
    }

    private JsonNode settings(String... args) throws IOException {
        Path out = dir.resolve("out");
        String[] all = new String[args.length + 4];
        all[0] = "scan";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--format=json";
        all[args.length + 2] = "--out";
        all[args.length + 3] = out.toString();
        CliRunner r = CliRunner.run(all);
        assertTrue(r.exitCode() < 12, r.err());
        return new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("settings");
    }

    @Test
    void aFoldersEsmscanYamlOverridesItsZoweYaml() throws IOException {
        Path site = site();
        Files.writeString(site.resolve("esmscan.yaml"), "zoweUsers: [appdev1]\nfeatures:\n  zss: on\n");
        JsonNode s = settings(site.toString());
        assertEquals("ZOWESTC", s.get("users").get("zowe").asText());
        assertEquals("[\"APPDEV1\"]", s.get("zoweUsers").toString());
        assertTrue(s.get("features").get("zss").asBoolean());
        assertEquals(false, s.get("features").get("desktop").asBoolean());
    }

    @Test
    void flagsOverrideTheConfigGivenWithConfig() throws IOException {
        Path site = site();
        Path config = Files.writeString(dir.resolve("other.yaml"), "zoweUsers: [APPDEV1]\nfeatures:\n  zss: on\n  idt: on\n");
        JsonNode s = settings(site.toString(), "--config", config.toString(), "--feature", "zss=off", "--zowe-users", "ZWEADMIN");
        assertEquals(false, s.get("features").get("zss").asBoolean());
        assertTrue(s.get("features").get("idt").asBoolean());
        assertEquals("[\"ZWEADMIN\"]", s.get("zoweUsers").toString());
    }

    @Test
    void anUnknownConfigKeyStopsTheRunWithItsLine() throws IOException {
        Path site = site();
        Path config = Files.writeString(dir.resolve("bad.yaml"), "zoweUsers: [APPDEV1]\nfeaturez:\n  zss: on\n");
        CliRunner r = CliRunner.run("scan", site.toString(), "--config", config.toString(), "--out", dir.resolve("out").toString());
        assertEquals(12, r.exitCode());
        assertTrue(r.err().contains(config + ":2: unknown key 'featurez'"), r.err());
        assertTrue(Files.notExists(dir.resolve("out").resolve("report.json")));
    }
}
