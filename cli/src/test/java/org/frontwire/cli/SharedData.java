package org.frontwire.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates {@code ../shared/} (present in the workplace and CI, absent on a user's machine). */
public final class SharedData {
    private SharedData() {}

    public static Optional<Path> dir() {
        String configured = System.getProperty("frontwire.shared", System.getenv("FRONTWIRE_SHARED"));
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Optional<Path> seeds() {
        return dir().map(d -> d.resolve("seeds"));
    }
}
