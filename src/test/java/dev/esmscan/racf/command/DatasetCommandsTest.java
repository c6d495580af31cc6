package dev.esmscan.racf.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.Reach;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ADDSD, ALTDSD, DELDSD and PERMIT on data set profiles (z/OS Security Server RACF Command Language Reference). */
class DatasetCommandsTest {

    private static SecurityModel.Builder base() {
        SecurityModel.Builder b = SecurityModel.builder();
        assertEquals(List.of(), CommandStream.apply(b, "ADDGROUP ZWEADMIN\nADDGROUP ZWE\nADDUSER ZWESVUSR DFLTGRP(ZWEADMIN)").problems());
        return b;
    }

    private static Optional<ResourceProfile> dataset(SecurityModel.Builder b, String name) {
        return b.profiles().stream().filter(p -> p.getClassName().equals("DATASET") && p.getName().equals(name)).findFirst();
    }

    @Test
    void addsdOfAnEnhancedGenericNameInQuotes() {
        SecurityModel.Builder b = base();
        CommandStream.Result r = CommandStream.apply(b, String.join("\n",
                "  LISTDSD PREFIX(ZWE) ALL",
                "  ADDSD  'zwe.*.**' UACC(READ) -",
                "    DATA('Zowe')",
                "  PERMIT 'ZWE.*.**' CLASS(DATASET) -",
                "    ACCESS(ALTER) ID(ZWEADMIN)"));
        assertEquals(List.of(), r.problems());
        ResourceProfile p = dataset(b, "ZWE.*.**").orElseThrow();
        assertTrue(p.isGeneric());
        assertEquals(AccessLevel.READ, p.getUniversalAccess());
        assertEquals("Zowe", p.getInstallationData());
        assertEquals(AccessLevel.ALTER, p.entryFor("ZWEADMIN").level());
        assertEquals(List.of(CommandNote.Kind.LISTING), r.notices().stream().map(CommandNote::kind).toList());
    }

    @Test
    void aGenericDataSetProfileIsResolvedWithEnhancedGenericNaming() {
        SecurityModel.Builder b = base();
        CommandStream.apply(b, "ADDSD 'ZWE.*.**' UACC(NONE)\nPERMIT 'ZWE.*.**' ID(ZWESVUSR) ACCESS(UPDATE)");
        var resolver = new dev.esmscan.racf.access.RacfAccessResolver(b.build());
        // with EGN, ** stands for any number of qualifiers, none included
        assertTrue(resolver.decide("ZWESVUSR", "DATASET", "ZWE.V3.SZWEAUTH", AccessLevel.UPDATE).isGranted());
        assertTrue(resolver.decide("ZWESVUSR", "DATASET", "ZWE.SZWEAUTH", AccessLevel.UPDATE).isGranted());
        assertFalse(resolver.decide("ZWESVUSR", "DATASET", "ZWEX.SZWEAUTH", AccessLevel.UPDATE).isGranted());
    }

    @Test
    void addsdOfAnExistingProfileIsRefused() {
        SecurityModel.Builder b = base();
        CommandStream.apply(b, "ADDSD 'ZWE.*.**' UACC(READ)");
        CommandStream.Result r = CommandStream.apply(b, "ADDSD 'ZWE.*.**' UACC(NONE)");
        assertEquals(List.of(), r.problems());
        assertEquals(CommandNote.Kind.REFUSED, r.notices().get(0).kind());
        assertEquals(AccessLevel.READ, dataset(b, "ZWE.*.**").orElseThrow().getUniversalAccess());
    }

    @Test
    void aDiscreteProfileWithNosetIsDefinedAndWithSetDependsOnTheDataSet() {
        SecurityModel.Builder b = base();
        assertEquals(List.of(), CommandStream.apply(b, "ADDSD 'ZWE.SZWEAUTH' UACC(NONE) NOSET").notes());
        assertFalse(dataset(b, "ZWE.SZWEAUTH").orElseThrow().isGeneric());
        CommandStream.Result r = CommandStream.apply(b, "ADDSD 'ZWE.SZWESAMP' UACC(NONE)");
        assertEquals(Reach.classes("DATASET"), r.problems().get(0).reach());
        assertTrue(r.problems().get(0).message().contains("finds the data set"), r.problems().toString());
    }

    @Test
    void addsdWithoutUaccTakesTheIssuersDefaultWhichIsNotModelled() {
        CommandStream.Result r = CommandStream.apply(base(), "ADDSD 'ZWE.**'");
        assertEquals(1, r.problems().size(), r.notes().toString());
        assertTrue(r.problems().get(0).message().contains("no UACC given"));
    }

