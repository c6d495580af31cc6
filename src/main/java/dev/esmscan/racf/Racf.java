package dev.esmscan.racf;

import dev.esmscan.esm.Esm;
import dev.esmscan.esm.ResourceClasses;
import dev.esmscan.input.ExtractReader;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.racf.access.RacfAccessResolver;
import dev.esmscan.racf.command.RacfCommandFileReader;
import dev.esmscan.racf.remediation.RacfCommandInterpreterAdapter;
import dev.esmscan.racf.remediation.RacfCommandRenderer;
import dev.esmscan.remediation.CommandInterpreter;
import dev.esmscan.remediation.CommandRenderer;
import dev.esmscan.racf.setropts.SetroptsListReader;
import dev.esmscan.racf.unload.Irrdbu00CsvReader;
import dev.esmscan.racf.unload.Irrdbu00Reader;
import java.util.List;

/** RACF: IRRDBU00 unloads, SETROPTS LIST output, and RACF's authorization rules. */
public final class Racf implements Esm {
    private static final List<ExtractReader> READERS =
            List.of(new Irrdbu00Reader(), new Irrdbu00CsvReader(), new SetroptsListReader(), new RacfCommandFileReader());

    @Override
    public String name() {
        return "RACF";
    }

    @Override
    public List<ExtractReader> readers() {
        return READERS;
    }

    @Override
    public AccessResolver resolver(SecurityModel model) {
        return new RacfAccessResolver(model);
    }

    @Override
    public ResourceClasses resourceClasses(SecurityModel model) {
        return new RacfClasses(model);
    }

    @Override
    public CommandRenderer renderer() {
        return new RacfCommandRenderer();
    }

    @Override
    public CommandInterpreter interpreter() {
        return new RacfCommandInterpreterAdapter();
    }
}
