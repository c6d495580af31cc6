package dev.esmscan.policy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.model.SecurityModel;
import dev.esmscan.racf.access.RacfAccessResolver;
import dev.esmscan.racf.command.RacfCommands;
import org.junit.jupiter.api.Test;

class ResourceDefinitionTest {

    private static ResourceDefinition omvsappl(String commands) {
        RacfCommands.Result r = RacfCommands.apply(SecurityModel.builder().build(), commands);
        assertEquals(java.util.List.of(), r.problems());
        return ResourceDefinition.of(r.model(), new RacfAccessResolver(r.model()), "APPL", "OMVSAPPL");
    }

    @Test
    void aDiscreteProfileInAnActiveClassIsInForce() {
        ResourceDefinition d = omvsappl("SETROPTS CLASSACT(APPL) NORACLIST(APPL)\nRDEFINE APPL OMVSAPPL UACC(NONE)");
        assertTrue(d.isInForce());
        assertTrue(d.isPossiblyInForce());
        assertFalse(d.isRaclisted());
        assertEquals("APPL OMVSAPPL", d.getSubject());
        assertEquals("APPL OMVSAPPL is covered by APPL OMVSAPPL (discrete) and class APPL is active but not RACLISTed", d.describe());
    }

    @Test
    void saysWhetherTheClassIsRaclisted() {
        ResourceDefinition d = omvsappl("SETROPTS CLASSACT(APPL) RACLIST(APPL)\nRDEFINE APPL OMVSAPPL UACC(NONE)");
        assertTrue(d.isRaclisted());
        assertTrue(d.describe().endsWith("and class APPL is active and RACLISTed"), d.describe());
    }

    @Test
    void aGenericProfileCoversTheResource() {
        ResourceDefinition d = omvsappl("SETROPTS GENERIC(APPL) CLASSACT(APPL)\nRDEFINE APPL OMVS* UACC(READ)");
        assertTrue(d.isInForce());
        assertEquals("OMVS*", d.getProfile().getName());
    }

    @Test
    void anInactiveClassDefinesNothing() {
        ResourceDefinition d = omvsappl("SETROPTS CLASSACT(FACILITY) NOCLASSACT(APPL)\nRDEFINE APPL OMVSAPPL UACC(NONE)");
        assertTrue(d.isCovered());
        assertFalse(d.isInForce());
        assertFalse(d.isPossiblyInForce());
        assertTrue(d.describe().endsWith("but class APPL is not active"), d.describe());
    }

    @Test
    void aSetroptsCommandForAnotherClassLeavesTheClassPossiblyInForce() {
        ResourceDefinition d = omvsappl("SETROPTS CLASSACT(FACILITY)\nRDEFINE APPL OMVSAPPL UACC(NONE)");
        assertFalse(d.isClassStatusKnown());
        assertTrue(d.isPossiblyInForce());
    }

    @Test
    void withoutAProfileNothingIsDefinedWhateverTheClass() {
        ResourceDefinition d = omvsappl("SETROPTS CLASSACT(APPL)");
        assertNull(d.getProfile());
        assertFalse(d.isPossiblyInForce());
        assertEquals("no profile covers APPL OMVSAPPL", d.describe());
    }

    @Test
    void anUnknownClassStatusMayBeInForceButIsNotKnownToBe() {
        ResourceDefinition d = omvsappl("RDEFINE APPL OMVSAPPL UACC(NONE)");
        assertFalse(d.isClassStatusKnown());
        assertFalse(d.isInForce());
        assertTrue(d.isPossiblyInForce());
        assertTrue(d.describe().contains("class APPL status unknown (no SETROPTS input)"), d.describe());
    }
}
