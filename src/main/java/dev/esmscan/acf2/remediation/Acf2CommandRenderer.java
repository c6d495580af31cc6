package dev.esmscan.acf2.remediation;

import static dev.esmscan.remediation.NameChecks.first;

import dev.esmscan.acf2.access.ClassMapping;
import dev.esmscan.acf2.access.ServiceLevels;
import dev.esmscan.remediation.CommandRenderer;
import dev.esmscan.remediation.Intent;
import dev.esmscan.remediation.Intent.ActivateClass;
import dev.esmscan.remediation.Intent.AddGroupOmvs;
import dev.esmscan.remediation.Intent.CompleteUserOmvs;
import dev.esmscan.remediation.Intent.Connect;
import dev.esmscan.remediation.Intent.DefineGroup;
import dev.esmscan.remediation.Intent.DefineProfile;
import dev.esmscan.remediation.Intent.DefineStartedTask;
import dev.esmscan.remediation.Intent.MapStartedTask;
import dev.esmscan.remediation.Intent.DefineUser;
import dev.esmscan.remediation.Intent.Permit;
import dev.esmscan.remediation.Intent.SetDefaultGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ACF subcommands for the neutral intents, in the forms seed 000 and Zowe's ZWEIACF use. Every
 * change and every backout starts with the {@code SET} it depends on, so no subcommand lands in
 * the record family of the one before it (Zowe's own job added BPX.JOBNAME under
 * {@code SET RESOURCE(APL)}). The stream runs inside the {@code ACF} command processor, opened
 * by {@code ACF} and closed by {@code END}. The {@code F ACF2,...} refreshes are operator
 * commands, not ACF subcommands: they are written as comments telling the operator to issue them.
 * <ul>
 *   <li>A permit is a rule line {@code RECKEY key ADD(rest USER(id) SERVICE(...) ALLOW)} in the
 *       rule set keyed by the first qualifier, as Zowe's RECKEYs are. It names the logonid with
 *       USER(...), not ROLE(...) as seed 000 does (a ROLE names an X(ROL) record, which a user ID
 *       is not), and lists every service up to the level (services are not hierarchical).</li>
 *   <li>A profile definition has no ACF2 command: no rule means denied, and the RECKEY that
 *       follows creates the rule set.</li>
 *   <li>A connection is a role membership: {@code CHANGE role INCLUDE(lid) ADD} under {@code SET X(ROL)}.</li>
 *   <li>A class activation is a GSO CLASMAP record mapping the class to its default type.</li>
 *   <li>A started procedure's definition is its GSO record {@code STC.<proc>} with LOGONID, GROUP and
 *       STCID, as seed 000 inserts STC.ZWESLSTC; a new one is always the procedure's own record
 *       (the RACF-shaped profile name of the intent is not used). A mapping changes the LOGONID
 *       (and GROUP) of the procedure's own record, and its backout restores what the record named.</li>
 * </ul>
 * ACF2 has no command for the other intents (a trusted procedure is one whose logonid has
 * NON-CNCL, warning mode is compiled rule text, a revoked or privileged logonid may have one of
 * two attributes the intent does not tell apart): they throw, and a person acts on the finding.
 */
public final class Acf2CommandRenderer implements CommandRenderer {
    private static final String LID = "SET LID";
    private static final String OMVS_USER = "SET PROFILE(USER) DIV(OMVS)";
    private static final String OMVS_GROUP = "SET PROFILE(GROUP) DIV(OMVS)";
    private static final String GSO = "SET CONTROL(GSO)";
    private static final String ROLES = "SET X(ROL)";

