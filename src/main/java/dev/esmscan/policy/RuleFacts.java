package dev.esmscan.policy;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.model.SecurityModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.runtime.KieSession;

/**
 * Which identities a rule session needs as facts. Inserting every user, group and connection of a
 * large database costs seconds, while the rules only look up a few of them by key; the rest they read
 * through the {@code model} and {@code access} globals, which always hold everything.
 *
 * <p>Selecting is safe only when every pattern of the pack over {@link dev.esmscan.model.User},
 * {@link dev.esmscan.model.Group} or {@link dev.esmscan.model.Connection} facts is a lookup whose key
 * comes from what is selected: {@code User( id == $id, ... )} with {@code $id} bound to the settings'
 * {@code stcUser} or {@code zisUser}, to {@code ServerUsers.of(settings)}, or to a
 * {@link ZoweEndUser}'s {@code userId}; {@code Group( name == $name, ... )} with {@code $name} bound to
 * the settings' {@code adminGroup} or {@code stcGroup}. A matching fact that is left out could change
 * a verdict (a {@code not User(...)} turns true), so {@link #of} reads the DRL sources and, when any
 * pattern is not such a lookup (or cannot be read: accumulate, collect, an unknown construct), the
 * pack gets every identity as before. A pattern of any other fact type that the engine does not
 * insert matches nothing either way.
 */
public final class RuleFacts {
    private static final Set<String> IDENTITY_TYPES = Set.of("User", "Group", "Connection");
    private static final Set<String> USER_KEYS = Set.of("SiteSettings.stcUser", "SiteSettings.zisUser", "ZoweEndUser.userId", "ServerUsers.of");
    private static final Set<String> GROUP_KEYS = Set.of("SiteSettings.adminGroup", "SiteSettings.stcGroup");
    private static final Pattern BINDING = Pattern.compile("^(\\$\\w+)\\s*:\\s*(\\w+)$");
    private static final Pattern LOOKUP = Pattern.compile("^(id|name)\\s*==\\s*(\\$\\w+)$");

    private final List<String> unkeyed;

    private RuleFacts(List<String> unkeyed) {
        this.unkeyed = List.copyOf(unkeyed);
    }

    /** Reads the rules' patterns from the DRL sources, keyed by the path named in the reasons. */
    public static RuleFacts of(Map<String, byte[]> sources) {
        List<String> unkeyed = new ArrayList<>();
        for (Map.Entry<String, byte[]> source : sources.entrySet()) {
            PackageDescr pkg;
            DrlParser parser = new DrlParser();
            try {
                pkg = parser.parse(false, new String(source.getValue(), StandardCharsets.UTF_8));
            } catch (DroolsParserException | RuntimeException e) {
                unkeyed.add(source.getKey() + ": not read (" + e.getMessage() + ")");
                continue;
            }
            if (pkg == null || parser.hasErrors()) {
                unkeyed.add(source.getKey() + ": not read");
                continue;
            }
            for (RuleDescr rule : pkg.getRules()) {
                new RuleCheck(source.getKey() + ": rule \"" + rule.getName() + "\"", unkeyed).check(rule);
            }
        }
        return new RuleFacts(unkeyed);
    }

    /** What {@link #of} found before, as {@link #unkeyedPatterns()} gave it: for a stored pack. */
    static RuleFacts restored(List<String> unkeyed) {
        return new RuleFacts(unkeyed);
    }

    /** Every identity is a fact: for a pack not read from sources. */
    public static RuleFacts everything(String why) {
        return new RuleFacts(List.of(why));
    }

    /** Whether only the keyed identities are inserted. */
    public boolean selective() {
        return unkeyed.isEmpty();
    }

    /** The patterns that make the pack need every identity; empty when it is selective. */
    public List<String> unkeyedPatterns() {
        return unkeyed;
    }

