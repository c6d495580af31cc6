package dev.esmscan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.config.Feature;
import dev.esmscan.policy.PackIdentity;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.policy.Requirement;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** esmscan rules: the catalogue, straight from the rules' metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the requirement catalogue from the rule metadata, with the Zowe documentation section each requirement cites.")
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of .drl files instead of the built-in pack.")
    Path rules;

    @Option(names = "--json", description = "Print the catalogue as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PolicyPack pack = rules == null ? PolicyPack.embedded() : PolicyPack.fromFolder(rules);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode list = mapper.createArrayNode();
            for (Requirement r : pack.catalogue().requirements()) {
                ObjectNode n = list.addObject();
                n.put("id", r.id());
                n.put("title", r.title());
                n.put("severity", r.severity());
                ArrayNode f = n.putArray("features");
                r.features().forEach(x -> f.add(x.key()));
                ArrayNode e = n.putArray("esm");
                r.esms().stream().sorted().forEach(e::add);
                n.put("section", r.section());
                n.put("source", r.citedSource());
                n.put("url", r.url());
                n.put("provenance", r.source());
            }
            out.println(mapper.writeValueAsString(list));
        } else {
            PackIdentity id = pack.identity();
            out.printf("rule pack %s %s (%s)%s%n", id.name(), id.version(), id.digest(),
                    id.documentation().isEmpty() ? "" : ", citing " + id.documentation());
            for (Requirement r : pack.catalogue().requirements()) {
                out.printf("%-22s %-6s %-16s %-14s %s%n    %s%n", r.id(), r.severity(),
                        r.features().stream().map(Feature::key).collect(Collectors.joining("|")),
                        r.esms().stream().sorted().collect(Collectors.joining(",")), r.title(),
                        r.citation() == null ? r.section() + " (" + r.source() + ")" : r.citation().text());
                if (r.citation() != null) {
                    out.printf("    %s%n", r.url());
                }
            }
        }
        return 0;
    }
}
