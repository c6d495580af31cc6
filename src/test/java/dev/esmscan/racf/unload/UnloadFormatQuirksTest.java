package dev.esmscan.racf.unload;

import static dev.esmscan.racf.unload.RecordLayouts.DATASET_ACCESS;
import static dev.esmscan.racf.unload.RecordLayouts.GENERAL_ACCESS;
import static dev.esmscan.racf.unload.RecordLayouts.GENERAL_BASIC;
import static dev.esmscan.racf.unload.RecordLayouts.GROUP_OMVS;
import static dev.esmscan.racf.unload.RecordLayouts.USER_BASIC;
import static dev.esmscan.racf.unload.RecordLayouts.USER_CONNECT_DATA;
import static dev.esmscan.racf.unload.RecordLayouts.USER_OMVS;
import static dev.esmscan.racf.unload.UnloadTestFiles.lines;
import static dev.esmscan.racf.unload.UnloadTestFiles.readText;
import static dev.esmscan.racf.unload.UnloadTestFiles.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.InputException;
import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.Group;
import dev.esmscan.model.ModelDump;
import dev.esmscan.model.User;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The format quirks of real unloads, each shown with a few self-describing records. */
class UnloadFormatQuirksTest {
    private static final String ALICE = record(USER_BASIC, "USBD_NAME", "ALICE", "USBD_OWNER_ID", "SYS1",
            "USBD_SPECIAL", "YES", "USBD_OPER", "NO", "USBD_REVOKE", "NO", "USBD_PROGRAMMER", "ALICE SMITH",
            "USBD_DEFGRP_ID", "SYS1", "USBD_INSTALL_DATA", "FIRST LINE  SECOND", "USBD_AUDITOR", "NO", "USBD_NOPWD", "NO",
            "USBD_REVOKE_DATE", "2030-01-31", "USBD_ATTRIBS", "RSTD", "USBD_MFA_FALLBACK", "NO");

    @TempDir
    Path dir;

    @Test
    void crlfLineEndsGiveTheSameModelAsLf() {
        String lf = String.join("\n", UnloadTestFiles.realLines()) + "\n";
        String crlf = lf.replace("\n", "\r\n");
        assertSameModel(readText(dir, lf), readText(dir, crlf));
    }

    @Test
    void rightTrimmedLinesGiveTheSameModelAsPaddedLines() {
        List<String> trimmed = UnloadTestFiles.realLines().stream().map(String::stripTrailing).toList();
        assertNotEquals(UnloadTestFiles.realLines(), trimmed);
        assertSameModel(readText(dir, lines(UnloadTestFiles.realLines().toArray(String[]::new))),
                readText(dir, lines(trimmed.toArray(String[]::new))));
    }

    /** Members keep their relative order (it matters for RACFVARS); everything else is shuffled. */
    @Test
    void shuffledRecordOrderGivesTheSameModel() {
        List<String> original = UnloadTestFiles.realLines();
        List<String> shuffled = new ArrayList<>(original);
        Collections.shuffle(shuffled, new Random(20211018));
        List<String> members = original.stream().filter(l -> l.startsWith("0503 ")).toList();
        int next = 0;
        for (int i = 0; i < shuffled.size(); i++) {
            if (shuffled.get(i).startsWith("0503 ")) {
                shuffled.set(i, members.get(next++));
            }
        }
        assertNotEquals(original, shuffled);
        UnloadTestFiles.Read read = readText(dir, lines(shuffled.toArray(String[]::new)));
        UnloadTestFiles.Read inOrder = readText(dir, lines(original.toArray(String[]::new)));
        assertSameModel(inOrder, read);
        assertTrue(read.model().user("IBMUSER").orElseThrow().isBaseRecordSeen());
        assertEquals(List.of(), inOrder.stats().caveats());
        assertEquals(1, read.stats().caveats().size(), "the same model, and the caveat that a cut cannot be told");
        assertTrue(read.stats().caveats().get(0).startsWith("the records are not in the order IRRDBU00 writes them"));
    }

    @Test
    void aBaseRecordAfterItsSubRecordsStillFillsTheSameIdentity() {
        String omvs = record(USER_OMVS, "USOMVS_NAME", "ALICE", "USOMVS_UID", "0000000042", "USOMVS_HOME_PATH", "/u/alice");
        User before = readText(dir, lines(omvs)).model().user("ALICE").orElseThrow();
        assertFalse(before.isBaseRecordSeen(), "only a segment named ALICE");
        User after = readText(dir, lines(omvs, ALICE)).model().user("ALICE").orElseThrow();
        assertTrue(after.isBaseRecordSeen());
        assertEquals(42L, after.getOmvs().uid());
        assertEquals("SYS1", after.getDefaultGroup());
    }

