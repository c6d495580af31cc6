package dev.esmscan.policy;

import dev.esmscan.model.AccessDecision;

/**
 * Turns an access decision into a verdict under REQUIREMENTS.md "Access semantics": only access
 * the ESM grants counts; WARNING mode, conditional entries and "no profile" are failures.
 */
public final class AccessVerdict {

    private AccessVerdict() {
    }

    public static Status status(AccessDecision d) {
        return d.isGranted() ? Status.PASS : Status.FAIL;
    }

    public static String evidence(AccessDecision d) {
        String need = d.identity() + " needs " + d.requested() + " to " + d.className() + " " + d.resource();
        switch (d.outcome()) {
            case GRANTED:
                return d.explanation();
            case WARNING:
                return need + ": WARNING mode is not authorization; " + d.explanation();
            case NOT_PROTECTED:
                return need + ": not protected, which counts as denied; " + d.explanation();
            default:
                return need + ": " + d.explanation();
        }
    }
}
