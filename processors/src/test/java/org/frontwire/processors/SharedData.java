package org.frontwire.processors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Development data in {@code ../shared} beside the project root (the outermost folder with a {@code pom.xml}), or where
 * {@code -Dfrontwire.sharedDir} says. Absent on a user's machine: the tests using it skip themselves.
 */
public final class SharedData {
    private SharedData() {}

    public static Optional<Path> dir() {
        String configured = System.getProperty("frontwire.sharedDir", System.getenv("FRONTWIRE_SHARED_DIR"));
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        Path root = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml"))) {
                root = p;
            }
        }
        return Optional.ofNullable(root).map(r -> r.resolveSibling("shared")).filter(Files::isDirectory);
    }

    /** A folder inside the shared data, if both are there. */
    public static Optional<Path> dir(String relative) {
        return dir().map(d -> d.resolve(relative)).filter(Files::isDirectory);
    }
}
