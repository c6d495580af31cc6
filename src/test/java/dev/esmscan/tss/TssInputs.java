package dev.esmscan.tss;

import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.tss.command.TssCommands;
import dev.esmscan.tss.command.TssObservation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test inputs: files under src/test/resources/tss and models built from TSS commands. */
public final class TssInputs {

    private TssInputs() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(TssInputs.class.getResource("/tss/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReadStats read(ExtractReader reader, Path file, SecurityModel.Builder builder) {
        try {
            return reader.read(file, builder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model built by applying commands to an empty one; fails on any command Top Secret would refuse or esmscan cannot model. */
    public static SecurityModel fromCommands(String commands) {
        SecurityModel.Builder b = SecurityModel.builder();
        List<TssObservation> seen = TssCommands.applyTo(b, commands);
        if (!seen.isEmpty()) {
            throw new AssertionError("commands refused or not modelled: " + seen);
        }
        return b.build();
    }

    public static String text(String name) {
        try {
            return Files.readString(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