    @Test
    void unquotedNamesGetTheTsoPrefixOnlyWhenTheStreamSetsIt() {
        SecurityModel.Builder b = base();
        CommandStream.Result r = CommandStream.apply(b, String.join("\n",
                "ADDSD ZWE.** UACC(READ)",
                "PROFILE PREFIX(IBMUSER)",
                "ADDSD ZWEV3.** UACC(READ)",
                "PROFILE NOPREFIX",
                "ADDSD ZWE.** UACC(NONE)"));
        assertEquals(List.of(1), r.problems().stream().map(CommandNote::line).toList());
        assertTrue(r.problems().get(0).message().contains("TSO prefix"), r.problems().toString());
        assertTrue(dataset(b, "IBMUSER.ZWEV3.**").isPresent());
        assertEquals(AccessLevel.NONE, dataset(b, "ZWE.**").orElseThrow().getUniversalAccess());
    }

    @Test
    void altdsdChangesUaccAndData() {
        SecurityModel.Builder b = base();
        CommandStream.apply(b, "ADDSD 'ZWE.**' UACC(READ) DATA('x')");
        CommandStream.Result r = CommandStream.apply(b, "ALTDSD 'ZWE.**' UACC(NONE) NODATA WARNING");
        assertEquals(List.of(), r.notes());
        ResourceProfile p = dataset(b, "ZWE.**").orElseThrow();
        assertEquals(AccessLevel.NONE, p.getUniversalAccess());
        assertEquals(null, p.getInstallationData());
        assertTrue(p.isWarning());
        assertEquals(CommandNote.Kind.REFUSED, CommandStream.apply(b, "ALTDSD 'ZWE.NOPE.**' UACC(READ)").notices().get(0).kind());
    }

    @Test
    void deldsdDeletesAndAMissingProfileIsRefusedWithRacfsMessage() {
        SecurityModel.Builder b = base();
        CommandStream.apply(b, "ADDSD 'ZWE.*.**' UACC(READ)\nADDSD 'ZWE.LOAD' GENERIC UACC(NONE)");
        CommandStream.Result r = CommandStream.apply(b, "DELDSD 'ZWE.*.**'\nDELDSD 'ZWE.LOAD'\nDELDSD 'ZWE.LOAD' GENERIC");
        assertEquals(List.of(), r.problems());
        // a fully qualified generic profile needs GENERIC: without it RACF looks for a discrete one (ICH09020I)
        CommandNote refused = r.notices().get(0);
        assertEquals(2, refused.line());
        assertTrue(refused.message().contains("ICH09020I ZWE.LOAD NOT DEFINED TO RACF"), refused.message());
        assertTrue(dataset(b, "ZWE.*.**").isEmpty());
        assertTrue(dataset(b, "ZWE.LOAD").isEmpty());
    }

    @Test
    void aDiscreteProfileOfAnUnloadIsFoundOnItsVolume() {
        SecurityModel.Builder b = base();
        ResourceProfile p = b.profile("DATASET", "ZWE.SZWEAUTH", "VOL001");
        p.setBaseRecordSeen(true);
        p.setUniversalAccess(AccessLevel.NONE);
        CommandStream.Result r = CommandStream.apply(b, "PERMIT 'ZWE.SZWEAUTH' ID(ZWEADMIN) ACCESS(READ)\nDELDSD 'ZWE.SZWEAUTH'");
        assertEquals(List.of(), r.notes());
        assertTrue(dataset(b, "ZWE.SZWEAUTH").isEmpty());
    }

    @Test
    void permitDeleteOfAMissingEntryIsRefused() {
        SecurityModel.Builder b = base();
        CommandStream.apply(b, "ADDSD 'ZWE.**' UACC(NONE)");
        CommandStream.Result r = CommandStream.apply(b, "PERMIT 'ZWE.**' CLASS(DATASET) DELETE ID(ZWEADMIN)");
        assertEquals(List.of(), r.problems());
        assertTrue(r.notices().get(0).message().contains("ICH06002I ZWEADMIN NOT AUTHORIZED, DELETE IGNORED"), r.notices().toString());
    }

    @Test
    void delgroupOfTheHighLevelQualifierOfDataSetProfilesIsRefused() {
        SecurityModel.Builder b = base();
        CommandStream.apply(b, "ADDSD 'ZWE.**' UACC(NONE)");
        CommandStream.Result r = CommandStream.apply(b, "DELGROUP ZWE");
        assertEquals(List.of(), r.problems());
        assertTrue(r.notices().get(0).message().contains("ICH05006I"), r.notices().toString());
        assertTrue(b.findGroup("ZWE").isPresent());
    }

    @Test
    void aGenericNameIsRefusedWhenGenericCommandProcessingIsOffForDatasets() {
        SecurityModel.Builder b = base();
        CommandStream.Result r = CommandStream.apply(b, "SETROPTS NOGENERIC(DATASET) NOGENCMD(DATASET)\nADDSD 'ZWE.**' UACC(READ)");
        assertEquals(List.of(), r.problems());
        assertEquals(CommandNote.Kind.REFUSED, r.notices().get(0).kind());
        assertTrue(dataset(b, "ZWE.**").isEmpty());
    }
}
