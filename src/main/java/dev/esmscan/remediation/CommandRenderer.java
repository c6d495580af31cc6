package dev.esmscan.remediation;

import java.util.List;
import java.util.Optional;

/** One ESM's commands for the neutral intents: the change, what to list before it, and its undo. */
public interface CommandRenderer {

    /**
     * Why a name in the intent may not go into a command (an extract is untrusted input); empty when
     * all are valid. Throws IllegalArgumentException for an intent this ESM cannot express.
     */
    Optional<String> invalidName(Intent intent);

    /** The commands that make the change. */
    List<String> change(Intent intent);

    /** The commands that show the state before the change (listed in the job before it). */
    List<String> inspect(Intent intent);

    /** The commands that undo exactly this change. */
    List<String> backout(Intent intent);

    /** The class whose in-storage profiles must be refreshed after the change, if any. */
    Optional<String> refreshedClass(Intent intent);

    /** The command that refreshes a class's in-storage profiles. */
    String refresh(String className);

    /** How a comment line is written in this ESM's command stream. */
    String comment(String text);

    /** Commands that open the command stream (ACF2: the ACF command processor); none by default. */
    default List<String> streamStart() {
        return List.of();
    }

    /** Commands that close the command stream (ACF2: END); none by default. */
    default List<String> streamEnd() {
        return List.of();
    }
}
