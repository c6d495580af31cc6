package dev.esmscan.racf;

import dev.esmscan.esm.Esm;
import dev.esmscan.input.ExtractReader;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.racf.access.RacfAccessResolver;
import java.util.List;

/** RACF: IRRDBU00 unloads, SETROPTS LIST output, and RACF's authorization rules. */
public final class Racf implements Esm {

    @Override
    public String name() {
        return "RACF";
    }

    @Override
    public List<ExtractReader> readers() {
        return List.of();
    }

    @Override
    public AccessResolver resolver(SecurityModel model) {
        return new RacfAccessResolver(model);
    }
}