    /** Inserts the settings, the identities the rules need, the class options and the end users. */
    public void insert(KieSession session, SecurityModel model, SiteSettings settings, List<ZoweEndUser> endUsers) {
        session.insert(settings);
        if (selective()) {
            Set<String> userIds = new LinkedHashSet<>(List.of(settings.getStcUser(), settings.getZisUser()));
            endUsers.forEach(u -> userIds.add(u.getUserId()));
            userIds.forEach(id -> model.user(id).ifPresent(session::insert));
            new LinkedHashSet<>(List.of(settings.getAdminGroup(), settings.getStcGroup()))
                    .forEach(name -> model.group(name).ifPresent(session::insert));
        } else {
            model.users().forEach(session::insert);
            model.groups().forEach(session::insert);
            model.connections().forEach(session::insert);
        }
        model.classOptions().ifPresent(session::insert);
        endUsers.forEach(session::insert);
    }

    /** The patterns of one rule, with what each variable is bound to. */
    private static final class RuleCheck {
        private final String where;
        private final List<String> unkeyed;
        private final Map<String, String> bindings = new HashMap<>();
        private final List<PatternDescr> identityPatterns = new ArrayList<>();

        RuleCheck(String where, List<String> unkeyed) {
            this.where = where;
            this.unkeyed = unkeyed;
        }

        void check(RuleDescr rule) {
            if (rule.getLhs() != null) {
                walk(rule.getLhs());
            }
            for (PatternDescr p : identityPatterns) {
                String type = simpleName(p.getObjectType());
                List<? extends BaseDescr> constraints = p.getConstraint() == null ? List.of() : p.getConstraint().getDescrs();
                Matcher m = constraints.isEmpty() || !(constraints.get(0) instanceof ExprConstraintDescr first)
                        ? null : LOOKUP.matcher(normalise(first.getExpression()));
                boolean keyed = m != null && m.matches() && switch (type) {
                    case "User" -> m.group(1).equals("id") && USER_KEYS.contains(bindings.get(m.group(2)));
                    case "Group" -> m.group(1).equals("name") && GROUP_KEYS.contains(bindings.get(m.group(2)));
                    default -> false;
                };
                if (!keyed) {
                    unkeyed.add(where + ": " + type + "(" + describe(constraints) + ")");
                }
            }
        }

        private void walk(BaseDescr descr) {
            if (descr instanceof PatternDescr p) {
                pattern(p);
            } else if (descr instanceof ConditionalElementDescr ce) {
                ce.getDescrs().forEach(this::walk);
            } else if (!(descr instanceof EvalDescr)) {
                unkeyed.add(where + ": " + descr.getClass().getSimpleName() + " not analysed");
            }
        }

        private void pattern(PatternDescr p) {
            String type = simpleName(p.getObjectType());
            if (p.getSource() != null && !(p.getSource() instanceof FromDescr)) {
                unkeyed.add(where + ": " + type + " from " + p.getSource().getClass().getSimpleName() + " not analysed");
                return;
            }
            if (p.getSource() instanceof FromDescr from && p.getIdentifier() != null) {
                String expression = normalise(from.getExpression());
                if (expression.startsWith("ServerUsers.of(")) {
                    bindings.put(p.getIdentifier(), "ServerUsers.of");
                }
            }
            if (p.getConstraint() != null) {
                for (BaseDescr c : p.getConstraint().getDescrs()) {
                    if (c instanceof ExprConstraintDescr e) {
                        Matcher m = BINDING.matcher(normalise(e.getExpression()));
                        if (m.matches()) {
                            bindings.put(m.group(1), type + "." + m.group(2));
                        }
                    } else {
                        unkeyed.add(where + ": a constraint of " + type + " not analysed");
                    }
                }
            }
            if (p.getSource() == null && IDENTITY_TYPES.contains(type)) {
                identityPatterns.add(p);
            }
        }

        private static String describe(List<? extends BaseDescr> constraints) {
            List<String> texts = new ArrayList<>();
            for (BaseDescr c : constraints) {
                texts.add(c instanceof ExprConstraintDescr e ? normalise(e.getExpression()) : c.getText());
            }
            return String.join(", ", texts);
        }
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ");
    }
}