    @Override
    public Optional<String> invalidName(Intent intent) {
        if (intent instanceof DefineGroup i) {
            return id("group", i.group());
        } else if (intent instanceof AddGroupOmvs i) {
            return id("group", i.group());
        } else if (intent instanceof DefineUser i) {
            return first(id("logonid", i.user()), id("group", i.defaultGroup()), path(i.home()), path(i.program()));
        } else if (intent instanceof CompleteUserOmvs i) {
            return first(id("logonid", i.user()), path(i.home()), path(i.program()));
        } else if (intent instanceof Connect i) {
            return first(id("logonid", i.user()), id("role", i.group()));
        } else if (intent instanceof SetDefaultGroup i) {
            return first(id("logonid", i.user()), id("group", i.group()), i.previous() == null ? Optional.empty() : id("group", i.previous()));
        } else if (intent instanceof ActivateClass i) {
            return className(i.className());
        } else if (intent instanceof DefineProfile i) {
            return first(className(i.className()), resource(i.profile()));
        } else if (intent instanceof DefineStartedTask i) {
            return first(id("procedure", i.procName()), id("logonid", i.user()),
                    i.group() == null ? Optional.empty() : id("group", i.group()));
        } else if (intent instanceof MapStartedTask i) {
            if (i.previous() == null) {
                return Optional.of("GSO STC." + Acf2Names.printable(i.profile()) + " has no LOGONID to restore on backout: a person must act");
            }
            return first(stcRecord(i.profile()), id("logonid", i.user()), i.group() == null ? Optional.empty() : id("group", i.group()),
                    i.previous().user() == null ? Optional.empty() : id("logonid", i.previous().user()),
                    i.previous().group() == null ? Optional.empty() : id("group", i.previous().group()));
        } else if (intent instanceof Permit i) {
            if (i.previous() != null) {
                return Optional.of("rule line for " + Acf2Names.printable(i.id()) + " on " + Acf2Names.printable(i.profile())
                        + " already exists with less access; ACF2 takes the first matching line, so a second line would not "
                        + "help: a person must replace it");
            }
            return first(className(i.className()), resource(i.profile()),
                    i.id().equals("*") ? Optional.empty() : id("logonid", i.id()));
        }
        throw unknown(intent);
    }

    @Override
    public List<String> change(Intent intent) {
        if (intent instanceof DefineGroup i) {
            return List.of(OMVS_GROUP, "INSERT " + i.group() + " AUTOGID");
        } else if (intent instanceof AddGroupOmvs i) {
            return List.of(OMVS_GROUP, (i.hadSegment() ? "CHANGE " : "INSERT ") + i.group() + " AUTOGID");
        } else if (intent instanceof DefineUser i) {
            return List.of(LID, "INSERT " + i.user() + " STC GROUP(" + i.defaultGroup() + ")",
                    OMVS_USER, "INSERT " + i.user() + " AUTOUID HOME(" + i.home() + ") OMVSPGM(" + i.program() + ")");
        } else if (intent instanceof CompleteUserOmvs i) {
            List<String> parts = new ArrayList<>();
            if (i.addUid()) {
                parts.add("AUTOUID");
            }
            if (i.home() != null) {
                parts.add("HOME(" + i.home() + ")");
            }
            if (i.program() != null) {
                parts.add("OMVSPGM(" + i.program() + ")");
            }
            return List.of(OMVS_USER, (i.hadSegment() ? "CHANGE " : "INSERT ") + i.user() + " " + String.join(" ", parts));
        } else if (intent instanceof Connect i) {
            return List.of(ROLES, "CHANGE " + i.group() + " INCLUDE(" + i.user() + ") ADD");
        } else if (intent instanceof SetDefaultGroup i) {
            return List.of(LID, "CHANGE " + i.user() + " GROUP(" + i.group() + ")");
        } else if (intent instanceof ActivateClass i) {
            return List.of(GSO, "INSERT CLASMAP." + i.className() + " RESOURCE(" + i.className() + ") RSRCTYPE("
                    + ClassMapping.defaultType(i.className()) + ")");
        } else if (intent instanceof DefineProfile) {
            return List.of();
        } else if (intent instanceof Permit i) {
            return List.of(setResource(i.className()), "RECKEY " + key(i.profile()) + " ADD(" + line(i) + ")");
        } else if (intent instanceof DefineStartedTask i) {
            return List.of(GSO, "INSERT STC." + i.procName() + " LOGONID(" + i.user() + ")"
                    + (i.group() == null ? "" : " GROUP(" + i.group() + ")") + " STCID(" + i.procName() + ")");
        } else if (intent instanceof MapStartedTask i) {
            return List.of(GSO, "CHANGE STC." + i.profile() + " LOGONID(" + i.user() + ")" + (i.group() == null ? "" : " GROUP(" + i.group() + ")"));
        }
        throw unknown(intent);
    }

