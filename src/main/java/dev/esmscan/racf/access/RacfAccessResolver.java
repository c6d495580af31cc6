package dev.esmscan.racf.access;

import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessHolder;
import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessOutcome;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.ConditionalAccessEntry;
import dev.esmscan.model.Connection;
import dev.esmscan.model.ProfileHolders;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskAssignment;
import dev.esmscan.model.StartedTaskData;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides access the way RACF's REQUEST=AUTH / FASTAUTH would, over an offline model, and explains
 * each decision naming the deciding profile and the path (formats §9–§11).
 *
 * <p>Order: class status (SETROPTS CLASSACT; DATASET is always active), profile selection
 * (discrete, else the most specific generic in a GENERIC class), the standard access list
 * (user, groups, ID(*), UACC; RESTRICTED skips the last two), then WARNING mode. Conditional
 * access list entries are reported, never counted.
 *
 * <p>Deliberately not modelled:
 * <ul>
 *   <li>TRUSTED and PRIVILEGED started tasks bypass checking in RACF, but this resolver answers for
 *       a user ID, not a running task, so it never grants on that basis.</li>
 *   <li>The global access table is ignored: it can only grant, and it does not apply to FASTAUTH,
 *       which Zowe uses.</li>
 *   <li>OPERATIONS, security labels, RACFVARS ({@code &} is matched literally), resource grouping
 *       classes and the CDT default return code. OPERATIONS is mentioned in the explanation where
 *       RACF could honour it, and not granted.</li>
 * </ul>
 */
public final class RacfAccessResolver implements AccessResolver {
    static final String STARTED = "STARTED";
    private static final String PROGRAM = "PROGRAM";

    private final SecurityModel model;
    private final ClassOptions options;
    private final ProfileSelector selector;
    private final AccessListEvaluator accessLists;

    public RacfAccessResolver(SecurityModel model) {
        Objects.requireNonNull(model, "model");
        this.model = model;
        this.options = model.classOptions().orElse(null);
        this.selector = new ProfileSelector(model);
        this.accessLists = new AccessListEvaluator(model);
    }

    @Override
    public AccessDecision decide(String identity, String className, String resource, AccessLevel requested) {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(requested, "requested");
        boolean alwaysActive = ProfileSelector.DATASET.equals(className);
        boolean classStatusKnown = alwaysActive || options != null && options.isActiveKnown(className);
        List<String> notes = new ArrayList<>();

        if (!alwaysActive && classStatusKnown && !options.isActive(className)) {
            ResourceProfile covering = decidingProfile(className, resource);
            String explanation = "class " + className + " is not active: " + className + " " + resource + " is not protected"
                    + (covering == null ? "" : " (" + covering + " would cover it)");
            return new AccessDecision(identity, className, resource, requested, AccessOutcome.NOT_PROTECTED, null, null,
                    "class-inactive", explanation, List.of(), true);
        }

        ProfileSelection selection = selector.select(className, resource);
        ResourceProfile profile = selection.profile();
        if (profile == null) {
            notes.addAll(selection.notes());
            addClassStatusNote(classStatusKnown, notes);
            String explanation = "no profile covers " + className + " " + resource + joined(notes);
            return new AccessDecision(identity, className, resource, requested, AccessOutcome.NOT_PROTECTED, null, null,
                    "no-profile", explanation, List.of(), classStatusKnown);
        }

        AccessPath path = accessLists.evaluate(profile, identity);
        boolean warningApplies = profile.isWarning() && !PROGRAM.equals(className);
        AccessOutcome outcome;
        if (path.level().atLeast(requested)) {
            outcome = AccessOutcome.GRANTED;
        } else {
            outcome = warningApplies ? AccessOutcome.WARNING : AccessOutcome.DENIED;
        }
        List<ConditionalAccessEntry> conditional = conditionalEntries(profile, identity, path, requested);

        StringBuilder explanation = new StringBuilder(profile.toString());
        explanation.append(profile.isWarning() ? " in WARNING mode: " : ", ").append(path.text());
        if (outcome == AccessOutcome.WARNING) {
            explanation.append(", ").append(requested).append(" allowed only because the profile is in WARNING mode");
        } else if (outcome == AccessOutcome.DENIED) {
            explanation.append(" (").append(requested).append(" requested: denied)");
        }
        for (ConditionalAccessEntry c : conditional) {
            notes.add(c.level() + " possible under condition " + c.condition() + " through entry " + c.id()
                    + ", not counted as granted");
        }
        if (profile.isWarning() && !warningApplies) {
            notes.add("PROGRAM profiles cannot use WARNING mode");
        }
        notes.addAll(path.notes());
        notes.addAll(selection.notes());
        addClassStatusNote(classStatusKnown, notes);
        explanation.append(joined(notes));
        return new AccessDecision(identity, className, resource, requested, outcome, path.level(), profile, path.via(),
                explanation.toString(), conditional, classStatusKnown);
    }

