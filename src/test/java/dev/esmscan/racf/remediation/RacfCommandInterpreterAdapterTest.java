package dev.esmscan.racf.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.model.SecurityModel;
import dev.esmscan.remediation.CommandInterpreter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Remediation jobs applied through the adapter: refusals and listings are notices, never problems. */
class RacfCommandInterpreterAdapterTest {
    private final RacfCommandInterpreterAdapter adapter = new RacfCommandInterpreterAdapter();

    @Test
    void refusalsAndListingsAreNoticesAndTheJobIsClean() {
        SecurityModel base = adapter.apply(SecurityModel.builder().build(), "ADDGROUP ZWEADMIN\nRDEFINE FACILITY BPX.SERVER UACC(NONE)").model();
        CommandInterpreter.Applied a = adapter.apply(base, String.join("\n",
                "RLIST FACILITY BPX.SERVER ALL",
                "ADDGROUP ZWEADMIN",
                "RDEFINE FACILITY BPX.SERVER UACC(NONE)",
                "SETROPTS RACLIST(FACILITY) REFRESH"));
        assertEquals(List.of(), a.problems());
        assertEquals(3, a.notices().size(), a.notices().toString());
        assertTrue(a.notices().get(2).startsWith("line 3: RDEFINE:") && a.notices().get(2).contains("ICH10102I"), a.notices().toString());
    }

    @Test
    void whatCannotBeModelledIsAProblem() {
        CommandInterpreter.Applied a = adapter.apply(SecurityModel.builder().build(), "CONNECT ZWESVUSR");
        assertEquals(1, a.problems().size());
        assertTrue(a.problems().get(0).startsWith("line 1: CONNECT: GROUP not given"), a.problems().toString());
    }
}
