package dev.esmscan.racf.command;

import dev.esmscan.model.AccessLevel;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Checked operand values; a bad value rejects the command. */
final class Values {
    static final Set<String> GROUP_AUTHORITIES = Set.of("USE", "CREATE", "CONNECT", "JOIN");

    private Values() {
    }

    /** NONE, EXECUTE, READ, UPDATE, CONTROL or ALTER (RACF's own spellings only). */
    static Optional<AccessLevel> accessLevel(Execution ex, String operand, String text) {
        AccessLevel level = switch (text) {
            case "NONE" -> AccessLevel.NONE;
            case "EXECUTE" -> AccessLevel.EXECUTE;
            case "READ" -> AccessLevel.READ;
            case "UPDATE" -> AccessLevel.UPDATE;
            case "CONTROL" -> AccessLevel.CONTROL;
            case "ALTER" -> AccessLevel.ALTER;
            default -> null;
        };
        if (level == null) {
            ex.reject(operand + "(" + text + ") is not an access level (NONE, EXECUTE, READ, UPDATE, CONTROL, ALTER)");
        }
        return Optional.ofNullable(level);
    }

    /** A UID or GID: 0 to 2147483647. */
    static Optional<Long> unixId(Execution ex, String operand, String text) {
        try {
            long id = Long.parseLong(text);
            if (id >= 0 && id <= AutoIds.MAX) {
                return Optional.of(id);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        ex.reject(operand + "(" + text + ") is not a number from 0 to " + AutoIds.MAX);
        return Optional.empty();
    }

    static Optional<Boolean> yesNo(Execution ex, String operand, String text) {
        if (text.equals("YES")) {
            return Optional.of(true);
        }
        if (text.equals("NO")) {
            return Optional.of(false);
        }
        ex.reject(operand + "(" + text + ") must be YES or NO");
        return Optional.empty();
    }

    static Optional<String> groupAuthority(Execution ex, String text) {
        if (GROUP_AUTHORITIES.contains(text)) {
            return Optional.of(text);
        }
        ex.reject("AUTHORITY(" + text + ") must be USE, CREATE, CONNECT or JOIN");
        return Optional.empty();
    }

    /** A RACF date, mm/dd/yy or mm/dd/yyyy; two-digit years 71-99 are 19yy, 00-70 are 20yy (RACF's window). */
    static Optional<LocalDate> date(Execution ex, String operand, String text) {
        String[] parts = text.split("/");
        if (parts.length == 3) {
            try {
                int month = Integer.parseInt(parts[0]);
                int day = Integer.parseInt(parts[1]);
                int year = Integer.parseInt(parts[2]);
                if (parts[2].length() == 2) {
                    year += year <= 70 ? 2000 : 1900;
                }
                if (parts[2].length() == 2 || parts[2].length() == 4) {
                    return Optional.of(LocalDate.of(year, month, day));
                }
            } catch (NumberFormatException | DateTimeException e) {
                // reported below
            }
        }
        ex.reject(operand + "(" + text + ") is not a date in the form mm/dd/yy");
        return Optional.empty();
    }

    /** Quoted data as written; an unquoted word upper-cased, as TSO does. */
    static String data(Operand value) {
        return value.quoted() ? value.name() : Execution.upper(value.name());
    }
}