    /**
     * The profile RACF would use for the resource: the discrete profile, else the most specific
     * generic profile when the class is GENERIC (or SETROPTS is unknown). Class activity is not
     * considered here. Null when none.
     */
    @Override
    public ResourceProfile decidingProfile(String className, String resource) {
        return selector.select(className, resource).profile();
    }

    /**
     * The STARTED profile for resource {@code procName.jobName}, by the same discrete-then-generic
     * rules; a null or blank job name means the job name is the procedure name, as it is when
     * START gives none. Null when no profile covers it. Whether STARTED is active is not
     * considered here.
     */
    public ResourceProfile startedProfile(String procName, String jobName) {
        Objects.requireNonNull(procName, "procName");
        String job = jobName == null || jobName.isBlank() ? procName : jobName;
        return decidingProfile(STARTED, procName + "." + job);
    }

    /** {@link #startedProfile(String, String)} as an Optional. */
    public Optional<ResourceProfile> findStartedProfile(String procName, String jobName) {
        return Optional.ofNullable(startedProfile(procName, jobName));
    }

    /**
     * The STARTED profile for {@code procName.procName} with its STDATA; {@code =MEMBER} names
     * the procedure itself. Empty when no profile covers it; a covering profile without STDATA
     * gives an assignment with no user.
     */
    @Override
    public Optional<StartedTaskAssignment> startedTask(String procName) {
        return findStartedProfile(procName, null).map(profile -> {
            StartedTaskData data = profile.getStartedTaskData();
            String source = profile.toString();
            if (data == null) {
                return new StartedTaskAssignment(procName, source, profile, null, null, false, false);
            }
            return new StartedTaskAssignment(procName, source, profile, member(data.user(), procName),
                    member(data.group(), procName), data.trusted(), data.privileged());
        });
    }

    /**
     * Standard access list entries at or above the level (an entry whose level the extract did not
     * hold counts as NONE, as in access decisions), then the UACC, then WARNING mode. Conditional
     * entries are not listed: they never count as granted.
     */
    @Override
    public List<AccessHolder> holders(String className, String resource, AccessLevel atLeast) {
        return ProfileHolders.of(decidingProfile(className, resource), model, atLeast, !PROGRAM.equals(className));
    }

    private static String member(String name, String procName) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.equals("=MEMBER") ? procName : name;
    }

    /** Conditional entries naming the identity, a group RACF considers for it, or ID(*), that would give at least the level requested. */
    private static List<ConditionalAccessEntry> conditionalEntries(ResourceProfile profile, String identity, AccessPath path,
                                                                   AccessLevel requested) {
        List<ConditionalAccessEntry> found = new ArrayList<>();
        for (ConditionalAccessEntry c : profile.getConditionalAccessList()) {
            boolean names = c.id().equals(identity)
                    || path.groups().contains(c.id())
                    || (AccessEntry.EVERYONE.equals(c.id()) && path.everyoneApplies());
            if (names && c.level() != null && c.level().atLeast(requested)) {
                found.add(c);
            }
        }
        return found;
    }

    private void addClassStatusNote(boolean classStatusKnown, List<String> notes) {
        if (!classStatusKnown) {
            notes.add(options == null ? "class status unknown: no SETROPTS input"
                    : "class status unknown: no SETROPTS LIST output, and no SETROPTS command of the inputs named the class");
        }
    }

    private static String joined(List<String> notes) {
        StringBuilder s = new StringBuilder();
        for (String note : notes) {
            s.append("; ").append(note);
        }
        return s.toString();
    }
}
