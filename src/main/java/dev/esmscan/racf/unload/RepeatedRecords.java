package dev.esmscan.racf.unload;

import dev.esmscan.input.Reach;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import java.util.Locale;

/**
 * Base records that define again a user, group or profile already defined. Within one unload each
 * is a problem of its own (a damaged or merged file). When an earlier input had already filled the
 * model, they are most likely a second extract of the same database (an older copy beside the
 * unload): one problem names how many records repeat, instead of one per record.
 */
final class RepeatedRecords {
    static final String KIND = "repeated records";

    private final boolean earlierInput;
    private long count;
    private long firstLine;
    private String firstSubject;

    private RepeatedRecords(boolean earlierInput) {
        this.earlierInput = earlierInput;
    }

    /** For a read into {@code model}: whether an earlier input already put identities or profiles there. */
    static RepeatedRecords of(SecurityModel.Builder model) {
        return new RepeatedRecords(model != null
                && (!model.users().isEmpty() || !model.groups().isEmpty() || !model.profiles().isEmpty()));
    }

    /** A base record at {@code line} that defines {@code subject} again. */
    void add(long line, String subject, ReadStats stats) {
        if (!earlierInput) {
            stats.error(line, "duplicate base record for " + subject + ": this later one wins, replacing the earlier one's fields");
            return;
        }
        if (count++ == 0) {
            firstLine = line;
            firstSubject = subject;
        }
    }

    /** At the end of the read: the one problem of a file that repeats what an earlier input defined. */
    void finish(ReadStats stats) {
        if (count > 0) {
            stats.problem(firstLine, KIND, "repeats " + String.format(Locale.ROOT, "%,d", count) + " users, groups and profiles"
                    + " that an earlier input already defined (the first: " + firstSubject + "): two extracts of one database?"
                    + " Scan one of them; where they differ, this file's records replaced the earlier ones", Reach.everything());
        }
    }
}
