package dev.esmscan.scan;

import dev.esmscan.input.ProfileScope;
import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessHolder;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.StartedTaskAssignment;
import java.util.List;
import java.util.Optional;

/**
 * Guards a model read with a profile scope: a question about a class whose profiles were left out
 * stops the scan, rather than being answered "no profile", which could pass a requirement wrongly.
 */
final class ScopeCheckingResolver implements AccessResolver {
    private final AccessResolver resolver;
    private final ProfileScope scope;

    ScopeCheckingResolver(AccessResolver resolver, ProfileScope scope) {
        this.resolver = resolver;
        this.scope = scope;
    }

    @Override
    public AccessDecision decide(String identity, String className, String resource, AccessLevel requested) {
        check(className);
        return resolver.decide(identity, className, resource, requested);
    }

    @Override
    public ResourceProfile decidingProfile(String className, String resource) {
        check(className);
        return resolver.decidingProfile(className, resource);
    }

    @Override
    public Optional<StartedTaskAssignment> startedTask(String procName) {
        check("STARTED");
        return resolver.startedTask(procName);
    }

    @Override
    public List<AccessHolder> holders(String className, String resource, AccessLevel atLeast) {
        check(className);
        return resolver.holders(className, resource, atLeast);
    }

    private void check(String className) {
        if (!scope.keeps(className)) {
            throw new IllegalStateException("a rule asked about class " + className + ", whose profiles the scan left out;"
                    + " add it to resourceClasses in the pack's " + PackScope.FILE + " (kept: " + scope + ")");
        }
    }
}
