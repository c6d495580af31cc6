package dev.esmscan.acf2;

import dev.esmscan.acf2.access.Acf2AccessResolver;
import dev.esmscan.acf2.command.Acf2CommandFileReader;
import dev.esmscan.acf2.read.Acf2ListingReader;
import dev.esmscan.acf2.remediation.Acf2CommandInterpreterAdapter;
import dev.esmscan.acf2.remediation.Acf2CommandRenderer;
import dev.esmscan.esm.Esm;
import dev.esmscan.esm.ResourceClasses;
import dev.esmscan.input.ExtractReader;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.remediation.CommandInterpreter;
import dev.esmscan.remediation.CommandRenderer;
import java.util.List;

/**
 * CA ACF2: ACF LIST / DECOMP output and ACF subcommand files, ACF2's rule interpretation, and ACF
 * subcommands for remediation. Listings are read before command files, which apply on top.
 */
public final class Acf2 implements Esm {
    private static final List<ExtractReader> READERS = List.of(new Acf2ListingReader(), new Acf2CommandFileReader());

    @Override
    public String name() {
        return "ACF2";
    }

    @Override
    public List<ExtractReader> readers() {
        return READERS;
    }

    @Override
    public AccessResolver resolver(SecurityModel model) {
        return new Acf2AccessResolver(model);
    }

    @Override
    public ResourceClasses resourceClasses(SecurityModel model) {
        return new Acf2ResourceClasses(model);
    }

    @Override
    public CommandRenderer renderer() {
        return new Acf2CommandRenderer();
    }

    @Override
    public CommandInterpreter interpreter() {
        return new Acf2CommandInterpreterAdapter();
    }
}
