package dev.esmscan.racf.command;

import java.util.List;

/**
 * One parsed RACF command: the line it starts on, the command it names, its positional operands
 * (user, group, class or profile names, a list being one bare-list operand) and its keyword operands.
 */
public record RacfCommand(int line, RacfVerb verb, List<Operand> positionals, List<Operand> keywords) {

    public RacfCommand {
        positionals = List.copyOf(positionals);
        keywords = List.copyOf(keywords);
    }
}
