package dev.esmscan.policy;

import dev.esmscan.util.ClasspathFolder;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;

/**
 * The built-in policy pack compiled once, when the scanner is built, and stored next to its rules.
 * Parsing the DRL and compiling its Java takes about a second of every scan; reading the compiled
 * packages back takes a third of that. The stored pack names the digest of the DRL sources it was
 * compiled from: when the rules on the class path differ (edited without a build), it is not used
 * and the rules are compiled as before.
 *
 * <p>{@code PrecompiledPack FILE} writes it (the build runs this after compiling the classes).
 */
public final class PrecompiledPack {
    /** Where the build puts it on the class path. */
    public static final String RESOURCE = "precompiled/rules.pack";
    private static final String FORMAT = "esmscan compiled rules 1";

    private PrecompiledPack() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PrecompiledPack FILE");
        }
        write(ClasspathFolder.read(PolicyPack.EMBEDDED, ".drl"), Path.of(args[0]));
    }

    /** Compiles the sources and stores the result in {@code file} (written under a temporary name, then moved). */
    public static void write(Map<String, byte[]> sources, Path file) throws IOException {
        PolicyPack.Compiled compiled = PolicyPack.compileSources(sources);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeUTF(FORMAT);
            out.writeUTF(digest(sources));
            out.writeObject(new ArrayList<>(compiled.facts().unkeyedPatterns()));
            out.writeObject(new ArrayList<>(compiled.packages()));
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        try {
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The stored pack, when the class path holds one compiled from exactly these sources. */
    static Optional<PolicyPack> read(Map<String, byte[]> sources) {
        return read(sources, PackManifest.of(sources, "rules"));
    }

    /** The stored pack, when the class path holds one compiled from exactly these sources; the manifest names and documents it. */
    static Optional<PolicyPack> read(Map<String, byte[]> sources, PackManifest manifest) {
        InputStream stored = PrecompiledPack.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stored == null) {
            return Optional.empty();
        }
        return read(stored, sources, manifest);
    }

    static Optional<PolicyPack> read(InputStream stored, Map<String, byte[]> sources) {
        return read(stored, sources, PackManifest.of(sources, "rules"));
    }

    @SuppressWarnings("unchecked")
    static Optional<PolicyPack> read(InputStream stored, Map<String, byte[]> sources, PackManifest manifest) {
        try (ObjectInputStream in = new DroolsObjectInputStream(new BufferedInputStream(stored),
                PrecompiledPack.class.getClassLoader())) {
            if (!FORMAT.equals(in.readUTF()) || !digest(sources).equals(in.readUTF())) {
                return Optional.empty();
            }
            List<String> unkeyed = (List<String>) in.readObject();
            Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(packages);
            return Optional.of(PolicyPack.of(base, RuleFacts.restored(unkeyed), manifest));
        } catch (IOException e) {
            throw new UncheckedIOException("the stored policy pack " + RESOURCE + " cannot be read", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the stored policy pack " + RESOURCE + " needs a class this build lacks", e);
        }
    }

    /** SHA-256 over every source's path and bytes, in path order. */
    static String digest(Map<String, byte[]> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> source : new TreeMap<>(sources).entrySet()) {
                byte[] path = source.getKey().getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(path.length).getBytes(StandardCharsets.US_ASCII));
                sha.update(path);
                sha.update(Integer.toString(source.getValue().length).getBytes(StandardCharsets.US_ASCII));
                sha.update(source.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
