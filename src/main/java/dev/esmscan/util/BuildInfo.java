package dev.esmscan.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The scanner's version and the commit it was built from, as the build wrote them into
 * {@value #RESOURCE} (see dev.esmscan.cli.BuildStamp). Without that file (classes compiled
 * outside the build) the version is {@value #DEFAULT_VERSION} and the commit unknown.
 */
public final class BuildInfo {
    public static final String RESOURCE = "dev/esmscan/build.properties";
    static final String DEFAULT_VERSION = "1.0.0";
    private static final Properties PROPERTIES = load();

    private BuildInfo() {
    }

    /** The scanner's version, e.g. 1.0.0. */
    public static String version() {
        return PROPERTIES.getProperty("version", DEFAULT_VERSION);
    }

    /** The commit the scanner was built from (with -dirty when the build had uncommitted changes), or "unknown". */
    public static String commit() {
        return PROPERTIES.getProperty("commit", "unknown");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
