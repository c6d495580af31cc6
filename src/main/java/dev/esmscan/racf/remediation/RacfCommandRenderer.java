package dev.esmscan.racf.remediation;

import static dev.esmscan.remediation.NameChecks.first;

import dev.esmscan.model.StartedTaskData;
import dev.esmscan.racf.command.RacfNames;
import dev.esmscan.remediation.CommandRenderer;
import dev.esmscan.remediation.Intent.ActivateClass;
import dev.esmscan.remediation.Intent.AddGroupOmvs;
import dev.esmscan.remediation.Intent.CompleteUserOmvs;
import dev.esmscan.remediation.Intent.Connect;
import dev.esmscan.remediation.Intent.DefineGroup;
import dev.esmscan.remediation.Intent.DefineProfile;
import dev.esmscan.remediation.Intent.DefineStartedTask;
import dev.esmscan.remediation.Intent.DefineUser;
import dev.esmscan.remediation.Intent.EndWarningMode;
import dev.esmscan.remediation.Intent.Permit;
import dev.esmscan.remediation.Intent.RemoveAccessEntry;
import dev.esmscan.remediation.Intent.SetUniversalAccess;
import dev.esmscan.remediation.Intent.EnableGenericProfiles;
import dev.esmscan.remediation.Intent.MapStartedTask;
import dev.esmscan.remediation.Intent.Permit;
import dev.esmscan.remediation.Intent.RemoveGroupAttributes;
import dev.esmscan.remediation.Intent.RemoveUserAttributes;
import dev.esmscan.remediation.Intent.ResumeConnection;
import dev.esmscan.remediation.Intent.ResumeUser;
import dev.esmscan.remediation.Intent.SetDefaultGroup;
import dev.esmscan.remediation.Intent.UntrustStartedTask;
import dev.esmscan.remediation.Intent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** RACF TSO commands for the neutral intents, in the forms seed 000 and Zowe's ZWESECUR job use. */
public final class RacfCommandRenderer implements CommandRenderer {
    private static final String STARTED = "STARTED";
    private static final String MEMBER = "=MEMBER";

    @Override
    public Optional<String> invalidName(Intent intent) {
        if (intent instanceof DefineGroup i) {
            return group(i.group());
        } else if (intent instanceof AddGroupOmvs i) {
            return group(i.group());
        } else if (intent instanceof DefineUser i) {
            return first(user(i.user()), group(i.defaultGroup()), path(i.home()), path(i.program()));
        } else if (intent instanceof CompleteUserOmvs i) {
            return first(user(i.user()), path(i.home()), path(i.program()));
        } else if (intent instanceof Connect i) {
            return first(user(i.user()), group(i.group()));
        } else if (intent instanceof SetDefaultGroup i) {
            return first(user(i.user()), group(i.group()), i.previous() == null ? Optional.empty() : group(i.previous()));
        } else if (intent instanceof ActivateClass i) {
            return className(i.className());
        } else if (intent instanceof DefineProfile i) {
            return first(className(i.className()), profile(i.className(), i.profile()));
        } else if (intent instanceof Permit i) {
            Optional<String> id = i.id().equals("*") ? Optional.empty() : user(i.id());
            return first(className(i.className()), profile(i.className(), i.profile()), id);
        } else if (intent instanceof SetUniversalAccess i) {
            return first(className(i.className()), profile(i.className(), i.profile()));
        } else if (intent instanceof EndWarningMode i) {
            return first(className(i.className()), profile(i.className(), i.profile()));
        } else if (intent instanceof RemoveAccessEntry i) {
            Optional<String> id = i.id().equals("*") ? Optional.empty() : user(i.id());
            return first(className(i.className()), profile(i.className(), i.profile()), id);
        } else if (intent instanceof ResumeUser i) {
            return user(i.user());
        } else if (intent instanceof RemoveUserAttributes i) {
            return user(i.user());
        } else if (intent instanceof ResumeConnection i) {
            return first(user(i.user()), group(i.group()));
        } else if (intent instanceof RemoveGroupAttributes i) {
            return first(user(i.user()), group(i.group()));
        } else if (intent instanceof DefineStartedTask i) {
            return first(profile(STARTED, i.profile()), user(i.user()), group(i.group()));
        } else if (intent instanceof MapStartedTask i) {
            StartedTaskData p = i.previous();
            return first(profile(STARTED, i.profile()), user(i.user()), i.group() == null ? Optional.empty() : group(i.group()),
                    p == null ? Optional.empty() : stdataUser(p.user()), p == null ? Optional.empty() : stdataGroup(p.group()));
        } else if (intent instanceof UntrustStartedTask i) {
            return profile(STARTED, i.profile());
        } else if (intent instanceof EnableGenericProfiles i) {
            return className(i.className());
        }
        throw new IllegalArgumentException("no RACF rendering for " + intent);
    }

