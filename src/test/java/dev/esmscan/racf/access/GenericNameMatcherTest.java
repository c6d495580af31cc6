package dev.esmscan.racf.access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Generic profile name matching, formats §10.2 (general resources) and §10.3 (data sets). */
class GenericNameMatcherTest {

    @ParameterizedTest(name = "general resource {0} vs {1}: {2}")
    @CsvSource({
            // % matches any single character (the doc does not exclude the period for general resources)
            "BPX.JOB%AME,       BPX.JOBNAME,         true",
            "BPX.JOB%AME,       BPX.JOBAME,          false",
            "BPX.JOB%AME,       BPX.JOBNNAME,        false",
            "A%B,               A.B,                 true",
            // * as a beginning qualifier: exactly one qualifier
            "*.B,               X.B,                 true",
            "*.B,               X.Y.B,               false",
            "*.B,               B,                   false",
            // * as a middle qualifier: exactly one qualifier
            "A.*.C,             A.B.C,               true",
            "A.*.C,             A.B.X.C,             false",
            "A.*.C,             A.C,                 false",
            // * at the end after other characters: zero or more characters to the end, across qualifiers
            "ABC.DEF*,          ABC.DEF,             true",
            "ABC.DEF*,          ABC.DEFG,            true",
            "ABC.DEF*,          ABC.DEF.G,           true",
            "ABC.DEF*,          ABC.DEFG.H.I,        true",
            "ABC.DEF*,          ABC.DE,              false",
            "ABC.DEF*,          ABD.DEF,             false",
            "ZWESLSTC*,         ZWESLSTC.ZWESLSTC,   true",
            // * as the ending qualifier: one or more qualifiers
            "ABC.DEF.*,         ABC.DEF,             false",
            "ABC.DEF.*,         ABC.DEF.G,           true",
            "ABC.DEF.*,         ABC.DEF.G.H,         true",
            "ZWESLSTC.*,        ZWESLSTC.ZWESLSTC,   true",
            "ZWESLSTC.*,        ZWESLSTC,            false",
            "ZWESLSTC.*,        ZWESLSTCX.Y,         false",
            // * inside a qualifier that does not end the name: within that qualifier only
            "A*B.C,             AXYB.C,              true",
            "A*B.C,             AB.C,                true",
            "A*B.C,             AX.YB.C,             false",
            // * or ** alone: every name
            "*,                 A,                   true",
            "*,                 A.B.C,               true",
            "**,                A,                   true",
            "**,                A.B.C,               true",
            // ** as the ending qualifier: zero or more qualifiers
            "BPX.**,            BPX,                 true",
            "BPX.**,            BPX.JOBNAME,         true",
            "BPX.**,            BPX.A.B,             true",
            "BPX.**,            BPXA,                false",
            "BPX.**,            IRR.BPX,             false",
            // ** as the beginning qualifier
            "**.C,              C,                   true",
            "**.C,              A.B.C,               true",
            "**.C,              A.BC,                false",
            // ** as a middle qualifier
            "A.**.C,            A.C,                 true",
            "A.**.C,            A.B.C,               true",
            "A.**.C,            A.B.D.C,             true",
            "A.**.C,            A.B.D,               false",
            "A.**.C,            AC,                  false",
            // regular-expression characters in a name are literals
            "A$B.*,             A$B.X,               true",
            "A+B.*,             AAB.X,               false",
            // RACFVARS are not substituted: & is literal
            "&SYSNAME.ZWE,      SYS1.ZWE,            false",
    })
    void generalResource(String pattern, String name, boolean matches) {
        assertEquals(matches, GenericNameMatcher.forGeneralResource(pattern).matches(name));
    }

    @ParameterizedTest(name = "data set with EGN {0} vs {1}: {2}")
    @CsvSource({
            // .* at the end: exactly one qualifier
            "SYS1.*,            SYS1.LINKLIB,        true",
            "SYS1.*,            SYS1.A.B,            false",
            "SYS1.*,            SYS1,                false",
            // * at the end of a qualifier: to the end of that qualifier only
            "SYS1.LINK*,        SYS1.LINKLIB,        true",
            "SYS1.LINK*,        SYS1.LINK,           true",
            "SYS1.LINK*,        SYS1.LINK.X,         false",
            "SYS1.*LIB,         SYS1.LINKLIB,        true",
            "SYS1.L*B,          SYS1.LB,             true",
            "SYS1.L*B,          SYS1.L.B,            false",
            // * as a middle qualifier: one qualifier
            "SYS1.*.LOAD,       SYS1.X.LOAD,         true",
            "SYS1.*.LOAD,       SYS1.X.Y.LOAD,       false",
            // ** : zero or more qualifiers
            "SYS1.**,           SYS1,                true",
            "SYS1.**,           SYS1.A.B,            true",
            "SYS1.**.LOAD,      SYS1.LOAD,           true",
            "SYS1.**.LOAD,      SYS1.X.Y.LOAD,       true",
            "SYS1.**.LOAD,      SYS1.X.Y.LOADX,      false",
            // % : one character, never a period
            "SYS1.%INK,         SYS1.LINK,           true",
            "SYS1.%INK,         SYS1.INK,            false",
            "SYS1.A%B,          SYS1.A.B,            false",
            "SYS1.A%B,          SYS1.AXB,            true",
    })
    void datasetWithEnhancedGenericNaming(String pattern, String name, boolean matches) {
        assertEquals(matches, GenericNameMatcher.forDataset(pattern, true).matches(name));
    }

    @ParameterizedTest(name = "data set without EGN {0} vs {1}: {2}")
    @CsvSource({
            // ABC.* : one or more qualifiers
            "SYS1.*,            SYS1.LINKLIB,        true",
            "SYS1.*,            SYS1.A.B,            true",
            "SYS1.*,            SYS1,                false",
            // ABC.DEF* : zero or more characters to the end of the name, across qualifiers
            "SYS1.LINK*,        SYS1.LINKLIB,        true",
            "SYS1.LINK*,        SYS1.LINK,           true",
            "SYS1.LINK*,        SYS1.LINK.X,         true",
            "SYS1.LINK*,        SYS1.LIN,            false",
            // * as a middle qualifier: one qualifier
            "SYS1.*.LOAD,       SYS1.X.LOAD,         true",
            "SYS1.*.LOAD,       SYS1.X.Y.LOAD,       false",
            // % : one character, never a period
            "SYS1.A%B,          SYS1.A.B,            false",
            "SYS1.A%B,          SYS1.AXB,            true",
            // ** (definable only under EGN) still read as zero or more qualifiers
            "SYS1.**,           SYS1.A.B,            true",
            "SYS1.**,           SYS1,                true",
    })
    void datasetWithoutEnhancedGenericNaming(String pattern, String name, boolean matches) {
        assertEquals(matches, GenericNameMatcher.forDataset(pattern, false).matches(name));
    }
}