    @Test
    void fieldsOfAUserRecordAreRead() {
        UnloadTestFiles.Read read = readText(dir, lines(ALICE));
        User alice = read.model().user("ALICE").orElseThrow();
        assertEquals("ALICE SMITH", alice.getName());
        assertEquals("FIRST LINE  SECOND", alice.getInstallationData(), "inner blanks are kept");
        assertTrue(alice.isSpecial());
        assertFalse(alice.isOperations());
        assertTrue(alice.isRestricted());
        assertFalse(alice.isProtectedUser());
        assertEquals(LocalDate.of(2030, 1, 31), alice.getRevokeDate());
        assertNull(alice.getResumeDate());
        assertEquals(0, read.readErrors());
    }

    @ParameterizedTest(name = "NOPWD {0}, PHR_ALG {1}: protected {2}, phrase {3}")
    @CsvSource({"PRO, NOPHRASE, true, false", "PHR, KDFAES, false, true", "NO, LEGACY, false, true", "NO, NOPHRASE, false, false",
            "PHR, '', false, true"})
    void aProtectedUserHasNeitherPasswordNorPhrase(String noPassword, String phraseAlgorithm, boolean isProtected, boolean phrase) {
        String bob = record(USER_BASIC, "USBD_NAME", "BOB", "USBD_DEFGRP_ID", "SYS1", "USBD_NOPWD", noPassword,
                "USBD_PHR_ALG", phraseAlgorithm);
        User read = readText(dir, lines(bob)).model().user("BOB").orElseThrow();
        assertEquals(isProtected, read.isProtectedUser());
        assertEquals(phrase, read.hasPasswordPhrase());
    }

    @Test
    void aShortLineLeavesTheFieldsPastItsEndAbsent() {
        String cut = ALICE.substring(0, USER_BASIC.field("USBD_DEFGRP_ID").end());
        UnloadTestFiles.Read read = readText(dir, lines(cut));
        User alice = read.model().user("ALICE").orElseThrow();
        assertEquals("SYS1", alice.getDefaultGroup());
        assertTrue(alice.isSpecial());
        assertNull(alice.getInstallationData());
        assertNull(alice.getRevokeDate());
        assertFalse(alice.isRestricted());
        assertEquals(0, read.readErrors());
        assertEquals(1, read.stats().records());
    }

    @Test
    void aFieldCutInTheMiddleKeepsWhatIsThere() {
        String cut = ALICE.substring(0, USER_BASIC.field("USBD_PROGRAMMER").start() + 4);
        assertEquals("ALICE", readText(dir, lines(cut)).model().user("ALICE").orElseThrow().getName());
    }

    @Test
    void bytesPastTheLastKnownFieldAreIgnored() {
        String connect = record(USER_CONNECT_DATA, "USCON_NAME", "ALICE", "USCON_GRP_ID", "SYS1", "USCON_GRP_SPECIAL", "YES");
        UnloadTestFiles.Read read = readText(dir, lines(connect + " SOME FUTURE FIELD YES 2099-99-99"));
        assertTrue(read.model().connection("ALICE", "SYS1").orElseThrow().isGroupSpecial());
        assertEquals(0, read.readErrors());
    }

    @Test
    void unknownAndUnusedRecordTypesAreCountedPerTypeAndSkipped() {
        UnloadTestFiles.Read read = readText(dir, lines(
                ALICE,
                "0220 ALICE    PROC1",
                "0220 BOB      PROC1",
                "09Z9 A RECORD TYPE OF A LATER RELEASE",
                "05C1 ANOTHER"));
        assertEquals(Map.of("0220", 2L, "09Z9", 1L, "05C1", 1L), read.stats().skippedByType());
        assertEquals(5, read.stats().records());
        assertEquals(4, read.stats().skipped());
        assertEquals(0, read.readErrors());
        assertEquals(1, read.model().users().size());
    }

