package dev.esmscan.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.racf.access.RacfAccessResolver;
import dev.esmscan.racf.command.RacfCommands;
import dev.esmscan.remediation.Intent;
import dev.esmscan.remediation.Intent.ActivateClass;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code Verdicts.access(rule, subject, decision, check)}: one verdict for an access and further conditions. */
class AccessWithConditionsTest {

    private static final String DRL = "package t;\n"
            + "import dev.esmscan.config.SiteSettings;\n"
            + "import dev.esmscan.model.*;\n"
            + "import dev.esmscan.policy.Check;\n"
            + "import dev.esmscan.remediation.Intent.ActivateClass;\n"
            + "global dev.esmscan.policy.Verdicts verdicts;\n"
            + "global dev.esmscan.model.AccessResolver access;\n"
            + "rule \"r\" @id(\"ZWE-T-1\") @title(\"t\") @severity(\"high\") @feature(\"core\") @esm(\"RACF\")"
            + " @section(\"s\") @source(\"000_f6430533b2adc5a1.txt\")\n"
            + "when SiteSettings($id : stcUser) $o : ClassOptions()\n"
            + "  $d : AccessDecision() from access.decide($id, \"FACILITY\", \"IRR.IDIDMAP.QUERY\", AccessLevel.READ)\n"
            + "then verdicts.access(kcontext, $id, $d, new Check()\n"
            + "  .require($o.isActive(\"IDIDMAP\"), \"IDIDMAP is not active\", new ActivateClass(\"IDIDMAP\", true, false))\n"
            + "  .fact(\"checked IDIDMAP\"));\n"
            + "end\n";

    private static Finding evaluate(String commands) {
        RacfCommands.Result r = RacfCommands.apply(SecurityModel.builder().build(),
                "ADDGROUP ZWEADMIN\nADDUSER ZWESVUSR DFLTGRP(ZWEADMIN)\n" + commands);
        assertEquals(List.of(), r.problems());
        PolicyPack pack = PolicyPack.compile(Map.of("rules/t.drl", DRL.getBytes(StandardCharsets.UTF_8)));
        List<Finding> results = new PolicyEngine(pack).evaluate(r.model(), SiteSettings.defaults(), new RacfAccessResolver(r.model()));
        assertEquals(1, results.size(), results::toString);
        return results.get(0);
    }

    @Test
    void passesWhenTheAccessIsGrantedAndEveryConditionHolds() {
        Finding f = evaluate("SETROPTS CLASSACT(FACILITY IDIDMAP)\nRDEFINE FACILITY IRR.IDIDMAP.QUERY UACC(NONE)\n"
                + "PERMIT IRR.IDIDMAP.QUERY CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)");
        assertEquals(Status.PASS, f.status());
        assertEquals("FACILITY IRR.IDIDMAP.QUERY (discrete), ZWESVUSR has READ through its own user entry; checked IDIDMAP", f.evidence());
        assertEquals(List.of(), f.intents());
    }

    @Test
    void aFailedConditionFailsAGrantedAccessWithOnlyItsOwnFix() {
        Finding f = evaluate("SETROPTS CLASSACT(FACILITY)\nRDEFINE FACILITY IRR.IDIDMAP.QUERY UACC(NONE)\n"
                + "PERMIT IRR.IDIDMAP.QUERY CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)");
        assertEquals(Status.FAIL, f.status());
        assertTrue(f.evidence().contains("; IDIDMAP is not active; checked IDIDMAP"), f.evidence());
        assertEquals(List.of(new ActivateClass("IDIDMAP", true, false)), f.intents());
    }

    @Test
    void aDeniedAccessAndAFailedConditionCarryBothFixes() {
        Finding f = evaluate("SETROPTS CLASSACT(FACILITY)\nRDEFINE FACILITY IRR.IDIDMAP.QUERY UACC(NONE)");
        assertEquals(Status.FAIL, f.status());
        assertEquals(List.<Intent>of(new Intent.Permit("FACILITY", "IRR.IDIDMAP.QUERY", "ZWESVUSR", AccessLevel.READ, null),
                new ActivateClass("IDIDMAP", true, false)), f.intents());
    }

    @Test
    void aDenialOnAGenericProfileLeavesEveryFixToAPerson() {
        Finding f = evaluate("SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY)\nRDEFINE FACILITY IRR.** UACC(NONE)");
        assertEquals(Status.FAIL, f.status());
        assertEquals(List.of(), f.intents());
        assertTrue(f.evidence().contains("IDIDMAP is not active"), f.evidence());
        assertTrue(f.evidence().contains("a person must act: the deciding profile FACILITY IRR.** is generic"), f.evidence());
    }

    @Test
    void aChangeThatFixesTwoFailuresIsMadeOnce() {
        ActivateClass activate = new ActivateClass("IDIDMAP", true, true);
        Check check = new Check()
                .require(false, "not active", activate)
                .require(false, "not RACLISTed", activate);
        assertEquals(List.of(activate), check.fixes());
        assertEquals("not active; not RACLISTed", check.evidence());
    }
}
