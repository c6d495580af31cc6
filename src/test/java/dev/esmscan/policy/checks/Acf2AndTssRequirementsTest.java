package dev.esmscan.policy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.Feature;
import dev.esmscan.config.SiteSettings;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyEngine;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.policy.Status;
import dev.esmscan.racf.access.RacfAccessResolver;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The requirements of one other ESM, evaluated through the engine with that ESM in the settings.
 * No ACF2 or Top Secret reader exists yet, so the model is empty: these rules need none of it.
 */
class Acf2AndTssRequirementsTest {
    private static final PolicyPack PACK = PolicyPack.embedded();

    private static Finding evaluate(SiteSettings settings, String id) {
        SecurityModel empty = SecurityModel.builder().build();
        List<Finding> results = new PolicyEngine(PACK).evaluate(empty, settings, new RacfAccessResolver(empty));
        List<Finding> mine = results.stream().filter(f -> f.id().equals(id)).toList();
        assertEquals(1, mine.size(), () -> id + ": " + mine);
        return mine.get(0);
    }

    @Test
    void onTopSecretWithoutTheFacilityListingTheFacilityCannotBeDecided() {
        Finding f = evaluate(SiteSettings.builder().esm("TSS").build(), "ZWE-TSS-FACILITY");
        assertEquals(Status.ERROR, f.status());
        assertEquals("ZOWE", f.subject());
        assertTrue(f.evidence().contains("the Top Secret facility display is missing: give the output of TSS MODIFY(FAC(ZOWE))"), f.evidence());
        assertTrue(f.evidence().contains("TSS LIST(ZWESVUSR)"), f.evidence());
    }

    @Test
    void onAcf2WithOidcTheApparIsCheckedByHand() {
        Finding f = evaluate(SiteSettings.builder().esm("ACF2").feature(Feature.OIDC, true).build(), "ZWE-OIDC-ACF2");
        assertEquals(Status.MANUAL, f.status());
        assertEquals("LU01316", f.subject());
        assertTrue(f.evidence().contains("apply ACF2 APAR LU01316"), f.evidence());
    }

    @Test
    void onAcf2WithoutOidcTheApparDoesNotApply() {
        Finding f = evaluate(SiteSettings.builder().esm("ACF2").build(), "ZWE-OIDC-ACF2");
        assertEquals(Status.NOT_APPLICABLE, f.status());
        assertEquals("feature oidc is off", f.evidence());
    }
}