    @ParameterizedTest(name = "SPECIAL {0}, OPERATIONS {1}")
    @CsvSource({"yes,no", "Yes,No", "YES,NO", "no,yes"})
    void yesAndNoAreComparedIgnoringCase(String special, String operations) {
        String user = record(USER_BASIC, "USBD_NAME", "BOB", "USBD_SPECIAL", special, "USBD_OPER", operations);
        UnloadTestFiles.Read read = readText(dir, lines(user));
        User bob = read.model().user("BOB").orElseThrow();
        assertEquals(special.equalsIgnoreCase("yes"), bob.isSpecial());
        assertEquals(operations.equalsIgnoreCase("yes"), bob.isOperations());
        assertEquals(0, read.readErrors());
    }

    @Test
    void aFlagThatIsNeitherYesNorNoIsAnErrorAndTakenAsNo() {
        String user = record(USER_BASIC, "USBD_NAME", "BOB", "USBD_SPECIAL", "X80");
        UnloadTestFiles.Read read = readText(dir, lines(user));
        assertFalse(read.model().user("BOB").orElseThrow().isSpecial());
        assertEquals(1, read.readErrors());
        assertTrue(read.readProblems().get(0).contains(":1: USBD_SPECIAL 'X80'"), read.readProblems().get(0));
    }

    @Test
    void mfaFallbackFillsColumns639To642() {
        Field mfa = USER_BASIC.field("USBD_MFA_FALLBACK");
        assertEquals(639, mfa.start());
        assertEquals(642, mfa.end());
        String realUser = UnloadTestFiles.realLines().stream().filter(l -> l.startsWith("0200 IBMUSER ")).findFirst().orElseThrow();
        assertEquals(642, realUser.length());
        FixedColumnRecord r = new FixedColumnRecord();
        byte[] bytes = (realUser.substring(0, 638) + "YES " + " 00030").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        r.reset(bytes, 0, bytes.length);
        assertEquals("YES", r.text(mfa));
        assertEquals("00030", r.text(USER_BASIC.field("USBD_PHR_INTERVAL")));
    }

    @Test
    void anUnparseableDateIsAnErrorWithItsLineAndTheRecordIsStillTaken() {
        String user = record(USER_BASIC, "USBD_NAME", "BOB", "USBD_SPECIAL", "YES", "USBD_REVOKE_DATE", "2021-02-30");
        UnloadTestFiles.Read read = readText(dir, lines(ALICE, user));
        User bob = read.model().user("BOB").orElseThrow();
        assertNull(bob.getRevokeDate());
        assertTrue(bob.isSpecial());
        assertTrue(bob.isBaseRecordSeen());
        assertEquals(1, read.readErrors());
        assertEquals(2, read.stats().records());
        assertTrue(read.readProblems().get(0).endsWith(":2: USBD_REVOKE_DATE '2021-02-30' is not a date (yyyy-mm-dd); left empty"),
                read.readProblems().get(0));
    }

    @Test
    void aLineWithoutARecordTypeIsReportedWithItsLineNumberAndTheRestIsRead() {
        String bob = record(USER_BASIC, "USBD_NAME", "BOB");
        UnloadTestFiles.Read read = readText(dir, lines(ALICE, "", "0200IBMUSER  garbled", "garbage line", bob));
        assertEquals(2, read.readErrors());
        assertEquals(2, read.stats().records());
        List<String> problems = read.readProblems();
        assertTrue(problems.get(0).contains("test.irrdbu00:3: no record type"), problems.get(0));
        assertTrue(problems.get(1).contains("test.irrdbu00:4: no record type"), problems.get(1));
        assertTrue(read.model().user("BOB").isPresent());
    }

    @Test
    void aRecordWithoutItsKeyIsAnErrorAndNotUsed() {
        String keyless = record(USER_BASIC, "USBD_SPECIAL", "YES");
        UnloadTestFiles.Read read = readText(dir, lines(keyless, ALICE));
        assertEquals(1, read.readErrors());
        assertEquals(1, read.stats().records());
        assertTrue(read.readProblems().get(0).contains(":1: USBD_NAME is blank or missing"), read.readProblems().get(0));
        assertEquals(List.of("ALICE"), read.model().users().stream().map(User::getId).toList());
    }

    @Test
    void aFileThatIsNotAnUnloadThrowsNamingTheFileAndLine() {
        InputException e = assertThrows(InputException.class,
                () -> readText(dir, lines("ACCESSORID = ZWESVUSR  NAME = ZOWE SERVER", ALICE)));
        assertTrue(e.getMessage().contains("test.irrdbu00:1: not an IRRDBU00 unload"), e.getMessage());
    }

    @Test
    void aFileThatLooksLikeOneLetterTypeWordsIsNoUnloadEither() {
        InputException e = assertThrows(InputException.class, () -> readText(dir, lines("LIST LIKE(-)")));
        assertTrue(e.getMessage().contains(":1: "), e.getMessage());
    }

