package dev.esmscan.racf.remediation;

import dev.esmscan.racf.command.RacfNames;
import dev.esmscan.remediation.CommandRenderer;
import dev.esmscan.remediation.Intent;
import dev.esmscan.remediation.Intent.ActivateClass;
import dev.esmscan.remediation.Intent.AddGroupOmvs;
import dev.esmscan.remediation.Intent.CompleteUserOmvs;
import dev.esmscan.remediation.Intent.Connect;
import dev.esmscan.remediation.Intent.DefineGroup;
import dev.esmscan.remediation.Intent.DefineProfile;
import dev.esmscan.remediation.Intent.DefineUser;
import dev.esmscan.remediation.Intent.EndWarningMode;
import dev.esmscan.remediation.Intent.Permit;
import dev.esmscan.remediation.Intent.RemoveAccessEntry;
import dev.esmscan.remediation.Intent.SetUniversalAccess;
import dev.esmscan.remediation.Intent.SetDefaultGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** RACF TSO commands for the neutral intents, in the forms seed 000 and Zowe's ZWESECUR job use. */
public final class RacfCommandRenderer implements CommandRenderer {

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

    @SafeVarargs
    private static Optional<String> first(Optional<String>... checks) {
        for (Optional<String> c : checks) {
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }
}
