package dev.esmscan.report.waiver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectPatternTest {

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
            "ZWESVUSR, ZWESVUSR, true",
            "ZWESVUSR, ZWESVUSRX, false",
            "ZWESVUSR, zwesvusr, false",
            "ZWE*, ZWESVUSR, true",
            "ZWE*, ZWE, true",
            "ZWE*, XZWE, false",
            "ZWE*, ZWE.SUB, false",
            "ZWE.*, ZWE.SUB, true",
            "ZWE.*, ZWE.SUB.MORE, false",
            "ZWE.**, ZWE.SUB.MORE, true",
            "ZWE.**, ZWE., true",
            "**, ANY.THING.AT.ALL, true",
            "ZWES%USR, ZWESVUSR, true",
            "ZWES%USR, ZWESUSR, false",
            "ZWES%USR, ZWES.USR, false",
            "ZWE%%USR, ZWESVUSR, true",
            "ZWE%USR, ZWESVUSR, false",
            "A.B(C), A.B(C), true",
            "A.B(*), A.B(C), true",
            "A+B*, AAB, false",
            "A+B*, A+BX, true",
    })
    void matchesLikeARacfGenericName(String pattern, String subject, boolean expected) {
        assertEquals(expected, SubjectPattern.of(pattern).matches(subject));
    }
}
