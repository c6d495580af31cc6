package dev.esmscan.scan;

/**
 * The name of the system a scan's extracts come from, and where it was taken from: {@code --system},
 * the site's zowe.yaml, or an extract.
 */
public record SystemName(String name, String source) {
}
