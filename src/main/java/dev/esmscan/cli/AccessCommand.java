package dev.esmscan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.scan.AccessQuery;
import dev.esmscan.scan.Scanner;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** esmscan access: explains one identity's effective access the way the ESM decides it. */
@Command(name = "access", mixinStandardHelpOptions = true,
        description = "Explain the effective access of an ID to a resource, as the ESM would decide it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the question was answered (whatever the outcome: granted, denied, warning, not protected)",
                "12:usage or input error: a class the ESM does not know and the input does not hold, a bad --level,"
                        + " an input that cannot be read (or, with --strict, not read whole)",
                "16:internal error"})
public final class AccessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScanOptions options;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The user ID.")
    String id;

    @Option(names = "--class", required = true, paramLabel = "CLASS", description = "The resource class, e.g. FACILITY.")
    String className;

    @Option(names = "--resource", required = true, paramLabel = "NAME", description = "The resource name, e.g. BPX.SERVER.")
    String resource;

    @Option(names = "--level", paramLabel = "LEVEL", description = "The access asked for (default: READ).")
    String level = "READ";

    @Option(names = "--json", description = "Print the decision as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AccessLevel requested = AccessLevel.parse(level);
        if (requested == null) {
            throw new ParameterException(spec.commandLine(), "--level: use NONE, EXECUTE, READ, UPDATE, CONTROL or ALTER");
        }
        Scanner.Loaded loaded = options.load(options.prepare().inputs(), false);
        AccessQuery.Answer answer = AccessQuery.ask(loaded, id, className, resource, requested);
        AccessDecision d = answer.decision();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = new ObjectMapper().createObjectNode();
            ObjectNode asked = node.putObject("asked");
            asked.put("id", answer.askedId());
            asked.put("class", answer.askedClass());
            asked.put("resource", answer.askedResource());
            node.put("id", d.identity());
            node.put("class", d.className());
            node.put("resource", d.resource());
            node.put("requested", d.requested().name());
            node.put("level", d.level() == null ? null : d.level().name());
            node.put("outcome", d.outcome().name());
            node.put("profile", d.profile() == null ? null : d.profile().getName());
            node.put("generic", d.profile() != null && d.profile().isGeneric());
            node.put("via", d.via());
            node.put("explanation", d.explanation());
            var conditional = node.putArray("conditional");
            d.conditional().forEach(c -> conditional.add(c.id() + " " + c.level() + " WHEN " + c.condition()));
            var notes = node.putArray("notes");
            answer.notes().forEach(notes::add);
            out.println(new ObjectMapper().writeValueAsString(node));
        } else {
            out.println(d.identity() + " " + d.requested() + " " + d.className() + " " + d.resource() + ": " + d.outcome()
                    + (d.level() == null ? "" : " (has " + d.level() + " via " + d.via() + ")"));
            out.println("  " + d.explanation());
            answer.notes().forEach(n -> out.println("  note: " + n));
        }
        return 0;
    }
}
