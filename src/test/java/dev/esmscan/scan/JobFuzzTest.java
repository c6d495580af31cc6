package dev.esmscan.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.esmscan.esm.Esms;
import dev.esmscan.input.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged batch jobs (records dropped, doubled or cut, characters replaced by the ones JCL gives a
 * meaning: quotes, parentheses, commas, ampersands, periods, blanks) end cleanly: a model, or an
 * input error. Mutation i is made from the seed and i alone.
 */
class JobFuzzTest {
    private static final long SEED = 20261203L;
    private static final int MUTATIONS = 300;
    private static final String SPECIAL = "'(),&.= */$#\n";

    private static final String JOB = String.join("\n",
            "//ZWESECUR JOB (ACCT),'ZOWE SECURITY',CLASS=A,",
            "//             MSGCLASS=A",
            "//         EXPORT SYMLIST=(HLQ,PRODUCT,UID)",
            "//         SET PRODUCT=RACF,HLQ='ZWE3'  * two symbols",
            "//         SET UID=                     * for the site",
            "//RUN      EXEC PGM=IKJEFT01,REGION=0M",
            "//SYSTSPRT DD SYSOUT=*",
            "//SYSTSIN  DD DDNAME=&PRODUCT",
            "//RACF     DD DATA,DLM=$$,SYMBOLS=(JCLONLY,LOG)",
            "  ADDGROUP {zowe.setup.security.groups.admin} OMVS(GID(&UID.))",
            "  PERMIT '&HLQ..*.**' CLASS(DATASET) ACCESS(READ) ID(&&X)",
            "$$",
            "//         DD *",
            "  ADDUSER ZWESVUSR DFLTGRP(ZWEADMIN)",
            "/*",
            "//TSS      DD DATA,DLM=$$,SYMBOLS=JCLONLY",
            "TSS CREATE(&UID) TYPE(USER)",
            "$$",
            "//",
            "");

    @TempDir
    Path dir;

    @Test
    void damagedJobsGiveAModelOrAnInputErrorAndNothingElse() throws IOException {
        for (int i = 0; i < MUTATIONS; i++) {
            Random random = new Random(SEED * 1_000_003L + i);
            List<String> steps = new ArrayList<>();
            String damaged = mutate(JOB, random, steps);
            Path file = dir.resolve("m" + i + ".jcl");
            Files.writeString(file, damaged, StandardCharsets.ISO_8859_1);
            try {
                InputResolver.Resolved resolved = new InputResolver(Esms.all()).resolve(List.of(file), Optional.empty());
                assertNotNull(Scanner.load(resolved.inputs()).model());
            } catch (InputException e) {
                assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "an input error says what is wrong");
            } catch (RuntimeException | Error e) {
                fail("mutation " + i + " " + steps + " ended in " + e + "\n" + damaged, e);
            } finally {
                Files.delete(file);
            }
        }
    }

    private static String mutate(String text, Random random, List<String> steps) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int count = 1 + random.nextInt(4);
        for (int k = 0; k < count && !lines.isEmpty(); k++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(4)) {
                case 0 -> {
                    steps.add("drop line " + (at + 1));
                    lines.remove(at);
                }
                case 1 -> {
                    steps.add("double line " + (at + 1));
                    lines.add(at, lines.get(at));
                }
                case 2 -> {
                    String line = lines.get(at);
                    int cut = line.isEmpty() ? 0 : random.nextInt(line.length());
                    steps.add("cut line " + (at + 1) + " at " + cut);
                    lines.set(at, line.substring(0, cut));
                }
                default -> {
                    String line = lines.get(at);
                    if (line.isEmpty()) {
                        continue;
                    }
                    int pos = random.nextInt(line.length());
                    char c = SPECIAL.charAt(random.nextInt(SPECIAL.length()));
                    steps.add("line " + (at + 1) + " column " + (pos + 1) + " := " + (c == '\n' ? "line end" : c));
                    lines.set(at, line.substring(0, pos) + c + line.substring(pos + 1));
                }
            }
        }
        return String.join("\n", lines);
    }
}
