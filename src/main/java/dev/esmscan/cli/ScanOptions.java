package dev.esmscan.cli;

import dev.esmscan.config.Feature;
import dev.esmscan.config.ScannerConfigReader;
import dev.esmscan.config.SiteSettings;
import dev.esmscan.config.ZoweSystemNames;
import dev.esmscan.config.ZoweYamlReader;
import dev.esmscan.esm.Esms;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ProfileScope;
import dev.esmscan.input.ReadOptions;
import dev.esmscan.input.ReadStats;
import dev.esmscan.input.TerminalProgress;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.scan.EmbeddedSample;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.PackScope;
import dev.esmscan.scan.ScanInput;
import dev.esmscan.scan.Scanner;
import dev.esmscan.scan.SystemName;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The options every command that reads extracts shares (scan, access, remediate, verify). */
public final class ScanOptions {
    private static final Pattern SYSTEM_NAME = Pattern.compile("[A-Z0-9@#$]{1,8}");

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", description = "Extract files or folders (auto-detected). None: the bundled sample-exports/racf/.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--esm", paramLabel = "racf|tss|acf2", description = "Read the inputs as this ESM's extracts only.")
    String esm;

    @Option(names = "--zowe-yaml", paramLabel = "FILE", description = "The site's zowe.yaml: names under zowe.setup.security, features from components.")
    Path zoweYaml;

    @Option(names = "--config", paramLabel = "FILE", description = "The scanner's configuration (esmscan.yaml): zoweUsers and features.")
    Path config;

    @Option(names = "--zowe-users", split = ",", paramLabel = "ID", description = "Zowe end users: user IDs, or groups meaning their connected users.")
    List<String> zoweUsers = new ArrayList<>();

    @Option(names = "--feature", paramLabel = "NAME=on|off", description = "Force a feature on or off.")
    Map<String, String> features = new java.util.LinkedHashMap<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "Load the policy pack from this folder of .drl files instead of the built-in one.")
    Path rules;

    @Option(names = "--strict", description = "Stop with exit code 12 when any record was skipped (unknown type) or could not be read,"
            + " or an input carries a caveat (e.g. an unload not in IRRDBU00's order, whose truncation cannot be detected).")
    boolean strict;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "The date revocation dates and waiver expiry are judged against (default: today).")
    LocalDate asOf;

    @Option(names = "--system", paramLabel = "NAME",
            description = "The name of the z/OS system the extracts come from, shown in every report"
                    + " (default: the sysname of the high availability instances in zowe.yaml).")
    String system;

    /** The inputs with their readers, the site settings they and the options give, and the system's name (null when none). */
    record Prepared(List<ScanInput> inputs, SiteSettings settings, SystemName system) {
    }

    Prepared prepare() {
        boolean embedded = inputs.isEmpty();
        List<Path> paths = embedded ? List.of(EmbeddedSample.materialise()) : inputs;
        InputResolver.Resolved resolved = new InputResolver(Esms.all()).resolve(paths, Optional.ofNullable(esm), Optional.ofNullable(zoweYaml));
        List<ScanInput> scanInputs = embedded ? EmbeddedSample.relabel(resolved.inputs()) : resolved.inputs();
        SiteSettings.Builder settings = SiteSettings.builder();
        Optional<Path> yaml = zoweYaml != null ? Optional.of(zoweYaml) : resolved.zoweYaml();
        yaml.ifPresent(y -> ZoweYamlReader.apply(y, settings));
        Optional<Path> scannerConfig = config != null ? Optional.of(config) : resolved.scannerConfig();
        scannerConfig.ifPresent(c -> ScannerConfigReader.apply(c, settings));
        settings.esm(scanInputs.get(0).esm().name());
        if (!zoweUsers.isEmpty()) {
            settings.zoweUsers(zoweUsers.stream().map(u -> u.trim().toUpperCase(Locale.ROOT)).toList());
        }
        for (Map.Entry<String, String> e : features.entrySet()) {
            settings.feature(feature(e.getKey()), onOff(e.getKey(), e.getValue()));
        }
        if (asOf != null) {
            settings.asOf(asOf);
        }
        return new Prepared(scanInputs, settings.build(), systemName(yaml));
    }

    /** --system, else the system names zowe.yaml gives its high availability instances, else none. */
    private SystemName systemName(Optional<Path> zoweYamlFile) {
        if (system != null) {
            String name = system.trim().toUpperCase(Locale.ROOT);
            if (!SYSTEM_NAME.matcher(name).matches()) {
                throw new ParameterException(spec.commandLine(), "--system " + system
                        + ": a z/OS system name is 1 to 8 letters, digits, @, # or $");
            }
            return new SystemName(name, "--system");
        }
        if (zoweYamlFile.isPresent()) {
            List<String> names = ZoweSystemNames.of(zoweYamlFile.get());
            if (!names.isEmpty()) {
                return new SystemName(String.join(", ", names), zoweYamlFile.get().getFileName() + " haInstances.*.sysname");
            }
        }
        return null;
    }

    /**
     * Reads the inputs (see {@link #readOptions}); with --strict, stops when a record was skipped or
     * unreadable, or an input carries a caveat.
     */
    Scanner.Loaded load(List<ScanInput> scanInputs, boolean packScope) {
        Scanner.Loaded loaded = Scanner.load(scanInputs, readOptions(packScope));
        if (strict) {
            requireEveryRecordRead(loaded.stats());
        }
        return loaded;
    }

    /**
     * Records of classes outside the pack's scope are left out on purpose and do not count. A caveat
     * (an input whose completeness cannot be told) stops too.
     */
    static void requireEveryRecordRead(List<ReadStats> stats) {
        List<String> lost = new ArrayList<>();
        for (ReadStats s : stats) {
            if (s.skipped() > 0 || s.errors() > 0) {
                lost.add(s.path() + ": " + s.skipped() + " record(s) skipped (types " + String.join(" ", s.skippedByType().keySet())
                        + "), " + s.errors() + " unreadable" + (s.problems().isEmpty() ? "" : " (first: " + s.problems().get(0) + ")"));
            }
        }
        if (!lost.isEmpty()) {
            throw new InputException("--strict: not every record was read; " + String.join("; ", lost));
        }
        List<String> caveats = new ArrayList<>();
        for (ReadStats s : stats) {
            s.caveats().forEach(c -> caveats.add(s.path() + ": " + c));
        }
        if (!caveats.isEmpty()) {
            throw new InputException("--strict: " + String.join("; ", caveats));
        }
    }

    PolicyPack policyPack() {
        return rules == null ? PolicyPack.embedded() : PolicyPack.fromFolder(rules);
    }

    /**
     * How to read the inputs: with {@code packScope}, only the profiles of the classes the pack
     * declares in its pack.yaml (else every class); progress on stderr when the launcher asks.
     */
    ReadOptions readOptions(boolean packScope) {
        ProfileScope scope = !packScope ? ProfileScope.all() : rules == null ? PackScope.embedded() : PackScope.fromFolder(rules);
        return new ReadOptions(scope, TerminalProgress.fromSystemProperty());
    }

    /** A date as YYYY-MM-DD; anything else is a usage error that says so in words. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, for example 2026-03-31");
            }
        }
    }

    private Feature feature(String name) {
        try {
            return Feature.byKey(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--feature: " + e.getMessage());
        }
    }

    private boolean onOff(String name, String value) {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "on": case "true": case "yes": return true;
            case "off": case "false": case "no": return false;
            default: throw new ParameterException(spec.commandLine(), "--feature " + name + "=" + value + ": use on or off");
        }
    }
}
