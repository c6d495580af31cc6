/**
 * Batch jobs (JCL members) as scan input: the SYSTSIN of their TSO steps, read as z/OS would hand
 * it to IKJEFT01, then recognised and read by the command reader of the security product, as a
 * command file would be. JCL belongs to z/OS, not to a security product: nothing here names one.
 *
 * <p>{@link dev.esmscan.input.jcl.JclExtraction} walks the member (z/OS MVS JCL Reference; JES2
 * where JES2 and JES3 differ):
 * <ul>
 *   <li>A member is a job when its first line that is not blank starts with {@code //}.</li>
 *   <li>Statements are columns 1–71 of {@code //} records, continued after a comma or inside a value
 *       in apostrophes; {@code //*} records are comments; a non-blank column 72 continues a comment.</li>
 *   <li>{@code SET} and {@code EXPORT SYMLIST=} define and export JCL symbols; symbols are substituted
 *       in every JCL statement; in in-stream data only on a DD with {@code SYMBOLS=}: JCLONLY the
 *       exported symbols; EXECSYS and CNVTSYS also system symbols, which an offline scan does not
 *       know, so they stay as written, with a notice for the DD and a problem at each line that uses
 *       one (the command on that line is not what the system would run). SYSUID, the submitter's ID,
 *       likewise.</li>
 *   <li>{@code DD *} data ends at {@code /*}, at its DLM= characters or before the next {@code //}
 *       record; {@code DD DATA} only at its delimiter ({@code /*} or DLM=). Lines after a {@code /*}
 *       that ends SYSTSIN are not SYSTSIN (a notice says so).</li>
 *   <li>The SYSTSIN of every step running PGM=IKJEFT01, IKJEFT1A or IKJEFT1B is read, following
 *       {@code DDNAME=} to the DD it names and concatenated unnamed DDs; the other in-stream DDs are
 *       not read (a notice each). Steps in an in-stream procedure definition (PROC to PEND) are not
 *       run. A step that runs a procedure, a program other than a few utilities that change no
 *       security definition, INCLUDE, PARM= on a TSO step and SYSTSIN continued in a data set are
 *       problems that reach everything: what they change cannot be seen.</li>
 *   <li>Zowe's {@code {zowe.setup...}} placeholders are filled from the zowe.yaml, or with Zowe's
 *       documented default (an assumption); one with neither is a problem at its line.</li>
 *   <li>A SET the job leaves empty whose symbol the SYSTSIN uses gets a notice naming the SET line and
 *       each use: JES substitutes nothing, and the commands are read that way.</li>
 * </ul>
 *
 * <p>Not modelled: JES's keeping of columns when a substituted value is shorter or longer than its
 * symbol in in-stream data (the text after the symbol moves; this matters only for text that would
 * reach columns 73–80); conditional execution (IF/THEN/ELSE, COND=: every TSO step is taken as run,
 * an assumption says so); procedures and INCLUDE members (not read); a dangling TSO continuation at
 * the end of one step's SYSTSIN joining the next step's first command.
 *
 * <p>The text handed to the command reader has the member's line count, every line that is not
 * SYSTSIN data blank, so every notice and problem of the commands names the line of the member.
 */
package dev.esmscan.input.jcl;
