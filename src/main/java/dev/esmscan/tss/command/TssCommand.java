package dev.esmscan.tss.command;

import java.util.List;
import java.util.Optional;

/**
 * One parsed TSS command: {@code TSS FUNCTION(acid) KEYWORD(value) KEYWORD ...}.
 *
 * @param line      the line the command starts on
 * @param function  the function as written, upper case (CREATE, ADD, ADDTO, PER, ...)
 * @param target    the function's operand (the ACID, STC, RDT, ...), null when it has none
 * @param operands  the keywords in order
 * @param text      the command as one line
 */
public record TssCommand(int line, String function, String target, List<Operand> operands, String text) {

    /** A keyword with its parenthesised value, or null for a bare keyword. */
    public record Operand(String keyword, String value) {
        public boolean hasValue() {
            return value != null;
        }
    }

    public TssCommand {
        operands = List.copyOf(operands);
    }

    public Optional<Operand> operand(String keyword) {
        return operands.stream().filter(o -> o.keyword().equals(keyword)).findFirst();
    }
}