    @Override
    public List<String> inspect(Intent intent) {
        if (intent instanceof DefineGroup i) {
            return List.of(OMVS_GROUP, "LIST " + i.group());
        } else if (intent instanceof AddGroupOmvs i) {
            return List.of(OMVS_GROUP, "LIST " + i.group());
        } else if (intent instanceof DefineUser i) {
            return List.of(LID, "LIST " + i.user(), OMVS_USER, "LIST " + i.user());
        } else if (intent instanceof CompleteUserOmvs i) {
            return List.of(OMVS_USER, "LIST " + i.user());
        } else if (intent instanceof Connect i) {
            return List.of(ROLES, "LIST " + i.group());
        } else if (intent instanceof SetDefaultGroup i) {
            return List.of(LID, "LIST " + i.user());
        } else if (intent instanceof ActivateClass i) {
            return List.of(GSO, "LIST CLASMAP." + i.className());
        } else if (intent instanceof DefineProfile i) {
            return List.of(setResource(i.className()), "LIST " + key(i.profile()));
        } else if (intent instanceof Permit i) {
            return List.of(setResource(i.className()), "LIST " + key(i.profile()));
        } else if (intent instanceof DefineStartedTask i) {
            return List.of(GSO, "LIST STC." + i.procName());
        } else if (intent instanceof MapStartedTask i) {
            return List.of(GSO, "LIST STC." + i.profile());
        }
        throw unknown(intent);
    }

    @Override
    public List<String> backout(Intent intent) {
        if (intent instanceof DefineGroup i) {
            return List.of(OMVS_GROUP, "DELETE " + i.group());
        } else if (intent instanceof AddGroupOmvs i) {
            return List.of(OMVS_GROUP, i.hadSegment() ? "CHANGE " + i.group() + " NOGID" : "DELETE " + i.group());
        } else if (intent instanceof DefineUser i) {
            return List.of(OMVS_USER, "DELETE " + i.user(), LID, "DELETE " + i.user());
        } else if (intent instanceof CompleteUserOmvs i) {
            if (!i.hadSegment()) {
                return List.of(OMVS_USER, "DELETE " + i.user());
            }
            List<String> parts = new ArrayList<>();
            if (i.addUid()) {
                parts.add("NOUID");
            }
            if (i.home() != null) {
                parts.add("NOHOME");
            }
            if (i.program() != null) {
                parts.add("NOOMVSPGM");
            }
            return List.of(OMVS_USER, "CHANGE " + i.user() + " " + String.join(" ", parts));
        } else if (intent instanceof Connect i) {
            return List.of(ROLES, "CHANGE " + i.group() + " INCLUDE(" + i.user() + ") DEL");
        } else if (intent instanceof SetDefaultGroup i) {
            return List.of(LID, i.previous() == null ? "CHANGE " + i.user() + " NOGROUP" : "CHANGE " + i.user() + " GROUP(" + i.previous() + ")");
        } else if (intent instanceof ActivateClass i) {
            return List.of(GSO, "DELETE CLASMAP." + i.className());
        } else if (intent instanceof DefineProfile) {
            return List.of();
        } else if (intent instanceof Permit i) {
            return List.of(setResource(i.className()), "RECKEY " + key(i.profile()) + " DEL(" + line(i) + ")");
        } else if (intent instanceof DefineStartedTask i) {
            return List.of(GSO, "DELETE STC." + i.procName());
        } else if (intent instanceof MapStartedTask i) {
            String user = i.previous().user() == null ? "NOLOGONID" : "LOGONID(" + i.previous().user() + ")";
            String group = i.group() == null ? "" : i.previous().group() == null ? " NOGROUP" : " GROUP(" + i.previous().group() + ")";
            return List.of(GSO, "CHANGE STC." + i.profile() + " " + user + group);
        }
        throw unknown(intent);
    }