    @Test
    void anEmptyFileThrows() {
        InputException e = assertThrows(InputException.class, () -> readText(dir, "\n\n"));
        assertTrue(e.getMessage().contains("test.irrdbu00") && e.getMessage().contains("no records"), e.getMessage());
    }

    @Test
    void aGroupOmvsRecordWithoutGidIsASegmentWithoutGid() {
        UnloadTestFiles.Read read = readText(dir, lines(
                record(GROUP_OMVS, "GPOMVS_NAME", "NOGID"),
                record(GROUP_OMVS, "GPOMVS_NAME", "WITHGID", "GPOMVS_GID", "0000990001")));
        Group noGid = read.model().group("NOGID").orElseThrow();
        assertTrue(noGid.hasOmvsSegment());
        assertNull(noGid.getGid());
        assertFalse(noGid.isBaseRecordSeen());
        assertEquals(990001L, read.model().group("WITHGID").orElseThrow().getGid());
    }

    @Test
    void idStarAndDigitalCertificateTrustValues() {
        UnloadTestFiles.Read read = readText(dir, lines(
                record(GENERAL_BASIC, "GRBD_NAME", "ZWES.IS", "GRBD_CLASS_NAME", "FACILITY", "GRBD_GENERIC", "NO", "GRBD_UACC", "NONE"),
                record(GENERAL_ACCESS, "GRACC_NAME", "ZWES.IS", "GRACC_CLASS_NAME", "FACILITY", "GRACC_AUTH_ID", "*", "GRACC_ACCESS", "READ"),
                record(GENERAL_BASIC, "GRBD_NAME", "01.CN=CA", "GRBD_CLASS_NAME", "DIGTCERT", "GRBD_UACC", "HIGHTRST"),
                record(GENERAL_ACCESS, "GRACC_NAME", "01.CN=CA", "GRACC_CLASS_NAME", "DIGTCERT", "GRACC_AUTH_ID", "IBMUSER", "GRACC_ACCESS", "TRUST")));
        AccessEntry star = read.model().profiles("FACILITY").discrete("ZWES.IS").orElseThrow().entryFor("*");
        assertTrue(star.isEveryone());
        assertEquals(AccessLevel.READ, star.level());
        var cert = read.model().profiles("DIGTCERT").discrete("01.CN=CA").orElseThrow();
        assertNull(cert.getUniversalAccess());
        assertEquals("HIGHTRST", cert.getRawUniversalAccess());
        assertTrue(cert.getAccessList().isEmpty());
        assertEquals(0, read.readErrors());
    }

    @Test
    void anAccessValueThatIsNoLevelIsAnErrorAndTheEntryIsLeftOut() {
        UnloadTestFiles.Read read = readText(dir, lines(
                record(DATASET_ACCESS, "DSACC_NAME", "SYS1.**", "DSACC_AUTH_ID", "BOB", "DSACC_ACCESS", "X80"),
                record(DATASET_ACCESS, "DSACC_NAME", "SYS1.**", "DSACC_AUTH_ID", "ALICE", "DSACC_ACCESS", "EXECUTE")));
        var profile = read.model().profiles("DATASET").discrete("SYS1.**").orElseThrow();
        assertEquals(List.of(new AccessEntry("ALICE", AccessLevel.EXECUTE)), profile.getAccessList());
        assertFalse(profile.isBaseRecordSeen(), "no 0400 record: generic or not is unknown");
        assertEquals(1, read.readErrors());
        assertTrue(read.readProblems().get(0).contains(":1: DSACC_ACCESS 'X80' is not an access level"));
    }

    @Test
    void aNonNumericUidIsAnErrorAndLeavesTheSegmentWithoutUid() {
        UnloadTestFiles.Read read = readText(dir, lines(record(USER_OMVS, "USOMVS_NAME", "BOB", "USOMVS_UID", "00000A0001")));
        assertFalse(read.model().user("BOB").orElseThrow().getOmvs().hasUid());
        assertEquals(1, read.readErrors());
    }

    private static void assertSameModel(UnloadTestFiles.Read expected, UnloadTestFiles.Read actual) {
        assertEquals(ModelDump.dump(expected.model()), ModelDump.dump(actual.model()));
        assertEquals(expected.stats().recordsByType(), actual.stats().recordsByType());
        assertEquals(expected.stats().errors(), actual.stats().errors());
    }
}
