package dev.esmscan.policy;

/**
 * Which rules a scan evaluated: the pack's name and version (from its pack.yaml) and the SHA-256
 * digest of its files. The digest is the SHA-256 of the lines {@code sha256sum} prints for every
 * {@code .drl} and {@code pack.yaml} of the pack, by path relative to the pack's folder, in byte
 * order of the paths; from the pack's folder:
 * <pre>LC_ALL=C find * -type f \( -name '*.drl' -o -name pack.yaml \) | LC_ALL=C sort | xargs sha256sum | sha256sum</pre>
 *
 * @param documentation the versioned documentation address the pack cites ("" when it declares none)
 */
public record PackIdentity(String name, String version, String digest, String documentation) {
    public static final String UNVERSIONED = "unversioned";
}
