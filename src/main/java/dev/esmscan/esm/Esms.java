package dev.esmscan.esm;

import dev.esmscan.acf2.Acf2;
import dev.esmscan.racf.Racf;
import dev.esmscan.tss.Tss;
import java.util.List;

/** The ESMs this build supports, in the order their readers are tried. */
public final class Esms {

    private Esms() {
    }

    public static List<Esm> all() {
        return List.of(new Racf(), new Tss(), new Acf2());
    }
}
