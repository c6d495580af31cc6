package dev.esmscan.acf2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.acf2.db.Acf2Database;
import dev.esmscan.acf2.db.Acf2Record;
import dev.esmscan.acf2.db.RuleEntry;
import dev.esmscan.acf2.db.RuleSet;
import dev.esmscan.acf2.read.Acf2ListingReader;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader on the verbatim examples of the formats reference (src/test/resources/acf2/formats). */
class Acf2ListingReaderTest {
    private static final Path FORMATS = Path.of("src/test/resources/acf2/formats");
    private final Acf2ListingReader reader = new Acf2ListingReader();

    @TempDir
    Path tmp;

    private record Read(SecurityModel model, Acf2Database db, ReadStats stats) {
    }

    private Read read(Path file) throws Exception {
        assertTrue(reader.accepts(Files.readAllBytes(file)), file + " should be recognised");
        SecurityModel.Builder b = SecurityModel.builder();
        ReadStats stats = reader.read(file, b);
        SecurityModel m = b.build();
        return new Read(m, m.extension(Acf2Database.class).orElseThrow(), stats);
    }

    private Read read(String text) throws Exception {
        return read(Files.writeString(tmp.resolve("list.txt"), text));
    }

    @Test
    void gsoStcRecordEchoedAfterInsert() throws Exception {
        Read r = read(FORMATS.resolve("4.1-gso-stc-after-insert.txt"));
        Acf2Record stc = r.db().gso().get("STC.ZWESVSTC");
        assertEquals("ZWESVUSR", stc.field("LOGONID"));
        assertEquals("ZWEADMIN", stc.field("GROUP"));
        assertEquals("ZWESVSTC", stc.field("STCID"));
        assertEquals(0, r.stats().errors(), r.stats().problems().toString());
        assertEquals(1L, r.stats().skippedByType().get("message"), "the ACF60055 message is read past");
    }

    @Test
    void roleRecordsWithAndWithoutSysidAreRoles() throws Exception {
        Read r = read(FORMATS.resolve("4.2-role-records.txt"));
        assertEquals("USER001 USER008 USER009", r.db().roles().get("ROLE1").field("INCLUDE"));
        assertEquals("USER003 USER002 USER001 USER099", r.db().roles().get("SYS123").field("INCLUDE"));
        assertTrue(r.db().gso().isEmpty());
        assertTrue(r.model().connection("USER001", "ROLE1").isEmpty(), "no logonid USER001 is defined, so no connection");
        assertTrue(r.model().group("ROLE1").orElseThrow().isBaseRecordSeen());
    }

    @Test
    void rolesetDataSetRule() throws Exception {
        Read r = read(FORMATS.resolve("4.3-roleset-dataset-rule.txt"));
        RuleSet rule = r.db().datasetRules().get("SYS1");
        assertTrue(rule.isRoleset());
        assertEquals(3, rule.entries().size());
        RuleEntry last = rule.entries().get(2);
        assertEquals("P-.-", last.resource());
        assertEquals("ROLE3", last.role());
        assertEquals("A", last.conditions().get("READ"));
    }

    @Test
    void decompRuleWithTypeSysidAndMaskedUids() throws Exception {
        Read r = read(FORMATS.resolve("4.4-tbl-rule.txt"));
        RuleSet rule = r.db().resourceRule("TBL", "TEST");
        assertEquals("ABCT", rule.controls().get("SYSID"));
        assertEquals("******USER001", rule.entries().get(0).uid());
        assertEquals(Set.of("SELECT", "UPDATE"), rule.entries().get(1).services());
        Read opr = read(FORMATS.resolve("4.4-opr-rule.txt"));
        List<RuleEntry> entries = opr.db().resourceRule("OPR", "MVS").entries();
        assertEquals("PREVENT", entries.get(2).action());
        assertEquals("CANCEL.-", entries.get(2).resource());
    }

    @Test
    void zoweRuleSetsBecomeFacilityAndApplProfiles() throws Exception {
        Read r = read(FORMATS.resolve("4.5-zowe-rule-sets.txt"));
        assertEquals(4, r.db().resourceRules().size());
        assertEquals("ZWEADMIN", r.db().resourceRule("FAC", "BPX").entries().get(1).role());
        assertTrue(r.model().profiles("FACILITY").discrete("BPX.SERVER").isPresent());
        assertTrue(r.model().profiles("FACILITY").discrete("IRR.IDIDMAP.QUERY").isPresent());
        var omvsappl = r.model().profiles("APPL").discrete("OMVSAPPL").orElseThrow();
        assertEquals("ZWEADMIN", omvsappl.getAccessList().get(0).id());
    }

