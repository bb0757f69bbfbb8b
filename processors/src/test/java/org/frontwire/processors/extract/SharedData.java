package org.frontwire.processors.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Development data in {@code ../shared} beside the project (tests skip themselves when it is absent). */
final class SharedData {
    private SharedData() {}

    /** The system property's folder if set, else {@code shared/<relative>} beside the project or one of its parents. */
    static Path dir(String property, String relative) {
        String configured = System.getProperty(property);
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve(relative);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("shared").resolve(relative);
    }
}
