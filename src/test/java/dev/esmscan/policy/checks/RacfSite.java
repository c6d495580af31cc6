package dev.esmscan.policy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.racf.access.RacfAccessResolver;
import dev.esmscan.racf.command.RacfCommands;
import java.util.List;

/** A RACF model built from commands, with its resolver, for the check helpers' tests. */
record RacfSite(SecurityModel model, AccessResolver access) {

    static RacfSite of(String... commands) {
        RacfCommands.Result r = RacfCommands.apply(SecurityModel.builder().build(), String.join("\n", commands));
        assertEquals(List.of(), r.problems(), "commands the interpreter rejected");
        return new RacfSite(r.model(), new RacfAccessResolver(r.model()));
    }

    ResourceProfile facility(String resource) {
        return access.decidingProfile("FACILITY", resource);
    }
}
