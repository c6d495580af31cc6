package dev.esmscan.report.baseline;

import static dev.esmscan.report.ReportFixtures.result;
import static dev.esmscan.report.ReportFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportDiffTest {

    private static ObjectNode one(String status) {
        return status.equals("-") ? with() : with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", status));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}, worse {3}")
    @CsvSource({
            "PASS, FAIL, new, true",
            "-, FAIL, new, true",
            "-, WAIVED, new, true",
            "NOT_APPLICABLE, ERROR, new, true",
            "FAIL, PASS, resolved, false",
            "FAIL, -, resolved, false",
            "ERROR, NOT_APPLICABLE, resolved, false",
            "WAIVED, FAIL, changed, true",
            "FAIL, ERROR, changed, true",
            "FAIL, WAIVED, changed, false",
            "ERROR, FAIL, changed, false",
            "PASS, MANUAL, changed, true",
            "MANUAL, PASS, changed, false",
            "PASS, NOT_APPLICABLE, changed, false",
            "FAIL, FAIL, none, false",
            "-, PASS, none, false",
            "PASS, -, none, false",
    })
    void classifiesEachChange(String before, String after, String kind, boolean worse) {
        ReportDiff diff = ReportDiff.between(one(before), one(after));
        assertEquals(kind.equals("new") ? 1 : 0, diff.newFailures().size());
        assertEquals(kind.equals("resolved") ? 1 : 0, diff.resolved().size());
        assertEquals(kind.equals("changed") ? 1 : 0, diff.changed().size());
        assertEquals(worse, diff.gotWorse());
    }

    @Test
    void printsEachSectionWithTheStatusesOnBothSides() {
        ObjectNode older = with(result("A-B-C", "U1", "FAIL"), result("A-B-C", "U2", "PASS"), result("A-B-D", "U1", "WAIVED"));
        ObjectNode newer = with(result("A-B-C", "U2", "FAIL"), result("A-B-D", "U1", "FAIL"));
        String text = ReportDiff.between(older, newer).render("q3.json", "q4.json");
        assertTrue(text.contains("New failures (1)\n  A-B-C  U2  [high]  PASS -> FAIL\n"), text);
        assertTrue(text.contains("Resolved (1)\n  A-B-C  U1  [high]  FAIL -> (gone)\n"), text);
        assertTrue(text.contains("Status changes (1)\n  A-B-D  U1  [high]  WAIVED -> FAIL\n"), text);
        assertTrue(text.endsWith("2 results got worse.\n"), text);
    }
}
