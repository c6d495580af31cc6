package dev.esmscan.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.racf.unload.UnloadRecordWriter;
import dev.esmscan.racf.unload.UnloadRecordWriter.FieldPosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleSiteTest {

    private static final Path SAMPLE = Path.of("sample-exports", "racf");

    private static List<Map<String, String>> records;

    @BeforeAll
    static void readCommittedUnload() throws IOException {
        records = new ArrayList<>();
        String text = Files.readString(SAMPLE.resolve("site.irrdbu00"), StandardCharsets.ISO_8859_1);
        for (String line : text.split("\n")) {
            Map<String, String> values = new LinkedHashMap<>();
            String type = line.substring(0, 4);
            values.put("TYPE", type);
            values.put("LENGTH", Integer.toString(line.length()));
            for (FieldPosition field : UnloadRecordWriter.layout(type).fields()) {
                values.put(field.name(), line.substring(field.start() - 1, field.end()).strip());
            }
            records.add(values);
        }
    }

    @Test
    void regeneratingTheSampleGivesTheCommittedBytes() throws IOException {
        byte[] committed = Files.readAllBytes(SAMPLE.resolve("site.irrdbu00"));
        assertArrayEquals(committed, SampleSiteGenerator.generate(),
                "sample-exports/racf/site.irrdbu00 is stale: run SampleSiteGenerator and commit the result");
    }

    @Test
    void isAMidSizeSiteOfFullLengthRecords() {
        assertEquals(318, count(r -> r.get("TYPE").equals("0200")));
        assertEquals(30, count(r -> r.get("TYPE").equals("0100")));
        assertTrue(count(r -> r.get("TYPE").equals("0270")) > 40, "most users have an OMVS segment");
        for (Map<String, String> r : records) {
            assertEquals(UnloadRecordWriter.layout(r.get("TYPE")).length(), Integer.parseInt(r.get("LENGTH")));
        }
    }

    @Test
    void putsRepeatRecordsBeforeTheirBaseRecordAsIrrdbu00Does() {
        List<String> order = records.stream()
                .filter(r -> r.get("TYPE").startsWith("01") && "ZWEADMIN".equals(firstNonNull(r, "GPBD_NAME",
                        "GPSGRP_NAME", "GPMEM_NAME", "GPOMVS_NAME")))
                .map(r -> r.get("TYPE")).toList();
        assertEquals(List.of("0102", "0102", "0102", "0100", "0120"), order);
        List<String> user = records.stream().filter(r -> "ZWESVUSR".equals(firstNonNull(r, "USBD_NAME",
                "USGCON_NAME", "USCON_NAME", "USOMVS_NAME", "USTSO_NAME"))).map(r -> r.get("TYPE")).toList();
        assertEquals(List.of("0203", "0205", "0200", "0270"), user);
    }

    @Test
    void zoweIdentitiesCarryTheDeliberateGap() {
        Map<String, String> server = one(r -> r.get("TYPE").equals("0200") && r.get("USBD_NAME").equals("ZWESVUSR"));
        assertEquals("PRO", server.get("USBD_NOPWD"));
        assertEquals("ZWEADMIN", server.get("USBD_DEFGRP_ID"));
        assertEquals("0000002001", one(r -> r.get("TYPE").equals("0270")
                && r.get("USOMVS_NAME").equals("ZWESVUSR")).get("USOMVS_UID"));
        assertEquals("PRO", one(r -> r.get("TYPE").equals("0200")
                && r.get("USBD_NAME").equals("ZWESIUSR")).get("USBD_NOPWD"));
        assertEquals(0, count(r -> r.get("TYPE").equals("0270") && r.get("USOMVS_NAME").equals("ZWESIUSR")));
        assertEquals("0000000360", one(r -> r.get("TYPE").equals("0120")
                && r.get("GPOMVS_NAME").equals("ZWEADMIN")).get("GPOMVS_GID"));
    }

    @Test
    void zoweFacilityProfilesCarryTheDeliberateMistakes() {
        Map<String, String> zis = profile("FACILITY", "ZWES.IS");
        assertEquals("YES", zis.get("GRBD_WARNING"));
        assertEquals("NONE", zis.get("GRBD_UACC"));
        assertEquals(List.of(), permits("FACILITY", "ZWES.IS"));
        assertEquals("READ", profile("FACILITY", "BPX.DAEMON").get("GRBD_UACC"));
        assertFalse(permits("FACILITY", "BPX.DAEMON").contains("ZWESVUSR=UPDATE"));
        assertTrue(permits("FACILITY", "BPX.SERVER").contains("ZWESVUSR=UPDATE"));
        assertTrue(permits("FACILITY", "BPX.JOBNAME").contains("ZWESVUSR=READ"));
        assertTrue(permits("FACILITY", "IRR.*").contains("*=READ"));
        assertEquals(0, count(r -> r.get("TYPE").equals("0500") && r.get("GRBD_CLASS_NAME").equals("FACILITY")
                && (r.get("GRBD_NAME").startsWith("IRR.R") || r.get("GRBD_NAME").startsWith("IRR.ID"))),
                "IRR.RUSERMAP, IRR.RAUDITX, IRR.RADMIN.LISTUSER and IRR.IDIDMAP.QUERY fall to IRR.*");
    }

    @Test
    void startedTasksUseTheOldZoweServerName() {
        assertEquals("ZWESVUSR", stdata("ZWESVSTC.*").get("GRST_USER_ID"));
        assertEquals("ZWESIUSR", stdata("ZWESISTC.*").get("GRST_USER_ID"));
        assertEquals("STCUSER", stdata("**").get("GRST_USER_ID"));
        assertEquals(0, count(r -> r.get("TYPE").equals("0540") && r.get("GRST_NAME").startsWith("ZWESL")));
        assertEquals(0, count(r -> r.get("TYPE").equals("0540") && r.get("GRST_NAME").startsWith("ZWESA")));
    }

    @Test
    void applAndIcsfProfilesMatchTheReadme() {
        assertEquals(List.of("IZUUSER=READ"), permits("APPL", "OMVSAPPL"));
        assertTrue(permits("CSFSERV", "CSFRNGL").contains("ZWESVUSR=READ"));
        assertEquals(List.of("CRYPTADM=READ"), permits("CSFSERV", "CSF*"));
        assertEquals(1, count(r -> r.get("TYPE").equals("0507")));
        assertEquals(1, count(r -> r.get("TYPE").equals("0200") && r.get("USBD_ATTRIBS").equals("RSTD")));
    }

    @Test
    void setroptsCaptureHasTheClassOptionsTheScanNeeds() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE.resolve("setropts.txt"), StandardCharsets.UTF_8);
        assertTrue(lines.stream().allMatch(l -> l.startsWith(" ")), "TSO capture: every line starts with a blank");
        String text = String.join("\n", lines);
        assertTrue(text.contains(" LIST OF GROUPS ACCESS CHECKING IS ACTIVE."));
        assertTrue(text.contains(" ENHANCED GENERIC NAMING IS IN EFFECT"));
        assertTrue(text.contains(" PASSWORD PROCESSING OPTIONS:"));
        assertFalse(text.contains("IDIDMAP"));
        String raclist = text.substring(text.indexOf("SETR RACLIST CLASSES"), text.indexOf("GLOBAL=YES"));
        for (String cls : List.of("FACILITY", "STARTED", "APPL", "CSFSERV")) {
            assertTrue(raclist.contains(" " + cls + " "), cls + " RACLISTed");
        }
    }

    private static String firstNonNull(Map<String, String> r, String... names) {
        for (String name : names) {
            if (r.get(name) != null) {
                return r.get(name);
            }
        }
        return null;
    }

    private static Map<String, String> profile(String cls, String name) {
        return one(r -> r.get("TYPE").equals("0500") && r.get("GRBD_CLASS_NAME").equals(cls)
                && r.get("GRBD_NAME").equals(name));
    }

    private static Map<String, String> stdata(String name) {
        return one(r -> r.get("TYPE").equals("0540") && r.get("GRST_NAME").equals(name));
    }

    private static List<String> permits(String cls, String name) {
        return records.stream().filter(r -> r.get("TYPE").equals("0505") && r.get("GRACC_CLASS_NAME").equals(cls)
                && r.get("GRACC_NAME").equals(name)).map(r -> r.get("GRACC_AUTH_ID") + "=" + r.get("GRACC_ACCESS"))
                .toList();
    }

    private static Map<String, String> one(Predicate<Map<String, String>> condition) {
        List<Map<String, String>> matches = records.stream().filter(condition).toList();
        assertEquals(1, matches.size(), "exactly one matching record");
        return matches.get(0);
    }

    private static long count(Predicate<Map<String, String>> condition) {
        return records.stream().filter(condition).count();
    }
}
