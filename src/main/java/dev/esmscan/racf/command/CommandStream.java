package dev.esmscan.racf.command;

import dev.esmscan.input.Reach;
import dev.esmscan.model.SecurityModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stream of TSO commands as a batch job's SYSTSIN holds them, applied to a model as TSO and RACF
 * would run them one after the other:
 * <ul>
 *   <li>A command that changes the database goes to the {@link RacfCommandInterpreter}; what RACF
 *       refuses is a notice ("refused"), what esmscan cannot model a problem ("not modelled").</li>
 *   <li>LISTUSER, LISTGRP, LISTDSD, RLIST, SEARCH and SETROPTS LIST are notices ("listing"); TSO's
 *       PROFILE is a notice ("no effect") that also sets the session's PROMPT and PREFIX; RACDCERT is
 *       a notice ("outside the rules"); a line that is no command esmscan knows is a problem reaching
 *       the class it names, else everything.</li>
 *   <li>A command TSO's parse rejects (an unknown keyword such as a stray {@code 0}, a bad value, a
 *       missing operand: IKJ56712I INVALID KEYWORD) is not run as written. What happens next
 *       depends on prompting (z/OS TSO/E Programming Services, "Prompt Message Processing"): with
 *       NOPROMPT the command ends and the next line runs as the next command; with PROMPT TSO asks
 *       for the operand again (IKJ56703A REENTER THIS OPERAND) and, in a batch job, reads the reply
 *       from SYSTSIN, the next line of the stream. In the background PROMPT comes from the job
 *       user's TSO profile (z/OS TSO/E Command Reference, "PROFILE foreground/background processing
 *       differences"), which no input shows, unless a PROFILE PROMPT or NOPROMPT earlier in the
 *       stream sets it. So: with NOPROMPT set, the command is refused; with PROMPT set and a next
 *       line that is a reply (an operand of the command, such as {@code ID(ZWESVUSR)} alone on its
 *       line), the command runs with the reply in place of the rejected operand; otherwise the
 *       outcome is not known and is a problem reaching what the command, and every line TSO might
 *       read as a reply, can change (only the command itself when the next line is such a reply, or
 *       when the command would change nothing either way). One such outcome is settled: when the
 *       reply would make a PERMIT that only gives named IDs (not ID(*)) some access on a defined
 *       profile, with no DELETE, RESET, WHEN or FROM, and, once the whole stream has run, that access
 *       is no lower than what those IDs would have without it, the command is taken as not run and
 *       is a notice ("refused"): the reading that grants nothing is the conservative one for every
 *       rule, since access can only be missing from it, and UACC, ID(*) and WARNING are the same in
 *       both.</li>
 * </ul>
 */
public final class CommandStream {
    private final RacfCommandInterpreter interpreter;
    private final List<RacfCommandParser.Entry> entries;
    private final List<CommandNote> notes = new ArrayList<>();
    private final List<String> assumptions = new ArrayList<>();
    private final List<String> commandNames = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();

    /** The notices and problems in line order, the assumptions taken, and the name of each command, in order. */
    public record Result(List<CommandNote> notes, List<String> assumptions, List<String> commandNames) {

        public List<CommandNote> problems() {
            return notes.stream().filter(CommandNote::isProblem).toList();
        }

        public List<CommandNote> notices() {
            return notes.stream().filter(n -> !n.isProblem()).toList();
        }
    }

    private CommandStream(SecurityModel.Builder model, RacfCommandParser.Parsed parsed) {
        this.interpreter = new RacfCommandInterpreter(model);
        this.entries = parsed.entries();
        notes.addAll(parsed.notes());
        if (parsed.deck()) {
            assumptions.add("every line is at most 80 columns long and the lines that reach past column 72 hold a number there:"
                    + " columns 73-80 taken as the sequence numbers of fixed 80-column records, which TSO ignores");
        }
    }

    /** Applies the commands of a text to a model under construction. */
    public static Result apply(SecurityModel.Builder model, String text) {
        CommandStream stream = new CommandStream(model, RacfCommandParser.parse(text));
        stream.run();
        List<CommandNote> sorted = new ArrayList<>(stream.notes);
        sorted.sort(Comparator.comparingInt(CommandNote::line));
        return new Result(List.copyOf(sorted), List.copyOf(stream.assumptions), List.copyOf(stream.commandNames));
    }

