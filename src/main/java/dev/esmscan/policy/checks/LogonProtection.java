package dev.esmscan.policy.checks;

import dev.esmscan.model.User;
import dev.esmscan.policy.Check;

/**
 * A server user must not be able to log on: no password and no password phrase (RACF PROTECTED,
 * USBD_NOPWD=PRO). No fix is generated: taking credentials away has no exact backout, since the
 * old password or phrase cannot be given back, so a person must act.
 */
public final class LogonProtection {

    private LogonProtection() {
    }

    public static Check check(User user, String esm) {
        String id = user.getId();
        boolean phrase = user.hasPasswordPhrase();
        boolean protectedUser = user.isProtectedUser() && !phrase;
        String what = phrase ? "has a password phrase" : "can log on with a password (not a protected user)";
        return new Check()
                .require(protectedUser, "user " + id + " " + what + "; a person must act: " + instruction(id, esm)
                        + "; no command is generated because a removed password or phrase cannot be restored")
                .fact(protectedUser ? "user " + id + " is a protected user: no password, no password phrase" : "user " + id + " is not protected");
    }

    private static String instruction(String id, String esm) {
        if ("RACF".equalsIgnoreCase(esm)) {
            return "issue ALTUSER " + id + " NOPASSWORD NOPHRASE once nothing logs on with it";
        }
        return "make " + id + " a protected user without password or phrase once nothing logs on with it";
    }
}
