package dev.esmscan.tss.remediation;

import static dev.esmscan.remediation.NameChecks.first;

import dev.esmscan.remediation.CommandRenderer;
import dev.esmscan.remediation.Intent;
import dev.esmscan.remediation.Intent.ActivateClass;
import dev.esmscan.remediation.Intent.AddGroupOmvs;
import dev.esmscan.remediation.Intent.CompleteUserOmvs;
import dev.esmscan.remediation.Intent.Connect;
import dev.esmscan.remediation.Intent.DefineGroup;
import dev.esmscan.remediation.Intent.DefineProfile;
import dev.esmscan.remediation.Intent.DefineUser;
import dev.esmscan.remediation.Intent.DefineStartedTask;
import dev.esmscan.remediation.Intent.MapStartedTask;
import dev.esmscan.remediation.Intent.Permit;
import dev.esmscan.remediation.Intent.ResumeUser;
import dev.esmscan.remediation.Intent.SetDefaultGroup;
import dev.esmscan.tss.TssClasses;
import dev.esmscan.tss.TssNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * TSS commands for the neutral intents, in the forms seed 000 and Zowe's ZWEITSS job use:
 * {@code TSS CREATE(acid) TYPE(USER) PROTECTED NAME(..) DEPT(..)}, {@code TSS ADD(acid) GROUP(..)
 * DFLTGRP(..) HOME(..) OMVSPGM(..) UID(..)}, {@code TSS ADD(owner) IBMFAC(resource)},
 * {@code TSS PERMIT(acid) IBMFAC(resource) ACCESS(level)}; backout with DELETE, REMOVE and REVOKE.
 * A new resource is owned by exactly its own name, never a wider prefix such as {@code BPX.}
 * (which would take ownership of every BPX resource). Top Secret needs no refresh, and has no
 * class activation: an {@link ActivateClass} is left to a person. A UID or GID is the configured
 * number, or {@code ?} when the site has a default range (Top Secret then assigns one); without
 * either, the definition is left to a person, and the finding quotes the commands with
 * {@code UID(nnn)} for the number they choose: no command carries a placeholder Top Secret refuses.
 *
 * <p>A started procedure is an STC table entry ({@code TSS ADDTO(STC) PROCNAME(p) ACID(a)}, changed
 * with {@code TSS REPLACE(STC)}): the table has no group, so the intent's group is not rendered;
 * the task runs with the ACID's own groups. A revoked user is resumed with
 * {@code TSS REMOVE(acid) SUSPEND}; a suspension with dates has no exact Top Secret counterpart
 * here and is left to a person. Intents with no Top Secret equivalent (class activation, generic
 * profile enabling, UACC, WARNING, trusted started tasks, connection revocation, attribute
 * removal, access-entry removal on an ownership prefix) throw IllegalArgumentException, so the
 * finding says a person must act.
 */
public final class TssCommandRenderer implements CommandRenderer {
    /** Where a person writes the UID or GID they choose, in the commands a finding quotes. */
    static final String CHOSEN_BY_A_PERSON = "nnn";
    private final TssSiteValues site;

    public TssCommandRenderer(TssSiteValues site) {
        this.site = site;
    }

    public TssCommandRenderer() {
        this(TssSiteValues.placeholders());
    }

