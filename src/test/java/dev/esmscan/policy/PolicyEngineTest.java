package dev.esmscan.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.Feature;
import dev.esmscan.config.SiteSettings;
import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessHolder;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessOutcome;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskAssignment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyEngineTest {

    private static final String HEADER = "package t;\n"
            + "import dev.esmscan.config.SiteSettings;\n"
            + "import dev.esmscan.model.*;\n"
            + "global dev.esmscan.policy.Verdicts verdicts;\n"
            + "global dev.esmscan.model.AccessResolver access;\n";

    private static String meta(String id, String feature) {
        return "@id(\"" + id + "\") @title(\"t\") @severity(\"high\") @feature(\"" + feature + "\") @esm(\"RACF\")"
                + " @section(\"s\") @source(\"000_f6430533b2adc5a1.txt\")\n";
    }

    private static PolicyPack pack(String drl) {
        return PolicyPack.compile(Map.of("rules/t.drl", drl.getBytes(StandardCharsets.UTF_8)));
    }

    private static final AccessResolver GRANT_ALL = new AccessResolver() {
        @Override
        public AccessDecision decide(String id, String cls, String res, AccessLevel lvl) {
            return new AccessDecision(id, cls, res, lvl, AccessOutcome.GRANTED, AccessLevel.ALTER, null, "user", "granted", List.of(), true);
        }

        @Override
        public ResourceProfile decidingProfile(String cls, String res) {
            return null;
        }

        @Override
        public Optional<StartedTaskAssignment> startedTask(String procName) {
            return Optional.empty();
        }

        @Override
        public List<AccessHolder> holders(String cls, String res, AccessLevel atLeast) {
            return List.of();
        }
    };

    private static List<Finding> evaluate(String drl, SiteSettings settings) {
        return new PolicyEngine(pack(HEADER + drl)).evaluate(SecurityModel.builder().build(), settings, GRANT_ALL);
    }

    @Test
    void verdictTakesTheRequirementFromTheFiringRulesMetadata() {
        List<Finding> results = evaluate("rule \"r\" " + meta("ZWE-T-1", "core")
                + "when SiteSettings($id : stcUser) then verdicts.pass(kcontext, $id, \"ok\"); end\n", SiteSettings.defaults());
        assertEquals(1, results.size());
        assertEquals("ZWE-T-1", results.get(0).id());
        assertEquals("ZWESVUSR", results.get(0).subject());
        assertEquals(Status.PASS, results.get(0).status());
        assertEquals("high", results.get(0).requirement().severity());
    }

    @Test
    void requirementWithoutAVerdictIsAnError() {
        List<Finding> results = evaluate("rule \"r\" " + meta("ZWE-T-1", "core")
                + "when SiteSettings(stcUser == \"NOBODY\") then verdicts.pass(kcontext, \"x\", \"ok\"); end\n", SiteSettings.defaults());
        assertEquals(Status.ERROR, results.get(0).status());
        assertTrue(results.get(0).evidence().contains("no rule of ZWE-T-1 reached a verdict"));
    }

    @Test
    void requirementOfAFeatureThatIsOffIsNotApplicableAndItsRulesDoNotFire() {
        String drl = "rule \"r\" " + meta("ZWE-T-1", "idt")
                + "when SiteSettings($id : stcUser) then verdicts.fail(kcontext, $id, \"bad\"); end\n";
        List<Finding> off = evaluate(drl, SiteSettings.defaults());
        assertEquals(Status.NOT_APPLICABLE, off.get(0).status());
        assertEquals("feature idt is off", off.get(0).evidence());
        List<Finding> on = evaluate(drl, SiteSettings.builder().feature(Feature.IDT, true).build());
        assertEquals(Status.FAIL, on.get(0).status());
    }

    @Test
    void requirementOfAnotherEsmIsNotApplicable() {
        List<Finding> results = evaluate("rule \"r\" " + meta("ZWE-T-1", "core")
                + "when SiteSettings($id : stcUser) then verdicts.fail(kcontext, $id, \"bad\"); end\n",
                SiteSettings.builder().esm("ACF2").build());
        assertEquals(Status.NOT_APPLICABLE, results.get(0).status());
        assertTrue(results.get(0).evidence().contains("RACF only"));
    }

    @Test
    void conflictingVerdictsForOneSubjectBecomeAnError() {
        List<Finding> results = evaluate(
                "rule \"a\" " + meta("ZWE-T-1", "core") + "when SiteSettings($id : stcUser) then verdicts.pass(kcontext, $id, \"ok\"); end\n"
                + "rule \"b\" " + meta("ZWE-T-1", "core") + "when SiteSettings($id : stcUser) then verdicts.fail(kcontext, $id, \"bad\"); end\n",
                SiteSettings.defaults());
        assertEquals(1, results.size());
        assertEquals(Status.ERROR, results.get(0).status());
        assertTrue(results.get(0).evidence().contains("conflicting verdicts"));
    }

    @Test
    void accessVerdictUsesTheResolverGlobal() {
        List<Finding> results = evaluate("rule \"r\" " + meta("ZWE-T-1", "core")
                + "when SiteSettings($id : stcUser) $d : AccessDecision() from access.decide($id, \"FACILITY\", \"BPX.JOBNAME\", AccessLevel.READ)\n"
                + "then verdicts.access(kcontext, $id, $d); end\n", SiteSettings.defaults());
        assertEquals(Status.PASS, results.get(0).status());
    }

    @Test
    void compileErrorNamesTheFileAndLine() {
        PolicyException e = assertThrows(PolicyException.class,
                () -> pack(HEADER + "rule \"r\" " + meta("ZWE-T-1", "core") + "when\n  Nonsense( ) \nthen end\n"));
        assertTrue(e.getMessage().contains("rules/t.drl:"), e.getMessage());
    }

    @Test
    void ruleWithoutMetadataIsRejected() {
        PolicyException e = assertThrows(PolicyException.class,
                () -> pack(HEADER + "rule \"r\" @id(\"ZWE-T-1\") when then end\n"));
        assertTrue(e.getMessage().contains("has no @title metadata"), e.getMessage());
    }

    @Test
    void rulesOfOneRequirementMustAgreeOnMetadata() {
        PolicyException e = assertThrows(PolicyException.class, () -> pack(HEADER
                + "rule \"a\" " + meta("ZWE-T-1", "core") + "when then end\n"
                + "rule \"b\" " + meta("ZWE-T-1", "zss") + "when then end\n"));
        assertTrue(e.getMessage().contains("other metadata"), e.getMessage());
    }

    @Test
    void embeddedPackCompilesAndNamesItsRequirements() {
        Catalogue catalogue = PolicyPack.embedded().catalogue();
        assertTrue(catalogue.requirements().stream().map(Requirement::id).toList()
                .containsAll(List.of("ZWE-ID-STC-USER", "ZWE-ID-ADMIN-GROUP", "ZWE-CLASS-FACILITY", "ZWE-FAC-JOBNAME", "ZWE-FAC-ZWESIS")));
    }
}
