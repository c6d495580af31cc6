/**
 * RACF TSO commands as scan input and for checking remediation commands against a model.
 *
 * <p>{@link dev.esmscan.racf.command.RacfCommandParser} turns command text into
 * {@link dev.esmscan.racf.command.RacfCommand}s (continuation with {@code -} and {@code +} as TSO/E
 * defines them, comments, quotes, abbreviations); {@link dev.esmscan.racf.command.RacfCommandInterpreter}
 * applies them to a {@code SecurityModel.Builder} as RACF would;
 * {@link dev.esmscan.racf.command.RacfCommands} does both on a copy of a model;
 * {@link dev.esmscan.racf.command.RacfCommandFileReader} reads a command file as an extract;
 * {@link dev.esmscan.racf.command.RacfNames} holds RACF's naming rules.
 *
 * <p>Choices where RACF depends on things the commands do not show:
 * <ul>
 *   <li>The issuer is unknown: CONNECT and REMOVE need GROUP; ADDUSER without DFLTGRP gets no
 *       default group connection; OWNER is recorded as given and not checked.</li>
 *   <li>A profile name with generic characters is generic unless the class options (from the
 *       model or from SETROPTS commands in the same input) show neither GENERIC nor GENCMD for the
 *       class; then it is discrete, as RACF defines it (ICH10321I), and reported.</li>
 *   <li>AUTOUID and AUTOGID take the lowest ID from 1000 up that no user (group) of the model holds.</li>
 *   <li>PERMIT skips IDs that are neither users nor groups of the model, and stops at a profile that
 *       is not defined (ICH06004I).</li>
 *   <li>An unknown or ambiguous operand, a bad value or conflicting operands reject the whole
 *       command, as TSO's parser would; an operand RACF accepts but esmscan does not model is
 *       reported and the rest of the command applied.</li>
 * </ul>
 */
package dev.esmscan.racf.command;
