/**
 * RACF TSO commands as scan input and for checking remediation commands against a model.
 *
 * <p>{@link dev.esmscan.racf.command.RacfCommandParser} turns command text into logical lines and
 * {@link dev.esmscan.racf.command.RacfCommand}s (continuation with {@code -} and {@code +}, comments
 * as TSO/E ends them, sequence numbers of numbered decks, quotes, abbreviations);
 * {@link dev.esmscan.racf.command.CommandStream} runs a stream as TSO would (listings, PROFILE,
 * prompting after a command TSO's parse rejects) and hands each command that changes the database
 * to {@link dev.esmscan.racf.command.RacfCommandInterpreter}, which applies it to a
 * {@code SecurityModel.Builder} as RACF would; {@link dev.esmscan.racf.command.RacfCommands} does
 * both on a copy of a model; {@link dev.esmscan.racf.command.RacfCommandFileReader} reads a command
 * file as an extract; {@link dev.esmscan.racf.command.RacfNames} holds RACF's naming rules.
 *
 * <p>What a command comes to is a {@link dev.esmscan.racf.command.CommandNote}: a notice when RACF
 * refuses it (with RACF's message where IBM documents one), when it only lists, when it is TSO's
 * PROFILE, a comment over several lines or a RACDCERT; a problem ("not modelled") with the part of
 * the database it could change when esmscan cannot tell what RACF does.
 *
 * <p>Choices where RACF depends on things the commands do not show:
 * <ul>
 *   <li>The issuer is unknown: CONNECT and REMOVE need GROUP; ADDUSER without DFLTGRP gets no
 *       default group connection; ADDSD without UACC is reported; OWNER is recorded as given and
 *       not checked.</li>
 *   <li>A data set name without quotes gets the TSO prefix, which only a PROFILE PREFIX or NOPREFIX
 *       of the stream shows; otherwise the command is reported.</li>
 *   <li>Whether TSO prompts after a command its parse rejects depends on the job user's TSO
 *       profile; only a PROFILE PROMPT or NOPROMPT of the stream settles it.</li>
 *   <li>A profile name with generic characters is generic unless the class options (from the
 *       model or from SETROPTS commands in the same input) show neither GENERIC nor GENCMD for the
 *       class; then it is discrete, as RACF defines it (ICH10321I), and reported.</li>
 *   <li>SETROPTS commands change only the classes they name; without SETROPTS LIST output the
 *       status of every other class stays unknown.</li>
 *   <li>A class neither IBM-supplied nor defined by a CDT profile of the inputs may still be in the
 *       installation's static class descriptor table: commands naming it are applied and reported.</li>
 *   <li>AUTOUID and AUTOGID take the lowest ID from 1000 up that no user (group) of the model holds.</li>
 *   <li>PERMIT stops at a profile that is not defined (ICH06004I) and skips IDs that are neither
 *       users nor groups of the model (ICH06007I).</li>
 * </ul>
 */
package dev.esmscan.racf.command;
