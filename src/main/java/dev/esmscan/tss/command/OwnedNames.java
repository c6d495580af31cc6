package dev.esmscan.tss.command;

import dev.esmscan.tss.access.ResourcePattern;
import dev.esmscan.tss.data.TssAcid;
import dev.esmscan.tss.data.TssData;
import java.util.Set;

/**
 * Whether a name to be permitted is owned: Top Secret refuses a PERMIT of a resource no ACID owns
 * ("A resource must be owned before access can be permitted", Command Functions, PERMIT). An owned
 * name covers the permitted one when it is a prefix of it, or, being a mask, matches it; the
 * special names {@code *ALL*} and {@code *****} permit every owned resource of the class.
 */
final class OwnedNames {

    private OwnedNames() {
    }

    static boolean owned(TssData data, String tssClass, String name) {
        if (name.equals("*ALL*") || name.equals("*****")) {
            return true;
        }
        for (TssAcid a : data.acids()) {
            for (String o : a.ownerships().getOrDefault(tssClass, Set.of())) {
                if (name.startsWith(o) || (ResourcePattern.isMask(o) && ResourcePattern.covers(o, name, true, null))) {
                    return true;
                }
            }
        }
        return false;
    }
}
