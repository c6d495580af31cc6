package dev.esmscan.model;

import java.util.List;

/**
 * An access decision with its explanation.
 *
 * @param identity     the user asked about
 * @param className    the resource class
 * @param resource     the resource name
 * @param requested    the level asked for
 * @param outcome      the ESM's answer
 * @param level        the access the identity effectively holds from the deciding profile (NONE when none; null when not protected)
 * @param profile      the deciding profile, null when none covers the resource
 * @param via          how the level was reached: user, group:NAME, id(*), uacc, none; or class-inactive, no-profile;
 *                     or {@value #SETTING}WHAT when a system setting decides the request whatever the access list says
 * @param explanation  the decision in words, naming the profile and the path
 * @param conditional  conditional entries that could give more access under a condition (never counted as granted)
 * @param classStatusKnown false when no input said whether the class is active
 */
public record AccessDecision(String identity, String className, String resource, AccessLevel requested,
                             AccessOutcome outcome, AccessLevel level, ResourceProfile profile, String via,
                             String explanation, List<ConditionalAccessEntry> conditional, boolean classStatusKnown) {

    /** The prefix of {@link #via} for a request a system setting decides (no permit changes it). */
    public static final String SETTING = "setting:";

    public AccessDecision {
        conditional = List.copyOf(conditional);
    }

    public boolean isGranted() {
        return outcome == AccessOutcome.GRANTED;
    }

    /** The deciding profile in the words an administrator uses: "FACILITY BPX.JOBNAME (discrete)". */
    public String profileDescription() {
        return profile == null ? "no profile" : profile.toString();
    }
}
