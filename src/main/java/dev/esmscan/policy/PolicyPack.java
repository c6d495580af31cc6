package dev.esmscan.policy;

import dev.esmscan.util.ClasspathFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** A compiled policy pack: every {@code .drl} of a folder, and the catalogue read from their metadata. */
public final class PolicyPack {
    static final String EMBEDDED = "rules/";

    private final KieBase kieBase;
    private final Catalogue catalogue;
    private final RuleFacts ruleFacts;
    private final PackManifest manifest;

    private PolicyPack(KieBase kieBase, Catalogue catalogue, RuleFacts ruleFacts, PackManifest manifest) {
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        this.ruleFacts = ruleFacts;
        this.manifest = manifest;
    }

    /**
     * The pack shipped inside the scanner (the repository's rules/ folder): the one the build compiled
     * and stored, or, when none was stored for exactly these rules, compiled now.
     */
    public static PolicyPack embedded() {
        Map<String, byte[]> files = ClasspathFolder.read(EMBEDDED, "");
        Map<String, byte[]> sources = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".drl")) {
                sources.put(path, bytes);
            }
        });
        PackManifest manifest = embeddedManifest(files);
        return PrecompiledPack.read(sources, manifest).orElseGet(() -> compile(sources, manifest));
    }

    /** The built-in pack's name, version and digest, without compiling or reading back its rules. */
    public static PackIdentity embeddedIdentity() {
        return embeddedManifest(ClasspathFolder.read(EMBEDDED, "")).identity();
    }

    private static PackManifest embeddedManifest(Map<String, byte[]> files) {
        Map<String, byte[]> relative = new TreeMap<>();
        files.forEach((path, bytes) -> relative.put(path.substring(EMBEDDED.length()), bytes));
        return PackManifest.of(relative, "zowe");
    }

    /** Every .drl below {@code dir}, compiled at run time; its pack.yaml files name and document the pack. */
    public static PolicyPack fromFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new PolicyException(dir + ": not a folder of .drl rules");
        }
        Map<String, byte[]> sources = new LinkedHashMap<>();
        Map<String, byte[]> relative = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (p.toString().endsWith(".drl")) {
                    byte[] bytes = Files.readAllBytes(p);
                    sources.put(p.toString(), bytes);
                    relative.put(rel, bytes);
                } else if (PackManifest.isManifest(rel)) {
                    relative.put(rel, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sources.isEmpty()) {
            throw new PolicyException(dir + ": no .drl files found");
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return compile(sources, PackManifest.of(relative, name == null ? "rules" : name.toString()));
    }

    /** Compiles DRL sources keyed by the path reported in errors (a pack without a pack.yaml). */
    public static PolicyPack compile(Map<String, byte[]> sources) {
        return compile(sources, PackManifest.of(sources, "rules"));
    }

    static PolicyPack compile(Map<String, byte[]> sources, PackManifest manifest) {
        Compiled compiled = compileSources(sources);
        return of(compiled.builder().newKieBase(), compiled.facts(), manifest);
    }

    /** Compiled rules before they become a rule base: what {@link PrecompiledPack} stores. */
    record Compiled(KnowledgeBuilder builder, RuleFacts facts) {
        Collection<KiePackage> packages() {
            return builder.getKnowledgePackages();
        }
    }

    static Compiled compileSources(Map<String, byte[]> sources) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Map.Entry<String, byte[]> e : sources.entrySet()) {
            builder.add(ResourceFactory.newByteArrayResource(e.getValue()).setSourcePath(e.getKey()), ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            throw new PolicyException(describe(builder.getErrors().stream().collect(Collectors.toList())));
        }
        return new Compiled(builder, RuleFacts.of(sources));
    }

    static PolicyPack of(KieBase base, RuleFacts facts, PackManifest manifest) {
        return new PolicyPack(base, Catalogue.of(base, manifest.documentation()), facts, manifest);
    }

    private static String describe(List<KnowledgeBuilderError> errors) {
        StringBuilder sb = new StringBuilder("the policy pack does not compile:");
        for (KnowledgeBuilderError e : errors) {
            String where = e.getResource() != null && e.getResource().getSourcePath() != null ? e.getResource().getSourcePath() : "(unknown file)";
            String lines = e.getLines() != null && e.getLines().length > 0
                    ? ":" + Arrays.stream(e.getLines()).mapToObj(Integer::toString).collect(Collectors.joining(",")) : "";
            sb.append(System.lineSeparator()).append("  ").append(where).append(lines).append(": ")
                    .append(e.getMessage().replace('\n', ' ').trim());
        }
        return sb.toString();
    }

    /** Which identities the rules need as facts. */
    public RuleFacts ruleFacts() {
        return ruleFacts;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The pack's name, version and digest, and the documentation it cites. */
    public PackIdentity identity() {
        return manifest.identity();
    }

    public Documentation documentation() {
        return manifest.documentation();
    }
}
