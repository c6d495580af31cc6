package dev.esmscan.racf.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RacfNamesTest {

    private static final Function<String, Optional<String>> USER = RacfNames::checkUserId;
    private static final Function<String, Optional<String>> GROUP = RacfNames::checkGroupName;
    private static final Function<String, Optional<String>> CLASS = RacfNames::checkClassName;
    private static final Function<String, Optional<String>> RESOURCE = RacfNames::checkResourceProfileName;
    private static final Function<String, Optional<String>> DATASET = RacfNames::checkDatasetProfileName;

    static Stream<Arguments> validNames() {
        return Stream.of(
                Arguments.of("user", USER, "ZWESVUSR"), Arguments.of("user", USER, "A"), Arguments.of("user", USER, "#$@1"),
                Arguments.of("user", USER, "U1"), Arguments.of("group", GROUP, "ZWEADMIN"), Arguments.of("group", GROUP, "$SYS"),
                Arguments.of("class", CLASS, "FACILITY"), Arguments.of("class", CLASS, "STARTED"), Arguments.of("class", CLASS, "@CLASS1"),
                Arguments.of("resource", RESOURCE, "BPX.SERVER"), Arguments.of("resource", RESOURCE, "ZWESLSTC.*"),
                Arguments.of("resource", RESOURCE, "IRR.IDIDMAP.QUERY"), Arguments.of("resource", RESOURCE, "&RACLNDE"),
                Arguments.of("resource", RESOURCE, "mixed.Case/path:x"), Arguments.of("resource", RESOURCE, "A".repeat(246)),
                Arguments.of("dataset", DATASET, "SYS1.PARMLIB"), Arguments.of("dataset", DATASET, "SYS1.**"),
                Arguments.of("dataset", DATASET, "ZWE.SZWE%UTH.*"), Arguments.of("dataset", DATASET, "USER1.MY-DATA.X1"),
                Arguments.of("dataset", DATASET, "AAAAAAAA.BBBBBBBB.CCCCCCCC.DDDDDDDD.EEEEEEEE"));
    }

    @ParameterizedTest(name = "{0} {2} is valid")
    @MethodSource("validNames")
    void valid(String kind, Function<String, Optional<String>> check, String name) {
        assertEquals(Optional.empty(), check.apply(name));
    }

    static Stream<Arguments> invalidNames() {
        return Stream.of(
                Arguments.of("user", USER, "", "empty"),
                Arguments.of("user", USER, "TOOLONGID", "longer than 8"),
                Arguments.of("user", USER, "1ABC", "starts with a digit"),
                Arguments.of("user", USER, "ab", "lower-case"),
                Arguments.of("user", USER, "A'B", "'''"),
                Arguments.of("user", USER, "A(B)", "'('"),
                Arguments.of("user", USER, "A B", "a blank"),
                Arguments.of("user", USER, "A\nB", "control character"),
                Arguments.of("user", USER, "A.B", "'.'"),
                Arguments.of("group", GROUP, "9GROUP", "starts with a digit"),
                Arguments.of("group", GROUP, "GROUP;X", "';'"),
                Arguments.of("class", CLASS, "FACILITYX", "longer than 8"),
                Arguments.of("class", CLASS, "0FAC", "starts with a digit"),
                Arguments.of("class", CLASS, "FAC-X", "'-'"),
                Arguments.of("resource", RESOURCE, "", "empty"),
                Arguments.of("resource", RESOURCE, "A".repeat(247), "limit is 246"),
                Arguments.of("resource", RESOURCE, "BPX SERVER", "a blank at position 4"),
                Arguments.of("resource", RESOURCE, "BPX.'X'", "a quote"),
                Arguments.of("resource", RESOURCE, "BPX.\"X\"", "a quote"),
                Arguments.of("resource", RESOURCE, "BPX.X)", "a parenthesis"),
                Arguments.of("resource", RESOURCE, "BPX.(X", "a parenthesis"),
                Arguments.of("resource", RESOURCE, "A,B", "a comma"),
                Arguments.of("resource", RESOURCE, "A;B", "a semicolon"),
                Arguments.of("resource", RESOURCE, "BPX.SERVER\nPERMIT", "control character (U+000A)"),
                Arguments.of("resource", RESOURCE, "A\tB", "control character"),
                Arguments.of("resource", RESOURCE, "A\u0000B", "control character (U+0000)"),
                Arguments.of("dataset", DATASET, "", "empty"),
                Arguments.of("dataset", DATASET, "AAAAAAAA.BBBBBBBB.CCCCCCCC.DDDDDDDD.EEEEEEEE.F", "limit is 44"),
                Arguments.of("dataset", DATASET, "SYS1.TOOLONGQUAL", "longer than 8"),
                Arguments.of("dataset", DATASET, "SYS1..X", "empty qualifier"),
                Arguments.of("dataset", DATASET, "SYS1.1ABC", "starts with '1'"),
                Arguments.of("dataset", DATASET, "SYS1.-ABC", "starts with '-'"),
                Arguments.of("dataset", DATASET, "SYS*.X", "high-level qualifier"),
                Arguments.of("dataset", DATASET, "SYS1.A'B", "'''"),
                Arguments.of("dataset", DATASET, "SYS1.A B", "a blank"),
                Arguments.of("dataset", DATASET, "SYS1.parm", "lower-case"),
                Arguments.of("dataset", DATASET, "SYS1.X\nY", "control character"));
    }

    @ParameterizedTest(name = "{0} \"{2}\" is refused: {3}")
    @MethodSource("invalidNames")
    void invalid(String kind, Function<String, Optional<String>> check, String name, String reason) {
        Optional<String> problem = check.apply(name);
        assertTrue(problem.isPresent(), "no reason for " + name);
        assertTrue(problem.get().contains(reason), problem.get());
        assertTrue(problem.get().indexOf('\n') < 0, "a reason is one line: " + problem.get());
    }
}
