package dev.esmscan.model;

import java.util.List;
import java.util.Optional;

/** One ESM's authorization rules over a model: who gets what, and why. */
public interface AccessResolver {

    /** Decides whether {@code identity} has at least {@code requested} to {@code resource} in {@code className}. */
    AccessDecision decide(String identity, String className, String resource, AccessLevel requested);

    /** The profile that would decide access to the resource (discrete first, else the best generic), or null. */
    ResourceProfile decidingProfile(String className, String resource);

    /** The identity {@code procName} runs under when started by that name; empty when no definition covers it. */
    Optional<StartedTaskAssignment> startedTask(String procName);

    /**
     * Everything that gives at least {@code atLeast} to the resource through its deciding profile:
     * access list entries (users, groups with their connected users, ID(*)), the UACC, and WARNING
     * mode. Empty when no profile covers the resource.
     */
    List<AccessHolder> holders(String className, String resource, AccessLevel atLeast);
}