    private void run() {
        for (int i = 0; i < entries.size(); i++) {
            RacfCommandParser.Entry e = entries.get(i);
            if (!e.isCommand()) {
                if (e.verb().isPresent()) {
                    commandNames.add(e.verb().get().name());
                    i = invalid(i, e.verb().get(), e.error(), null, null, CommandReach.ofText(e.text()));
                } else {
                    notes.add(CommandNote.problem(e.line(), "unknown command " + RacfCommandParser.firstWord(e.text())
                            + ": not a command esmscan knows; what it does is not modelled: " + abbreviate(e.text()),
                            CommandReach.ofText(e.text())));
                }
                continue;
            }
            RacfCommand c = e.command();
            commandNames.add(c.verb().name());
            switch (c.verb().effect()) {
                case LISTING -> notes.add(CommandNote.notice(c.line(), CommandNote.Kind.LISTING,
                        c.verb().name() + ": lists, changes nothing"));
                case TSO_PROFILE -> profile(c);
                case OUTSIDE_THE_RULES -> notes.add(CommandNote.notice(c.line(), CommandNote.Kind.OUTSIDE_THE_RULES,
                        c.verb().name() + ": certificates and key rings, which no rule reads"));
                case NOT_MODELLED -> notes.add(CommandNote.problem(c.line(), c.verb().name()
                        + ": distributed identity mappings are not modelled by esmscan", CommandReach.of(c)));
                case CHANGE -> {
                    if (isSetroptsList(c)) {
                        notes.add(CommandNote.notice(c.line(), CommandNote.Kind.LISTING, "SETROPTS LIST: lists, changes nothing"));
                        continue;
                    }
                    RacfCommandInterpreter.Outcome o = interpreter.execute(c);
                    notes.addAll(o.notes());
                    if (o.invalid() != null) {
                        i = invalid(i, c.verb(), o.invalid(), o.invalidOperand(), c, o.reach());
                    }
                }
            }
        }
        // later commands (a RALTER UACC, a CONNECT, a PERMIT to a group) could make the grant lower someone's access
        for (Pending p : pending) {
            if (p.grant().stillOnlyGrants(interpreter.model())) {
                notes.addAll(p.settled());
            } else {
                notes.add(p.unsettled());
            }
        }
    }

