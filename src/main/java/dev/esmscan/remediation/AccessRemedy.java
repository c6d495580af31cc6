package dev.esmscan.remediation;

import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessOutcome;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.ResourceProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * What gives an identity the access a failed access requirement asks for, the way the seeds do
 * it: activate the class, define the profile UACC(NONE), permit the ID. A generic deciding profile
 * is left to a person: a permit there reaches every resource it covers.
 */
public final class AccessRemedy {

    /** The intents, or why a person must decide instead. */
    public record Remedy(List<Intent> intents, String needsPerson) {
    }

    private AccessRemedy() {
    }

    public static Remedy of(AccessDecision d, AccessResolver resolver) {
        List<Intent> intents = new ArrayList<>();
        ResourceProfile profile = d.profile();
        if (d.outcome() != AccessOutcome.GRANTED && d.via() != null && d.via().startsWith(AccessDecision.SETTING)) {
            return new Remedy(List.of(), "a system setting decides the request (" + d.via().substring(AccessDecision.SETTING.length())
                    + "), which no permit changes");
        }
        switch (d.outcome()) {
            case GRANTED:
                return new Remedy(List.of(), null);
            case NOT_PROTECTED:
                if ("class-inactive".equals(d.via())) {
                    intents.add(new Intent.ActivateClass(d.className(), true, false));
                    profile = resolver.decidingProfile(d.className(), d.resource());
                }
                if (profile == null) {
                    intents.add(new Intent.DefineProfile(d.className(), d.resource()));
                    intents.add(new Intent.Permit(d.className(), d.resource(), d.identity(), d.requested(), null));
                    return new Remedy(intents, null);
                }
                break;
            default:
                break;
        }
        if (profile == null) {
            return new Remedy(List.of(), "the decision names no deciding profile to permit on (an ESM denies an identity it "
                    + "does not know before any profile); define " + d.identity() + " first");
        }
        if (d.outcome() != AccessOutcome.NOT_PROTECTED && !profile.isBaseRecordSeen() && !profile.isGeneric()) {
            // The ESM denies a resource no record protects by itself (an unowned resource of a class that protects
            // every resource, a resource no rule names): the fix defines it, then permits the identity.
            intents.add(new Intent.DefineProfile(d.className(), d.resource()));
            intents.add(new Intent.Permit(d.className(), d.resource(), d.identity(), d.requested(), null));
            return new Remedy(intents, null);
        }
        if (profile.isGeneric()) {
            return new Remedy(List.of(), "the deciding profile " + profile.getClassName() + " " + profile.getName()
                    + " is generic: a permit on it would reach every resource it covers, and a new discrete profile "
                    + d.resource() + " would take those resources from it; a person must choose");
        }
        AccessEntry own = profile.entryFor(d.identity());
        intents.add(new Intent.Permit(d.className(), profile.getName(), d.identity(), d.requested(), own == null ? null : own.level()));
        return new Remedy(intents, null);
    }
}