    @Override
    public List<String> change(Intent intent) {
        if (intent instanceof DefineGroup i) {
            return List.of("ADDGROUP " + i.group() + " OMVS(AUTOGID)");
        } else if (intent instanceof AddGroupOmvs i) {
            return List.of("ALTGROUP " + i.group() + " OMVS(AUTOGID)");
        } else if (intent instanceof DefineUser i) {
            return List.of("ADDUSER " + i.user() + " NOPASSWORD DFLTGRP(" + i.defaultGroup() + ") OMVS(HOME(" + i.home()
                    + ") PROGRAM(" + i.program() + ") AUTOUID)");
        } else if (intent instanceof CompleteUserOmvs i) {
            List<String> parts = new ArrayList<>();
            if (i.home() != null) {
                parts.add("HOME(" + i.home() + ")");
            }
            if (i.program() != null) {
                parts.add("PROGRAM(" + i.program() + ")");
            }
            if (i.addUid()) {
                parts.add("AUTOUID");
            }
            return List.of("ALTUSER " + i.user() + " OMVS(" + String.join(" ", parts) + ")");
        } else if (intent instanceof Connect i) {
            return List.of("CONNECT " + i.user() + " GROUP(" + i.group() + ")");
        } else if (intent instanceof SetDefaultGroup i) {
            return List.of("ALTUSER " + i.user() + " DFLTGRP(" + i.group() + ")");
        } else if (intent instanceof ActivateClass i) {
            List<String> ops = new ArrayList<>();
            if (i.activate()) {
                ops.add("CLASSACT(" + i.className() + ")");
            }
            if (i.raclist()) {
                ops.add("RACLIST(" + i.className() + ")");
            }
            return List.of("SETROPTS " + String.join(" ", ops));
        } else if (intent instanceof DefineProfile i) {
            return List.of("RDEFINE " + i.className() + " " + i.profile() + " UACC(NONE)");
        } else if (intent instanceof Permit i) {
            return List.of(permit(i) + " ACCESS(" + i.level() + ")");
        } else if (intent instanceof SetUniversalAccess i) {
            return List.of(ralter(i.className(), i.profile()) + " UACC(" + i.level() + ")");
        } else if (intent instanceof EndWarningMode i) {
            return List.of(ralter(i.className(), i.profile()) + " NOWARNING");
        } else if (intent instanceof RemoveAccessEntry i) {
            return List.of(permit(i.className(), i.profile(), i.id()) + " DELETE");
        } else if (intent instanceof ResumeUser i) {
            return List.of("ALTUSER " + i.user() + " RESUME" + (i.revokeDate() != null ? " NOREVOKE" : ""));
        } else if (intent instanceof RemoveUserAttributes i) {
            return List.of("ALTUSER " + i.user() + attributes("NO", i.special(), i.operations(), i.auditor()));
        } else if (intent instanceof ResumeConnection i) {
            return List.of(connect(i.user(), i.group()) + " RESUME" + (i.revokeDate() != null ? " NOREVOKE" : ""));
        } else if (intent instanceof RemoveGroupAttributes i) {
            return List.of(connect(i.user(), i.group()) + attributes("NO", i.special(), i.operations(), i.auditor()));
        } else if (intent instanceof DefineStartedTask i) {
            return List.of("RDEFINE STARTED " + i.profile() + " UACC(NONE) STDATA(USER(" + i.user() + ") GROUP(" + i.group()
                    + ") PRIVILEGED(NO) TRUSTED(NO) TRACE(YES))");
        } else if (intent instanceof MapStartedTask i) {
            return List.of("RALTER STARTED " + i.profile() + " STDATA(USER(" + i.user() + ")"
                    + (i.group() == null ? "" : " GROUP(" + i.group() + ")") + ")");
        } else if (intent instanceof UntrustStartedTask i) {
            return List.of("RALTER STARTED " + i.profile() + " STDATA(" + trust("NO", i) + ")");
        } else if (intent instanceof EnableGenericProfiles i) {
            return List.of("SETROPTS GENERIC(" + i.className() + ")");
        }
        throw new IllegalArgumentException("no RACF rendering for " + intent);
    }

