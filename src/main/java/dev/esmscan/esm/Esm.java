package dev.esmscan.esm;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.input.ExtractReader;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.remediation.CommandInterpreter;
import dev.esmscan.remediation.CommandRenderer;
import java.util.List;

/** What one External Security Manager brings: its extract readers and its authorization rules. */
public interface Esm {

    /** RACF, TSS or ACF2: the name rules use in {@code @esm} and zowe.yaml uses as the product. */
    String name();

    /** The readers of this ESM's extract formats, each able to recognise its format by content. */
    List<ExtractReader> readers();

    /** This ESM's access decisions over a built model. */
    AccessResolver resolver(SecurityModel model);

    /** The resource classes this ESM knows, and the input holds, with the case rule of their names. */
    ResourceClasses resourceClasses(SecurityModel model);

    /** This ESM's commands for the neutral remediation intents. */
    CommandRenderer renderer();

    /** This ESM's commands for the neutral intents, with the site values the settings configure. */
    default CommandRenderer renderer(SiteSettings settings) {
        return renderer();
    }

    /** This ESM's commands applied to a model, to verify remediation. */
    CommandInterpreter interpreter();
}