    @Override
    public Optional<String> invalidName(Intent intent) {
        if (intent instanceof DefineGroup i) {
            return first(acid(i.group()), gidToChoose(i.group(), change(i)));
        } else if (intent instanceof AddGroupOmvs i) {
            return first(acid(i.group()), gidToChoose(i.group(), change(i)));
        } else if (intent instanceof DefineUser i) {
            return first(acid(i.user()), acid(i.defaultGroup()), path(i.home()), path(i.program()), uidToChoose(i.user(), change(i)));
        } else if (intent instanceof CompleteUserOmvs i) {
            return first(acid(i.user()), i.home() == null ? Optional.empty() : path(i.home()),
                    i.program() == null ? Optional.empty() : path(i.program()),
                    i.addUid() ? uidToChoose(i.user(), change(i)) : Optional.empty());
        } else if (intent instanceof Connect i) {
            return first(acid(i.user()), acid(i.group()));
        } else if (intent instanceof SetDefaultGroup i) {
            return first(acid(i.user()), acid(i.group()), i.previous() == null ? Optional.empty() : acid(i.previous()));
        } else if (intent instanceof ActivateClass i) {
            return Optional.of("class activation of " + i.className() + " has no Top Secret command: a resource class is in force "
                    + "once the RDT defines it (TSS LIST(RDT) RESCLASS(" + TssClasses.toTss(i.className()) + ") shows it)");
        } else if (intent instanceof DefineProfile i) {
            return first(tssClass(i.className()), resource(i.profile()));
        } else if (intent instanceof Permit i) {
            Optional<String> id = i.id().equals("*") ? Optional.empty() : acid(i.id());
            return first(tssClass(i.className()), resource(i.profile()), id);
        } else if (intent instanceof DefineStartedTask i) {
            return first(procName(i.procName()), acid(i.user()));
        } else if (intent instanceof MapStartedTask i) {
            return first(procName(i.procName()), acid(i.user()), i.previous() == null || i.previous().user() == null
                    ? Optional.of("the procedure's current ACID is unknown, so the change has no exact backout") : acid(i.previous().user()));
        } else if (intent instanceof ResumeUser i) {
            if (i.revokeDate() != null || i.resumeDate() != null || !i.revokeFlag()) {
                return Optional.of("a suspension with dates has no exact Top Secret counterpart here: TSS LIST(" + TssNames.printable(i.user())
                        + ") DATA(ALL) shows it");
            }
            return acid(i.user());
        }
        throw unknown(intent);
    }

    @Override
    public List<String> change(Intent intent) {
        if (intent instanceof DefineGroup i) {
            return List.of("TSS CREATE(" + i.group() + ") TYPE(GROUP) NAME('ZOWE GROUP') DEPT(" + site.department() + ")",
                    "TSS ADD(" + i.group() + ") GID(" + unixId(i.group()) + ")");
        } else if (intent instanceof AddGroupOmvs i) {
            return List.of("TSS ADD(" + i.group() + ") GID(" + unixId(i.group()) + ")");
        } else if (intent instanceof DefineUser i) {
            return List.of("TSS CREATE(" + i.user() + ") TYPE(USER) PROTECTED NAME('ZOWE SERVER') DEPT(" + site.department() + ")",
                    "TSS ADD(" + i.user() + ") GROUP(" + i.defaultGroup() + ") DFLTGRP(" + i.defaultGroup() + ") HOME(" + i.home()
                            + ") OMVSPGM(" + i.program() + ") UID(" + unixId(i.user()) + ")");
        } else if (intent instanceof CompleteUserOmvs i) {
            List<String> parts = new ArrayList<>();
            if (i.home() != null) {
                parts.add("HOME(" + i.home() + ")");
            }
            if (i.program() != null) {
                parts.add("OMVSPGM(" + i.program() + ")");
            }
            if (i.addUid()) {
                parts.add("UID(" + unixId(i.user()) + ")");
            }
            return List.of("TSS ADD(" + i.user() + ") " + String.join(" ", parts));
        } else if (intent instanceof Connect i) {
            return List.of("TSS ADD(" + i.user() + ") GROUP(" + i.group() + ")");
        } else if (intent instanceof SetDefaultGroup i) {
            return List.of(i.previous() == null ? "TSS ADD(" + i.user() + ") DFLTGRP(" + i.group() + ")"
                    : "TSS REPLACE(" + i.user() + ") DFLTGRP(" + i.group() + ")");
        } else if (intent instanceof DefineProfile i) {
            return List.of("TSS ADD(" + site.ownerAcid() + ") " + TssClasses.toTss(i.className()) + "(" + i.profile() + ")");
        } else if (intent instanceof Permit i) {
            return List.of("TSS PERMIT(" + permitAcid(i) + ") " + TssClasses.toTss(i.className()) + "(" + i.profile() + ") ACCESS("
                    + access(i.level()) + ")");
        } else if (intent instanceof DefineStartedTask i) {
            return List.of("TSS ADDTO(STC) PROCNAME(" + i.procName() + ") ACID(" + i.user() + ")");
        } else if (intent instanceof MapStartedTask i) {
            return List.of("TSS REPLACE(STC) PROCNAME(" + i.procName() + ") ACID(" + i.user() + ")");
        } else if (intent instanceof ResumeUser i) {
            return List.of("TSS REMOVE(" + i.user() + ") SUSPEND");
        }
        throw unknown(intent);
    }