    @Override
    public List<String> inspect(Intent intent) {
        if (intent instanceof DefineGroup i) {
            return List.of("LISTGRP " + i.group() + " OMVS");
        } else if (intent instanceof AddGroupOmvs i) {
            return List.of("LISTGRP " + i.group() + " OMVS");
        } else if (intent instanceof DefineUser i) {
            return List.of("LISTUSER " + i.user() + " OMVS");
        } else if (intent instanceof CompleteUserOmvs i) {
            return List.of("LISTUSER " + i.user() + " OMVS");
        } else if (intent instanceof Connect i) {
            return List.of("LISTUSER " + i.user());
        } else if (intent instanceof SetDefaultGroup i) {
            return List.of("LISTUSER " + i.user());
        } else if (intent instanceof ActivateClass) {
            return List.of("SETROPTS LIST");
        } else if (intent instanceof DefineProfile i) {
            return List.of("RLIST " + i.className() + " " + i.profile() + " AUTHUSER");
        } else if (intent instanceof Permit i) {
            return List.of("RLIST " + i.className() + " " + i.profile() + " AUTHUSER");
        } else if (intent instanceof SetUniversalAccess i) {
            return List.of("RLIST " + i.className() + " " + i.profile() + " AUTHUSER");
        } else if (intent instanceof EndWarningMode i) {
            return List.of("RLIST " + i.className() + " " + i.profile() + " AUTHUSER");
        } else if (intent instanceof RemoveAccessEntry i) {
            return List.of("RLIST " + i.className() + " " + i.profile() + " AUTHUSER");
        } else if (intent instanceof ResumeUser i) {
            return List.of("LISTUSER " + i.user());
        } else if (intent instanceof RemoveUserAttributes i) {
            return List.of("LISTUSER " + i.user());
        } else if (intent instanceof ResumeConnection i) {
            return List.of("LISTUSER " + i.user());
        } else if (intent instanceof RemoveGroupAttributes i) {
            return List.of("LISTUSER " + i.user());
        } else if (intent instanceof DefineStartedTask i) {
            return List.of("RLIST STARTED " + i.profile() + " ALL STDATA");
        } else if (intent instanceof MapStartedTask i) {
            return List.of("RLIST STARTED " + i.profile() + " ALL STDATA");
        } else if (intent instanceof UntrustStartedTask i) {
            return List.of("RLIST STARTED " + i.profile() + " ALL STDATA");
        } else if (intent instanceof EnableGenericProfiles) {
            return List.of("SETROPTS LIST");
        }
        throw new IllegalArgumentException("no RACF rendering for " + intent);
    }

