package dev.esmscan.scan;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.model.Group;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the extracts hold the site's Zowe identities under the configured names: the STC user,
 * the ZIS user and the admin group. When none of them is there, the names are most likely
 * different at this site (a zowe.yaml not given, or not the site's): every identity requirement
 * then fails for users that were never meant, and the remediation would create new started-task
 * users beside the real ones. The reports and {@code remediate} say so first.
 *
 * @param found   the identities the extracts hold, in words ("STC user ZWESVUSR")
 * @param missing the identities they do not hold
 */
public record SiteIdentities(List<String> found, List<String> missing) {

    public SiteIdentities {
        found = List.copyOf(found);
        missing = List.copyOf(missing);
    }

    public static SiteIdentities of(SecurityModel model, SiteSettings settings) {
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        sort("STC user " + settings.getStcUser(), model.user(settings.getStcUser()).filter(User::isBaseRecordSeen).isPresent(),
                found, missing);
        sort("ZIS user " + settings.getZisUser(), model.user(settings.getZisUser()).filter(User::isBaseRecordSeen).isPresent(),
                found, missing);
        sort("admin group " + settings.getAdminGroup(),
                model.group(settings.getAdminGroup()).filter(Group::isBaseRecordSeen).isPresent(), found, missing);
        return new SiteIdentities(found, missing);
    }

    public static SiteIdentities of(ScanResult scan) {
        return of(scan.model(), scan.settings());
    }

    private static void sort(String identity, boolean present, List<String> found, List<String> missing) {
        (present ? found : missing).add(identity);
    }

    public boolean noneFound() {
        return found.isEmpty();
    }

    /** The warning, or null when at least one identity was found. */
    public String warning() {
        return noneFound() ? warning(missing) : null;
    }

    /** The warning for these missing identities, in the words every format uses. */
    public static String warning(List<String> missing) {
        return "none of the site's Zowe identities is in the extracts (no " + String.join(", no ", missing)
                + "): the names are probably different at this site. Give the site's zowe.yaml with --zowe-yaml, or correct"
                + " zowe.setup.security in it; until then the identity results concern users the site may not have, and a"
                + " remediation job would create new started-task users.";
    }
}
