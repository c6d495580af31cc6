package dev.esmscan.policy;

/** A policy pack that cannot be used: a DRL that does not compile, or rules with bad metadata. Exit 12. */
public class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PolicyException(String message) {
        super(message);
    }
}