    @Override
    public List<String> inspect(Intent intent) {
        if (intent instanceof DefineGroup i) {
            return List.of("TSS LIST(" + i.group() + ") DATA(ALL)");
        } else if (intent instanceof AddGroupOmvs i) {
            return List.of("TSS LIST(" + i.group() + ") DATA(ALL)");
        } else if (intent instanceof DefineUser i) {
            return List.of("TSS LIST(" + i.user() + ") DATA(ALL)");
        } else if (intent instanceof CompleteUserOmvs i) {
            return List.of("TSS LIST(" + i.user() + ") DATA(ALL)");
        } else if (intent instanceof Connect i) {
            return List.of("TSS LIST(" + i.user() + ") DATA(ALL)");
        } else if (intent instanceof SetDefaultGroup i) {
            return List.of("TSS LIST(" + i.user() + ") DATA(ALL)");
        } else if (intent instanceof DefineProfile i) {
            return List.of("TSS WHOOWNS " + TssClasses.toTss(i.className()) + "(" + i.profile() + ")");
        } else if (intent instanceof Permit i) {
            return List.of("TSS WHOHAS " + TssClasses.toTss(i.className()) + "(" + i.profile() + ")");
        } else if (intent instanceof DefineStartedTask || intent instanceof MapStartedTask) {
            return List.of("TSS LIST(STC)");
        } else if (intent instanceof ResumeUser i) {
            return List.of("TSS LIST(" + i.user() + ") DATA(ALL)");
        }
        throw unknown(intent);
    }

    @Override
    public List<String> backout(Intent intent) {
        if (intent instanceof DefineGroup i) {
            return List.of("TSS DELETE(" + i.group() + ")");
        } else if (intent instanceof AddGroupOmvs i) {
            return List.of("TSS REMOVE(" + i.group() + ") GID");
        } else if (intent instanceof DefineUser i) {
            return List.of("TSS DELETE(" + i.user() + ")");
        } else if (intent instanceof CompleteUserOmvs i) {
            List<String> parts = new ArrayList<>();
            if (i.home() != null) {
                parts.add("HOME");
            }
            if (i.program() != null) {
                parts.add("OMVSPGM");
            }
            if (i.addUid()) {
                parts.add("UID");
            }
            return List.of("TSS REMOVE(" + i.user() + ") " + String.join(" ", parts));
        } else if (intent instanceof Connect i) {
            return List.of("TSS REMOVE(" + i.user() + ") GROUP(" + i.group() + ")");
        } else if (intent instanceof SetDefaultGroup i) {
            return List.of(i.previous() == null ? "TSS REMOVE(" + i.user() + ") DFLTGRP(" + i.group() + ")"
                    : "TSS REPLACE(" + i.user() + ") DFLTGRP(" + i.previous() + ")");
        } else if (intent instanceof DefineProfile i) {
            return List.of("TSS REMOVE(" + site.ownerAcid() + ") " + TssClasses.toTss(i.className()) + "(" + i.profile() + ")");
        } else if (intent instanceof Permit i) {
            String on = TssClasses.toTss(i.className()) + "(" + i.profile() + ")";
            return List.of(i.previous() == null ? "TSS REVOKE(" + permitAcid(i) + ") " + on
                    : "TSS PERMIT(" + permitAcid(i) + ") " + on + " ACCESS(" + access(i.previous()) + ")");
        } else if (intent instanceof DefineStartedTask i) {
            return List.of("TSS REMOVE(STC) PROCNAME(" + i.procName() + ")");
        } else if (intent instanceof MapStartedTask i) {
            return List.of("TSS REPLACE(STC) PROCNAME(" + i.procName() + ") ACID(" + i.previous().user() + ")");
        } else if (intent instanceof ResumeUser i) {
            return List.of("TSS ADD(" + i.user() + ") SUSPEND");
        }
        throw unknown(intent);
    }