    @Test
    void acfrptrxSectionWithStoredByAfterTheKey() throws Exception {
        Read r = read(FORMATS.resolve("4.10-acfrptrx-section.txt"));
        RuleSet rule = r.db().resourceRule("PLN", "PAYPGM");
        assertEquals("01/19/05-10:58 BY: TLCSLL", rule.storedBy());
        assertEquals("SHS05", rule.controls().get("$UIDOWNER"));
        assertEquals("*", rule.entries().get(0).uid());
    }

    @Test
    void logonidListingMapsPrivilegesToTheNeutralUser() throws Exception {
        Read r = read(String.join("\n",
                "ACF", " SET LID", " LIST LIKE(ZWE-)",
                "ZWESVUSR ZOWE MAIN SERVER      UID(SYSZWESVUSR)",
                "   GROUP(ZWEADMIN) PREFIX(ZWESVUSR)",
                "   PRIVILEGES  STC NO-SMC",
                "",
                "ZWEADM1  ZOWE ADMIN",
                "   GROUP(SYSPROG)",
                "   PRIVILEGES  ACCOUNT NON-CNCL AUDIT RESTRICT",
                "   CANCEL/SUSPEND  SUSPEND",
                "END", ""));
        User stc = r.model().user("ZWESVUSR").orElseThrow();
        assertEquals("ZOWE MAIN SERVER", stc.getName());
        assertEquals("ZWEADMIN", stc.getDefaultGroup());
        assertTrue(stc.isProtectedUser());
        assertFalse(stc.isSpecial() || stc.isOperations() || stc.isAuditor() || stc.isRevokeFlag());
        assertEquals("SYSZWESVUSR", r.db().logonids().get("ZWESVUSR").field("UID"));
        assertTrue(r.model().connection("ZWESVUSR", "ZWEADMIN").isPresent());
        User adm = r.model().user("ZWEADM1").orElseThrow();
        assertTrue(adm.isSpecial() && adm.isOperations() && adm.isAuditor() && adm.isRestricted() && adm.isRevokeFlag());
        assertFalse(adm.isProtectedUser());
    }

    @Test
    void omvsProfilesWithoutSetAreToldByContentAndNoOmvsVoidsTheSegment() throws Exception {
        Read r = read(String.join("\n",
                "ZWESVUSR LAST CHANGED BY ACFADM ON 02/11/25-09:18",
                "                      HOME(/tmp) OMVSPGM(/bin/sh) UID(990010)",
                "ZWEADMIN LAST CHANGED BY ACFADM ON 02/11/25-09:16",
                "                      GID(990100)",
                "ACF", "SET LID", "LIST LIKE(-)",
                "NOUNIX   NO UNIX USER", "   PRIVILEGES  NO-OMVS",
                "SET PROFILE(USER) DIV(OMVS)", "LIST LIKE(-)",
                "NOUNIX LAST CHANGED BY ACFADM ON 02/11/25-09:18",
                "                      HOME(/u/nounix) UID(12)", ""));
        assertEquals(990010L, r.model().user("ZWESVUSR").orElseThrow().getOmvs().uid());
        assertEquals("/bin/sh", r.model().user("ZWESVUSR").orElseThrow().getOmvs().program());
        assertEquals(990100L, r.model().group("ZWEADMIN").orElseThrow().getGid());
        assertNull(r.model().user("NOUNIX").orElseThrow().getOmvs(), "NO-OMVS nullifies the profile record");
    }

    @Test
    void unreadableLinesAreCountedWithTheirLine() throws Exception {
        Read r = read(String.join("\n", "SET RESOURCE(FAC)", "LIST LIKE(-)", "$KEY(BPX)", " SERVER UID(ZWE ALLOW", ""));
        assertEquals(1, r.stats().errors());
        assertTrue(r.stats().problems().get(0).contains(":4: "), r.stats().problems().toString());
    }

    @Test
    void listingWithoutAnyRecordStops() throws Exception {
        Path file = Files.writeString(tmp.resolve("empty.txt"), "ACF\nSET LID\nLIST LIKE(XYZ-)\nACF0A005 RECORD(S) NOT FOUND\nEND\n");
        assertTrue(reader.accepts(Files.readAllBytes(file)));
        assertThrows(InputException.class, () -> reader.read(file, SecurityModel.builder()));
    }
}