    @Override
    public List<String> backout(Intent intent) {
        if (intent instanceof DefineGroup i) {
            return List.of("DELGROUP " + i.group());
        } else if (intent instanceof AddGroupOmvs i) {
            return List.of("ALTGROUP " + i.group() + (i.hadSegment() ? " OMVS(NOGID)" : " NOOMVS"));
        } else if (intent instanceof DefineUser i) {
            return List.of("DELUSER " + i.user());
        } else if (intent instanceof CompleteUserOmvs i) {
            if (!i.hadSegment()) {
                return List.of("ALTUSER " + i.user() + " NOOMVS");
            }
            List<String> parts = new ArrayList<>();
            if (i.home() != null) {
                parts.add("NOHOME");
            }
            if (i.program() != null) {
                parts.add("NOPROGRAM");
            }
            if (i.addUid()) {
                parts.add("NOUID");
            }
            return List.of("ALTUSER " + i.user() + " OMVS(" + String.join(" ", parts) + ")");
        } else if (intent instanceof Connect i) {
            return List.of("REMOVE " + i.user() + " GROUP(" + i.group() + ")");
        } else if (intent instanceof SetDefaultGroup i) {
            return i.previous() == null ? List.of() : List.of("ALTUSER " + i.user() + " DFLTGRP(" + i.previous() + ")");
        } else if (intent instanceof ActivateClass i) {
            List<String> ops = new ArrayList<>();
            if (i.raclist()) {
                ops.add("NORACLIST(" + i.className() + ")");
            }
            if (i.activate()) {
                ops.add("NOCLASSACT(" + i.className() + ")");
            }
            return List.of("SETROPTS " + String.join(" ", ops));
        } else if (intent instanceof DefineProfile i) {
            return List.of("RDELETE " + i.className() + " " + i.profile());
        } else if (intent instanceof Permit i) {
            return List.of(i.previous() == null ? permit(i) + " DELETE" : permit(i) + " ACCESS(" + i.previous() + ")");
        } else if (intent instanceof SetUniversalAccess i) {
            return List.of(ralter(i.className(), i.profile()) + " UACC(" + i.previous() + ")");
        } else if (intent instanceof EndWarningMode i) {
            return List.of(ralter(i.className(), i.profile()) + " WARNING");
        } else if (intent instanceof RemoveAccessEntry i) {
            return List.of(permit(i.className(), i.profile(), i.id()) + " ACCESS(" + i.previous() + ")");
        } else if (intent instanceof ResumeUser i) {
            return revocation("ALTUSER " + i.user(), i.revokeFlag(), i.revokeDate(), i.resumeDate());
        } else if (intent instanceof RemoveUserAttributes i) {
            return List.of("ALTUSER " + i.user() + attributes("", i.special(), i.operations(), i.auditor()));
        } else if (intent instanceof ResumeConnection i) {
            return revocation(connect(i.user(), i.group()), i.revokeFlag(), i.revokeDate(), i.resumeDate());
        } else if (intent instanceof RemoveGroupAttributes i) {
            return List.of(connect(i.user(), i.group()) + attributes("", i.special(), i.operations(), i.auditor()));
        } else if (intent instanceof DefineStartedTask i) {
            return List.of("RDELETE STARTED " + i.profile());
        } else if (intent instanceof MapStartedTask i) {
            StartedTaskData p = i.previous();
            if (p == null) {
                return List.of("RALTER STARTED " + i.profile() + " NOSTDATA");
            }
            String restore = p.user() == null ? "NOUSER" : "USER(" + p.user() + ")";
            if (i.group() != null) {
                restore += p.group() == null ? " NOGROUP" : " GROUP(" + p.group() + ")";
            }
            return List.of("RALTER STARTED " + i.profile() + " STDATA(" + restore + ")");
        } else if (intent instanceof UntrustStartedTask i) {
            return List.of("RALTER STARTED " + i.profile() + " STDATA(" + trust("YES", i) + ")");
        } else if (intent instanceof EnableGenericProfiles i) {
            // GENERIC turns on generic commands too; NOGENERIC leaves them on
            return List.of("SETROPTS NOGENERIC(" + i.className() + ")" + (i.hadGenericCommand() ? "" : " NOGENCMD(" + i.className() + ")"));
        }
        throw new IllegalArgumentException("no RACF rendering for " + intent);
    }

    @Override
    public Optional<String> refreshedClass(Intent intent) {
        if (intent instanceof DefineProfile i) {
            return Optional.of(i.className());
        } else if (intent instanceof Permit i) {
            return Optional.of(i.className());
        } else if (intent instanceof SetUniversalAccess i) {
            return Optional.of(i.className());
        } else if (intent instanceof EndWarningMode i) {
            return Optional.of(i.className());
        } else if (intent instanceof RemoveAccessEntry i) {
            return Optional.of(i.className());
        } else if (intent instanceof DefineStartedTask || intent instanceof MapStartedTask || intent instanceof UntrustStartedTask) {
            return Optional.of(STARTED);
        }
        return Optional.empty();
    }

