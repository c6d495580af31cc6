package dev.esmscan.steps;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the files scenarios name: in the repository, or in the shared reference folder beside it. */
final class Fixtures {

    private Fixtures() {
    }

    static Path shared() {
        return Path.of(System.getProperty("esmscan.shared", "../shared"));
    }

    static Path resolve(String name) {
        Path local = Path.of(name);
        if (Files.exists(local)) {
            return local;
        }
        Path inShared = shared().resolve(name);
        if (Files.exists(inShared)) {
            return inShared;
        }
        throw new IllegalArgumentException("no file " + name + " in the repository or in " + shared());
    }
}