    /** Top Secret applies changes at once: no refresh. */
    @Override
    public Optional<String> refreshedClass(Intent intent) {
        return Optional.empty();
    }

    @Override
    public String refresh(String className) {
        throw new IllegalArgumentException("Top Secret needs no refresh of " + className);
    }

    @Override
    public String comment(String text) {
        return "/* " + text.replace("*/", "* /") + " */";
    }

    /** The configured UID or GID, or ?, else the placeholder a person replaces (never rendered: invalidName stops it first). */
    private String unixId(String acid) {
        return site.unixId(acid).orElse(CHOSEN_BY_A_PERSON);
    }

    private Optional<String> uidToChoose(String user, List<String> commands) {
        return site.unixId(user).isPresent() ? Optional.empty() : Optional.of("UID of " + user + " is for a person to choose: no UID is"
                + " configured for it and esmscan.yaml does not say that Top Secret has a default UID and GID range"
                + " (tssDefaultIdRange: true lets Top Secret assign one with UID(?)); the commands are " + quoted(commands)
                + ", with " + CHOSEN_BY_A_PERSON + " a UID no other ACID holds");
    }

    private Optional<String> gidToChoose(String group, List<String> commands) {
        return site.unixId(group).isPresent() ? Optional.empty() : Optional.of("GID of " + group + " is for a person to choose: no GID is"
                + " configured for it and esmscan.yaml does not say that Top Secret has a default UID and GID range"
                + " (tssDefaultIdRange: true lets Top Secret assign one with GID(?)); the commands are " + quoted(commands)
                + ", with " + CHOSEN_BY_A_PERSON + " a GID no other group holds");
    }

    private static String quoted(List<String> commands) {
        return String.join(" and ", commands);
    }

    private static String permitAcid(Permit i) {
        return i.id().equals("*") ? "ALL" : i.id();
    }

    /** The TSS spelling of a SAF level: ALTER is ALL. */
    private static String access(dev.esmscan.model.AccessLevel level) {
        return level == dev.esmscan.model.AccessLevel.ALTER ? "ALL" : level.name();
    }

    private static IllegalArgumentException unknown(Intent intent) {
        return new IllegalArgumentException("no Top Secret rendering for intent " + intent.getClass().getSimpleName() + ": " + intent);
    }

    private static Optional<String> acid(String id) {
        return TssNames.checkAcid(id).map(r -> "ACID '" + TssNames.printable(id) + "': " + r);
    }

    private static Optional<String> procName(String proc) {
        return TssNames.checkAcid(proc).map(r -> "PROCNAME '" + TssNames.printable(proc) + "': " + r);
    }

    private static Optional<String> tssClass(String neutral) {
        return TssNames.checkClass(neutral).map(r -> "class '" + TssNames.printable(neutral) + "': " + r);
    }

    private static Optional<String> resource(String name) {
        return TssNames.checkResource(name).map(r -> "resource '" + TssNames.printable(name) + "': " + r);
    }

    private static Optional<String> path(String p) {
        return TssNames.checkPath(p).map(r -> "path '" + TssNames.printable(p) + "': " + r);
    }
}
