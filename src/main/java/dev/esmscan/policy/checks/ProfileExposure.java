package dev.esmscan.policy.checks;

import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.ConditionalAccessEntry;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.policy.Check;
import dev.esmscan.remediation.Intent;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the profile that decides access to a resource lets in users its access list does not
 * name: a UACC above NONE, an ID(*) entry above NONE (standard or conditional), or WARNING mode.
 * Each opening is named the way an administrator reads it. On the resource's own discrete profile
 * each opening gets the change that closes it with an exact backout; a STC user whose access came
 * only through what is closed is permitted explicitly, so the fix does not break its access.
 * A generic profile, a conditional entry or an unreadable level is left to a person.
 */
public final class ProfileExposure {
    private static final String UACC = "uacc";
    private static final String EVERYONE = "id(*)";

    private record Opening(String text, Intent fix, String via) {
    }

    private final ResourceProfile profile;
    private final String resource;
    private final List<Opening> openings = new ArrayList<>();
    private final List<String> unfixable = new ArrayList<>();

    private ProfileExposure(ResourceProfile profile, String resource) {
        this.profile = profile;
        this.resource = resource;
    }

    /** Inspects {@code profile}, the deciding profile of {@code resource} in its class. */
    public static ProfileExposure of(ResourceProfile profile, String resource) {
        ProfileExposure e = new ProfileExposure(profile, resource);
        e.inspect();
        return e;
    }

    private void inspect() {
        String on = " on " + profile;
        String cls = profile.getClassName();
        String name = profile.getName();
        AccessLevel uacc = profile.getUniversalAccess();
        if (uacc == null) {
            String raw = profile.getRawUniversalAccess();
            openings.add(new Opening("UACC not recognised (" + (raw == null ? "blank" : "'" + raw + "'") + ")" + on, null, null));
            unfixable.add("the UACC could not be read, so no command could restore it exactly");
        } else if (uacc != AccessLevel.NONE) {
            openings.add(new Opening("UACC(" + uacc + ")" + on, new Intent.SetUniversalAccess(cls, name, AccessLevel.NONE, uacc), UACC));
        }
        AccessEntry everyone = profile.entryFor(AccessEntry.EVERYONE);
        if (everyone != null && everyone.level() == null) {
            openings.add(new Opening("ID(*) with an unrecognised access level" + on, null, null));
            unfixable.add("the ID(*) level could not be read, so no command could restore it exactly");
        } else if (everyone != null && everyone.level() != AccessLevel.NONE) {
            openings.add(new Opening("ID(*) " + everyone.level() + on,
                    new Intent.RemoveAccessEntry(cls, name, AccessEntry.EVERYONE, everyone.level()), EVERYONE));
        }
        for (ConditionalAccessEntry c : profile.getConditionalAccessList()) {
            if (AccessEntry.EVERYONE.equals(c.id()) && c.level() != AccessLevel.NONE) {
                openings.add(new Opening("ID(*) " + (c.level() == null ? "(unrecognised level)" : c.level()) + " WHEN("
                        + c.conditionType() + "(" + c.conditionName() + "))" + on, null, null));
                unfixable.add("conditional access list entries are changed by hand");
            }
        }
        if (profile.isWarning()) {
            String reason = profile.getWarningReason();
            openings.add(new Opening("WARNING mode" + on + (reason == null ? "" : " (" + reason + ")"),
                    new Intent.EndWarningMode(cls, name), null));
        }
    }

    /** The profile lets no one in beyond its access list. */
    public boolean isClosed() {
        return openings.isEmpty();
    }

    /** Each opening in an administrator's words: "UACC(READ) on FACILITY BPX.DAEMON (discrete)". */
    public List<String> openings() {
        return openings.stream().map(Opening::text).toList();
    }

    /**
     * PASS when the profile is closed, else FAIL naming every opening, with the changes that close
     * them (or why a person must act). {@code keeper}, the STC user, keeps {@code keeperLevel}
     * when its access came only through the UACC or ID(*) entry being removed.
     */
    public Check check(AccessResolver access, String keeper, AccessLevel keeperLevel) {
        Check check = new Check();
        if (isClosed()) {
            return check.fact(profile + " has UACC(NONE), no ID(*) entry above NONE and no WARNING mode");
        }
        String needsPerson = needsPerson();
        if (needsPerson != null) {
            openings.forEach(o -> check.require(false, o.text()));
            return check.fact("a person must act: " + needsPerson);
        }
        AccessDecision kept = access.decide(keeper, profile.getClassName(), resource, keeperLevel);
        boolean keeperKept = false;
        for (Opening o : openings) {
            if (!keeperKept && o.via() != null && o.via().equals(kept.via()) && kept.level() != null && kept.level() != AccessLevel.NONE) {
                check.require(false, o.text(), o.fix(),
                        new Intent.Permit(profile.getClassName(), profile.getName(), keeper, keeperLevel, null));
                check.fact(keeper + " had " + kept.level() + " only through " + (UACC.equals(o.via()) ? "the UACC" : "ID(*)")
                        + ": the fix permits it " + keeperLevel + " by name");
                keeperKept = true;
            } else {
                check.require(false, o.text(), o.fix());
            }
        }
        return check;
    }

    /** Null when every opening can be closed by a command with an exact backout. */
    private String needsPerson() {
        if (profile.isGeneric()) {
            return profile + " decides access to " + resource + " and protects every other resource it covers: closing it "
                    + "changes their access too, and a discrete profile " + resource + " UACC(NONE) would take " + resource
                    + " from the users the generic profile serves; a person must choose";
        }
        return unfixable.isEmpty() ? null : String.join("; ", unfixable);
    }
}
