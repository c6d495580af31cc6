package dev.esmscan.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.util.ClasspathFolder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pack inserts only the identities its rules look up, and every identity when a rule may match others. */
class RuleFactsTest {
    private static final String HEADER = "package t;\nimport dev.esmscan.model.*;\nimport dev.esmscan.config.SiteSettings;\n"
            + "import dev.esmscan.policy.ZoweEndUser;\nimport dev.esmscan.policy.checks.ServerUsers;\n";

    private static RuleFacts of(String when) {
        return RuleFacts.of(Map.of("t.drl", (HEADER + "rule \"r\" when\n" + when + "\nthen end\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** Fails when a built-in rule matches identity facts other than by the keys the selection supplies. */
    @Test
    void everyBuiltInRuleLooksUpIdentitiesByTheSelectedKeys() {
        RuleFacts facts = RuleFacts.of(ClasspathFolder.read("rules/", ".drl"));
        assertTrue(facts.selective(), () -> "patterns over identities that are not keyed lookups: " + facts.unkeyedPatterns());
    }

    @Test
    void keyedLookupsAreSelective() {
        assertTrue(of("SiteSettings( $id : stcUser, esm == \"RACF\" )\nnot User( id == $id, baseRecordSeen )").selective());
        assertTrue(of("$s : SiteSettings()\n$id : String() from ServerUsers.of($s)\nUser( id == $id )").selective());
        assertTrue(of("ZoweEndUser( defined, $id : userId )\nUser( id == $id )").selective());
        assertTrue(of("SiteSettings( $name : adminGroup )\nexists Group( name == $name, gid != null )").selective());
    }

    @Test
    void aPatternThatMayMatchAnyIdentityNeedsEveryIdentity() {
        RuleFacts anyUser = of("User( revoked )");
        assertFalse(anyUser.selective());
        assertTrue(anyUser.unkeyedPatterns().get(0).contains("User(revoked)"), anyUser.unkeyedPatterns().toString());
        assertFalse(of("not Connection( groupName == \"SYS1\" )").selective(), "connections are not selected at all");
        assertFalse(of("SiteSettings( $id : stcUser )\nUser( name == $id )").selective(), "not the key");
        assertFalse(of("SiteSettings( $g : adminGroup )\nUser( id == $g )").selective(), "a group name as user ID");
        assertFalse(of("$u : User( id == \"IBMUSER\" )").selective(), "a literal ID is not selected");
        assertFalse(of("SiteSettings( $id : stcUser )\nGroup( name == $id )").selective());
        assertFalse(of("accumulate( User( revoked ); $n : count() )").selective(), "an accumulate is not analysed");
        assertFalse(of("exists ( User( id == \"A\" ) or User( id == \"B\" ) )").selective());
    }

    @Test
    void unreadableSourcesNeedEveryIdentity() {
        assertFalse(RuleFacts.of(Map.of("x.drl", "rule \"r\" when User( then".getBytes(StandardCharsets.UTF_8))).selective());
        assertFalse(RuleFacts.everything("not read from sources").selective());
        assertEquals(1, RuleFacts.everything("why").unkeyedPatterns().size());
    }
}