    /**
     * A command TSO's parse rejects, at entry i; returns the index of the last entry it accounts for
     * (i, or i + 1 when the next line is its reply).
     */
    private int invalid(int i, RacfVerb verb, String why, Operand operand, RacfCommand command, Reach reach) {
        int line = entries.get(i).line();
        String what = verb.name() + ": TSO does not accept the command as written: " + why;
        InterpreterState state = interpreter.state();
        Boolean prompt = state.prompt();
        Optional<Reply> reply = reply(i, verb, operand, command);
        if (Boolean.FALSE.equals(prompt)) {
            notes.add(CommandNote.notice(line, CommandNote.Kind.REFUSED, what
                    + "; with NOPROMPT (PROFILE at line " + state.promptLine() + ") TSO ends the command without running it"));
            if (reply.isPresent()) {
                notes.add(replyAsCommand(reply.get(), line, ""));
                return i + 1;
            }
            return i;
        }
        if (reply.isPresent()) {
            RacfCommand corrected = reply.get().corrected();
            int replyLine = reply.get().line();
            String readings = "TSO asks for the operand " + operand + " again (IKJ56703A REENTER THIS OPERAND); in a batch job the reply"
                    + " is the next line of SYSTSIN, line " + replyLine + ", when the job's TSO profile has PROMPT: the command then runs as "
                    + render(corrected) + "; with NOPROMPT it ends without running, and line " + replyLine + " is no command";
            if (Boolean.TRUE.equals(prompt)) {
                notes.add(CommandNote.notice(line, CommandNote.Kind.NO_EFFECT, what + "; " + readings
                        + "; PROMPT is set (PROFILE at line " + state.promptLine() + "), so the command runs with the reply"));
                RacfCommandInterpreter.Outcome o = interpreter.execute(corrected);
                notes.addAll(o.notes());
                if (o.invalid() != null) {
                    notes.add(CommandNote.problem(line, verb.name() + ": the command with the reply of line " + replyLine
                            + " is not accepted either: " + o.invalid(), later(i + 2, o.reach())));
                }
                return i + 1;
            }
            CommandNote unsettled = CommandNote.problem(line, what + "; " + readings + ". The job's TSO profile is not in the input:"
                    + " put PROFILE NOPROMPT (or PROMPT) before the commands to settle it, or correct the command", reach);
            if (PermitCommand.changesNothing(interpreter.model(), corrected)) {
                notes.add(CommandNote.notice(line, CommandNote.Kind.REFUSED, what + "; " + readings
                        + "; either way the database is unchanged, since the command would change nothing"));
                return i + 1;
            }
            Optional<PermitCommand.Grant> grant = PermitCommand.onlyGrants(interpreter.model(), state, corrected);
            if (grant.isPresent()) {
                String refused = what + "; under PROMPT TSO would have read line " + replyLine + " as the reply (IKJ56703A REENTER THIS OPERAND)"
                        + " and the PERMIT would have granted " + grant.get().describe() + "; under NOPROMPT it ends without running."
                        + " The job's TSO profile is not in the input, so the verdicts take the reading that grants nothing:"
                        + " the other reading can only give " + String.join(" ", grant.get().ids()) + " more access, so a requirement"
                        + " that needs that access fails rather than passes, and no exposure check (UACC, ID(*), WARNING) sees the difference."
                        + " Put PROFILE NOPROMPT (or PROMPT) before the commands to settle it, or correct the command";
                List<CommandNote> settled = List.of(CommandNote.notice(line, CommandNote.Kind.REFUSED, refused),
                        replyAsCommand(reply.get(), line, "under NOPROMPT "));
                pending.add(new Pending(grant.get(), settled, unsettled));
                return i + 1;
            }
            notes.add(unsettled);
            return i + 1;
        }
        String readings = "; with NOPROMPT TSO ends the command without running it; with PROMPT TSO reads the next lines of SYSTSIN"
                + " as replies, so the command may run with one of them and those lines do not run as commands";
        if (prompt == null && onlyDefinesANewGroup(verb, entries.get(i).text())) {
            // With a reply ADDGROUP can only define a group that does not exist yet, with no members and a GID
            // RACF assigns (or none): no rule's verdict can rest on such a group existing, so the identity
            // checks take the reading that defines nothing; the lines a reply would consume keep their reach.
            notes.add(CommandNote.problem(line, what + readings + "; the job's TSO profile, which decides, is not in the input:"
                    + " put PROFILE NOPROMPT before the commands to settle it. A group the command might define with a reply is new"
                    + " and empty, so the identity checks take the reading that defines none; the lines TSO might read as replies"
                    + " are what cannot be trusted", later(i + 1, Reach.nothing())));
            return i;
        }
        if (Boolean.TRUE.equals(prompt)) {
            notes.add(CommandNote.problem(line, what + readings + "; PROMPT is set (PROFILE at line " + state.promptLine()
                    + "), and what the next lines make of the command is not modelled", later(i + 1, reach)));
        } else {
            notes.add(CommandNote.problem(line, what + readings + "; the job's TSO profile, which decides, is not in the input:"
                    + " put PROFILE NOPROMPT before the commands to settle it", later(i + 1, reach)));
        }
        return i;
    }

    /** An ADDGROUP without a GID of its own: all a reply could make of it is a new, empty group. */
    private static boolean onlyDefinesANewGroup(RacfVerb verb, String text) {
        return verb == RacfVerb.ADDGROUP && !NUMBERED_GID.matcher(text).find();
    }

    private static final Pattern NUMBERED_GID = Pattern.compile("(?i)\\bGID\\s*\\(\\s*\\d");

    /** The reply line run as a command of its own, as it is with NOPROMPT: TSO finds no such command. */
    private static CommandNote replyAsCommand(Reply reply, int commandLine, String when) {
        return CommandNote.notice(reply.line(), CommandNote.Kind.REFUSED, "line " + reply.line()
                + " is an operand of the command at line " + commandLine + " on a line of its own, not a command: " + when
                + "TSO finds no command " + reply.word() + " (IKJ56500I COMMAND " + reply.word() + " NOT FOUND)");
    }

    /**
     * A rejected PERMIT whose reply could only have granted: the notices it comes to when the whole
     * stream leaves the grant a grant (see {@link PermitCommand.Grant#stillOnlyGrants}), else the problem.
     */
    private record Pending(PermitCommand.Grant grant, List<CommandNote> settled, CommandNote unsettled) {
    }

    /** The reach of a rejected command and of every line after it, any of which TSO may read as a reply. */
    private Reach later(int from, Reach reach) {
        Reach r = reach;
        for (int j = from; j < entries.size() && !r.isEverything(); j++) {
            r = r.plus(reachOf(entries.get(j)));
        }
        return r;
    }