    /** What to rebuild after the change: a resource type, GRP, USR, ROL or CLASMAP. */
    @Override
    public Optional<String> refreshedClass(Intent intent) {
        if (intent instanceof DefineGroup || intent instanceof AddGroupOmvs) {
            return Optional.of("GRP");
        } else if (intent instanceof DefineUser || intent instanceof CompleteUserOmvs) {
            return Optional.of("USR");
        } else if (intent instanceof Connect) {
            return Optional.of("ROL");
        } else if (intent instanceof ActivateClass) {
            return Optional.of("CLASMAP");
        } else if (intent instanceof Permit i) {
            return Optional.of(ClassMapping.defaultType(i.className()));
        } else if (intent instanceof DefineStartedTask || intent instanceof MapStartedTask) {
            return Optional.of("STC");
        } else if (intent instanceof SetDefaultGroup || intent instanceof DefineProfile) {
            return Optional.empty();
        }
        throw unknown(intent);
    }

    /** The operator command, as a comment: {@code F ACF2,...} is issued at a console, not in the ACF stream. */
    @Override
    public String refresh(String what) {
        return comment("operator: " + operatorCommand(what));
    }

    /** The operator command that makes a change of this kind active. */
    public static String operatorCommand(String what) {
        return switch (what) {
            case "GRP" -> "F ACF2,REBUILD(GRP),CLASS(P)";
            case "USR" -> "F ACF2,REBUILD(USR),CLASS(P),DIVISION(OMVS)";
            case "ROL" -> "F ACF2,NEWXREF,TYPE(ROL)";
            case "CLASMAP" -> "F ACF2,REFRESH(CLASMAP)";
            case "STC" -> "F ACF2,REFRESH(STC)";
            default -> "F ACF2,REBUILD(" + what + ")";
        };
    }

    @Override
    public String comment(String text) {
        return "/* " + text.replace("*/", "* /") + " */";
    }

    @Override
    public List<String> streamStart() {
        return List.of("ACF", comment("Lines marked operator: are operator commands (not ACF"),
                comment("subcommands): issue them at a console after this job ends."));
    }

    @Override
    public List<String> streamEnd() {
        return List.of("END");
    }

    private static String setResource(String className) {
        return "SET RESOURCE(" + ClassMapping.defaultType(className) + ")";
    }

    private static String key(String profile) {
        int dot = profile.indexOf('.');
        return dot < 0 ? profile : profile.substring(0, dot);
    }

    private static String line(Permit i) {
        int dot = i.profile().indexOf('.');
        String rest = dot < 0 ? "" : i.profile().substring(dot + 1) + " ";
        String who = i.id().equals("*") ? "UID(-)" : "USER(" + i.id() + ")";
        return rest + who + " SERVICE(" + ServiceLevels.grantFor(i.level()) + ") ALLOW";
    }

    private static Optional<String> id(String what, String id) {
        return Acf2Names.checkRecordId(id).map(r -> what + " '" + Acf2Names.printable(id) + "' " + r);
    }

    /** The name of a GSO STC record after {@code STC.}: a procedure name, masked with - or * for a group of them. */
    private static Optional<String> stcRecord(String name) {
        return name != null && name.matches("[A-Z@#$*][A-Z0-9@#$*-]{0,7}") ? Optional.empty()
                : Optional.of("GSO record STC." + (name == null ? "" : Acf2Names.printable(name)) + " is not a procedure name or mask of 1 to 8 characters");
    }

    private static Optional<String> className(String name) {
        return Acf2Names.checkClassName(name).map(r -> "class '" + Acf2Names.printable(name) + "' " + r);
    }

    private static Optional<String> resource(String name) {
        return Acf2Names.checkResourceName(name).map(r -> "resource '" + Acf2Names.printable(name) + "' " + r);
    }

    private static Optional<String> path(String path) {
        return Acf2Names.checkPath(path).map(r -> "path '" + Acf2Names.printable(path) + "' " + r);
    }

    private static IllegalArgumentException unknown(Intent intent) {
        return new IllegalArgumentException("no ACF2 rendering for the intent " + intent.getClass().getSimpleName() + ": " + intent);
    }
}
