package dev.esmscan.model;

/** How an ESM would answer an access request. */
public enum AccessOutcome {
    /** The identity's access is at least the requested level. */
    GRANTED,
    /** A profile protects the resource and the identity's access is below the requested level. */
    DENIED,
    /** No active class or no profile covers the resource: the ESM leaves the decision to the caller. */
    NOT_PROTECTED,
    /** Denied by the access list, but allowed because the deciding profile is in WARNING mode. */
    WARNING
}
