package dev.esmscan.policy.checks;

import dev.esmscan.model.Connection;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;
import dev.esmscan.policy.Check;
import dev.esmscan.remediation.Intent.ResumeConnection;
import dev.esmscan.remediation.Intent.ResumeUser;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A server user must be able to run: not revoked as the ESM enforces it on {@code asOf} (the flag,
 * or a revoke date that has come without a later resume date that has also come), and its
 * connection to its default group, which a started task runs under, not revoked either.
 */
public final class Revocation {

    private Revocation() {
    }

    public static Check check(User user, SecurityModel model, LocalDate asOf) {
        String id = user.getId();
        boolean revoked = user.isRevokedOn(asOf);
        Check check = new Check().require(!revoked, "user " + id + " is revoked" + how(user.isRevokeFlag(), user.getRevokeDate()),
                new ResumeUser(id, user.isRevokeFlag(), user.getRevokeDate(), user.getResumeDate()));
        String group = user.getDefaultGroup();
        Optional<Connection> connection = group == null ? Optional.empty() : model.connection(id, group);
        connection.ifPresent(c -> check.require(!c.isRevokedOn(asOf),
                "its connection to its default group " + group + " is revoked" + how(c.isRevoked(), c.getRevokeDate()),
                new ResumeConnection(id, group, c.isRevoked(), c.getRevokeDate(), c.getResumeDate())));
        if (!revoked) {
            check.fact("user " + id + " is not revoked on " + asOf);
        }
        if (!revoked && user.getRevokeDate() != null && user.getRevokeDate().isAfter(asOf)) {
            check.fact("a revoke date " + user.getRevokeDate() + " is set");
        }
        connection.filter(c -> !c.isRevokedOn(asOf)).ifPresent(c -> check.fact("connection to " + group + " not revoked"));
        return check;
    }

    private static String how(boolean flag, LocalDate revokeDate) {
        if (flag) {
            return " (REVOKE flag)";
        }
        return revokeDate == null ? "" : " since " + revokeDate;
    }
}