    @Override
    public String refresh(String className) {
        return "SETROPTS RACLIST(" + className + ") REFRESH";
    }

    @Override
    public String comment(String text) {
        return "/* " + text.replace("*/", "* /") + " */";
    }

    private static String connect(String user, String group) {
        return "CONNECT " + user + " GROUP(" + group + ")";
    }

    /** " SPECIAL OPERATIONS AUDITOR" (those flagged), each with the prefix ("NO" to take them away). */
    private static String attributes(String prefix, boolean special, boolean operations, boolean auditor) {
        return (special ? " " + prefix + "SPECIAL" : "") + (operations ? " " + prefix + "OPERATIONS" : "")
                + (auditor ? " " + prefix + "AUDITOR" : "");
    }

    /**
     * The commands that revoke again as before: the undated REVOKE first (RACF takes a flag and a
     * date in separate commands, and REVOKE clears a resume date), then the dates.
     */
    private static List<String> revocation(String command, boolean flag, LocalDate revokeDate, LocalDate resumeDate) {
        List<String> out = new ArrayList<>();
        if (flag) {
            out.add(command + " REVOKE");
        }
        String dates = (revokeDate == null ? "" : " REVOKE(" + date(revokeDate) + ")") + (resumeDate == null ? "" : " RESUME(" + date(resumeDate) + ")");
        if (!dates.isEmpty()) {
            out.add(command + dates);
        }
        return out;
    }

    /** RACF's mm/dd/yy. */
    private static String date(LocalDate d) {
        return String.format("%02d/%02d/%02d", d.getMonthValue(), d.getDayOfMonth(), d.getYear() % 100);
    }

    private static String trust(String value, UntrustStartedTask i) {
        List<String> parts = new ArrayList<>();
        if (i.trusted()) {
            parts.add("TRUSTED(" + value + ")");
        }
        if (i.privileged()) {
            parts.add("PRIVILEGED(" + value + ")");
        }
        return String.join(" ", parts);
    }

    /** A user named in STDATA: a user ID or =MEMBER (the procedure's own name). */
    private static Optional<String> stdataUser(String name) {
        return name == null || MEMBER.equals(name) ? Optional.empty() : user(name);
    }

    private static Optional<String> stdataGroup(String name) {
        return name == null || MEMBER.equals(name) ? Optional.empty() : group(name);
    }

    private static String permit(Permit i) {
        return permit(i.className(), i.profile(), i.id());
    }

    private static String permit(String className, String profile, String id) {
        return "PERMIT " + profile + " CLASS(" + className + ") ID(" + id + ")";
    }

    private static String ralter(String className, String profile) {
        return "RALTER " + className + " " + profile;
    }

    private static Optional<String> user(String id) {
        return RacfNames.checkUserId(id).map(r -> "user ID '" + printable(id) + "': " + r);
    }

    private static Optional<String> group(String name) {
        return RacfNames.checkGroupName(name).map(r -> "group '" + printable(name) + "': " + r);
    }

    private static Optional<String> className(String name) {
        return RacfNames.checkClassName(name).map(r -> "class '" + printable(name) + "': " + r);
    }

    private static Optional<String> profile(String className, String name) {
        Optional<String> bad = "DATASET".equals(className) ? RacfNames.checkDatasetProfileName(name) : RacfNames.checkResourceProfileName(name);
        return bad.map(r -> "profile '" + printable(name) + "': " + r);
    }

    private static Optional<String> path(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (char c : path.toCharArray()) {
            if (c < 0x21 || c > 0x7e || c == '(' || c == ')' || c == '\'') {
                return Optional.of("path '" + printable(path) + "' holds a character that cannot stand unquoted in a command");
            }
        }
        return Optional.empty();
    }

    /** The name as a person can read it in one line: control characters escaped. */
    private static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            sb.append(c < 0x20 || c == 0x7f ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
