package dev.esmscan.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Reads the files of a folder that ships on the class path, from a jar or from a build directory. */
public final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /**
     * The files below {@code folder} (e.g. "rules/") whose names end with {@code suffix}, keyed by
     * their path inside the class path, sorted.
     */
    public static Map<String, byte[]> read(String folder, String suffix) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("nothing shipped under " + folder);
        }
        Map<String, byte[]> files = new TreeMap<>();
        try {
            if ("jar".equals(url.getProtocol())) {
                String jarPath = url.getPath().substring("file:".length(), url.getPath().indexOf("!/"));
                try (JarFile jar = new JarFile(Path.of(new URL("file:" + jarPath).toURI()).toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry e = entries.nextElement();
                        if (!e.isDirectory() && e.getName().startsWith(folder) && e.getName().endsWith(suffix)) {
                            try (InputStream in = jar.getInputStream(e)) {
                                files.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            } else {
                Path root = Path.of(url.toURI());
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix))::iterator) {
                        files.put(folder + root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