    /**
     * The next line read as the reply to the prompt for a rejected operand: it is no command, and
     * it holds operands of the same command only (such as {@code ID(ZWESVUSR)}).
     */
    private Optional<Reply> reply(int i, RacfVerb verb, Operand operand, RacfCommand command) {
        if (operand == null || command == null || i + 1 >= entries.size()) {
            return Optional.empty();
        }
        RacfCommandParser.Entry next = entries.get(i + 1);
        if (next.isCommand() || next.verb().isPresent()) {
            return Optional.empty();
        }
        String text = next.text();
        String word = RacfCommandParser.firstWord(text);
        Optional<List<Operand>> items = RacfCommandParser.operands(text);
        if (items.isEmpty() || items.get().isEmpty()) {
            return Optional.empty();
        }
        for (Operand item : items.get()) {
            if (item.quoted() || item.isBareList() || !verb.keywords().resolve(item.name()).resolved()) {
                return Optional.empty();
            }
        }
        List<Operand> keywords = new ArrayList<>();
        boolean replaced = false;
        for (Operand k : command.keywords()) {
            if (k == operand && !replaced) {
                keywords.addAll(items.get());
                replaced = true;
            } else {
                keywords.add(k);
            }
        }
        if (!replaced) {
            return Optional.empty();
        }
        RacfCommand corrected = new RacfCommand(command.line(), command.verb(), command.positionals(), keywords);
        return Optional.of(new Reply(next.line(), word.toUpperCase(Locale.ROOT), corrected));
    }

    /** TSO's PROFILE: no effect on the database; PROMPT/NOPROMPT and PREFIX/NOPREFIX set the session. */
    private void profile(RacfCommand c) {
        InterpreterState state = interpreter.state();
        List<String> set = new ArrayList<>();
        for (Operand k : c.keywords()) {
            Keywords.Resolution r = RacfVerb.PROFILE.keywords().resolve(k.name());
            if (!r.resolved()) {
                continue;
            }
            switch (r.name()) {
                case "PROMPT" -> {
                    state.prompt(true, c.line());
                    set.add("PROMPT");
                }
                case "NOPROMPT" -> {
                    state.prompt(false, c.line());
                    set.add("NOPROMPT");
                }
                case "NOPREFIX" -> {
                    state.prefix(Optional.empty(), c.line());
                    set.add("NOPREFIX");
                }
                case "PREFIX" -> {
                    if (k.hasValues() && k.values().size() == 1 && !k.values().get(0).hasValues()) {
                        String prefix = k.values().get(0).upperName();
                        state.prefix(Optional.of(prefix), c.line());
                        set.add("PREFIX(" + prefix + ")");
                    }
                }
                default -> {
                    // the terminal, messages and language: nothing the commands depend on
                }
            }
        }
        notes.add(CommandNote.notice(c.line(), CommandNote.Kind.NO_EFFECT, "PROFILE: TSO's own profile, nothing in the RACF database"
                + (set.isEmpty() ? "" : "; sets " + String.join(" ", set) + " for the commands after it")));
    }

    private static boolean isSetroptsList(RacfCommand c) {
        if (c.verb() != RacfVerb.SETROPTS || c.keywords().isEmpty()) {
            return false;
        }
        for (Operand k : c.keywords()) {
            Keywords.Resolution r = RacfVerb.SETROPTS.keywords().resolve(k.name());
            if (!r.resolved() || !r.name().equals("LIST") || k.hasValues()) {
                return false;
            }
        }
        return true;
    }

    static String render(RacfCommand c) {
        StringBuilder sb = new StringBuilder(c.verb().name());
        c.positionals().forEach(p -> sb.append(' ').append(p));
        c.keywords().forEach(k -> sb.append(' ').append(k));
        return sb.toString();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }

    /** The reply line to a prompt: its line, the word it starts with, and the command as it runs with the reply. */
    private record Reply(int line, String word, RacfCommand corrected) {
    }

    /** What a line of the stream can change. */
    private static Reach reachOf(RacfCommandParser.Entry entry) {
        if (entry.isCommand()) {
            RacfVerb.Effect effect = entry.command().verb().effect();
            return effect == RacfVerb.Effect.CHANGE || effect == RacfVerb.Effect.NOT_MODELLED ? CommandReach.of(entry.command()) : Reach.nothing();
        }
        return CommandReach.ofText(entry.text());
    }
}
