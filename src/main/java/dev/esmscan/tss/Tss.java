package dev.esmscan.tss;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.esm.Esm;
import dev.esmscan.esm.ResourceClasses;
import dev.esmscan.input.ExtractReader;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.remediation.CommandInterpreter;
import dev.esmscan.remediation.CommandRenderer;
import dev.esmscan.tss.access.TssAccessResolver;
import dev.esmscan.tss.command.TssCommandFileReader;
import dev.esmscan.tss.read.TssOutputReader;
import dev.esmscan.tss.read.TssParameterFileReader;
import dev.esmscan.tss.remediation.TssCommandInterpreterAdapter;
import dev.esmscan.tss.remediation.TssCommandRenderer;
import dev.esmscan.tss.remediation.TssSiteValues;
import java.util.List;
import java.util.Map;

/** CA Top Secret: LIST, WHOHAS, STC, RDT, facility and MODIFY STATUS output, the parameter file, TSS command files, and Top Secret's authorization rules. */
public final class Tss implements Esm {
    private static final List<ExtractReader> READERS = List.of(new TssOutputReader(), new TssParameterFileReader(), new TssCommandFileReader());

    @Override
    public String name() {
        return "TSS";
    }

    @Override
    public List<ExtractReader> readers() {
        return READERS;
    }

    @Override
    public AccessResolver resolver(SecurityModel model) {
        return new TssAccessResolver(model);
    }

    @Override
    public ResourceClasses resourceClasses(SecurityModel model) {
        return new TssResourceClasses(model);
    }

    @Override
    public CommandRenderer renderer() {
        return new TssCommandRenderer();
    }

    /**
     * The renderer with the owner ACID and department of esmscan.yaml (tssOwnerAcid, tssDepartment),
     * else placeholders; UID(?) and GID(?) for new ACIDs when it says the site has a default range
     * (tssDefaultIdRange), else a person chooses them.
     */
    @Override
    public CommandRenderer renderer(SiteSettings settings) {
        TssSiteValues placeholders = TssSiteValues.placeholders();
        return new TssCommandRenderer(new TssSiteValues(
                settings.getTssOwnerAcid() == null ? placeholders.ownerAcid() : settings.getTssOwnerAcid(),
                settings.getTssDepartment() == null ? placeholders.department() : settings.getTssDepartment(),
                Map.of(), settings.isTssDefaultIdRange()));
    }

    @Override
    public CommandInterpreter interpreter() {
        return new TssCommandInterpreterAdapter();
    }
}
