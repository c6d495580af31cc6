package dev.esmscan.tss.read;

import dev.esmscan.tss.command.TssCommand;
import java.util.List;

/** The values of a list, as Top Secret output and commands write them: separated by commas or blanks, upper case. */
public final class TssOutputWords {

    private TssOutputWords() {
    }

    public static List<String> of(String value) {
        return TssOutputParser.words(value);
    }

    public static List<String> of(TssCommand.Operand operand) {
        return operand.hasValue() ? of(operand.value()) : List.of();
    }
}
