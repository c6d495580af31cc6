package dev.esmscan.policy.checks;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.remediation.Intent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The user IDs Zowe's started tasks run under, and how seed 000 defines one. */
public final class ServerUsers {
    static final String HOME = "/tmp";
    static final String PROGRAM = "/bin/sh";

    private ServerUsers() {
    }

    /** The STC user and the ZIS user, once each when a site gives both the same name. */
    public static List<String> of(SiteSettings settings) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(settings.getStcUser());
        ids.add(settings.getZisUser());
        return List.copyOf(ids);
    }

    /**
     * Seed 000's ADDUSER ... NOPASSWORD DFLTGRP(&lt;ZWEADMIN&gt;) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID),
     * with the STC group as default group, and a connection to the admin group when that differs.
     * Every requirement that finds the user missing gives these same intents, so a plan defines it once.
     */
    public static Intent[] define(String id, SiteSettings settings) {
        Intent defineUser = new Intent.DefineUser(id, settings.getStcGroup(), HOME, PROGRAM);
        if (settings.getAdminGroup().equals(settings.getStcGroup())) {
            return new Intent[] {defineUser};
        }
        return new Intent[] {defineUser, new Intent.Connect(id, settings.getAdminGroup())};
    }
}
