package org.frontwire.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The pages of the extraction dev set ({@code ../shared/eval/extraction-dev/html/*.html.gz}), for benchmarks. */
public final class DevPages {
    private DevPages() {}

    public static Path devDir() {
        String configured = System.getProperty("frontwire.devDir", System.getenv("FRONTWIRE_DEV_DIR"));
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("eval/extraction-dev");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("extraction-dev not found; set -Dfrontwire.devDir=.../shared/eval/extraction-dev");
    }

    public static List<String> load() throws IOException {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(devDir().resolve("html"))) {
            for (Path f : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return pages;
    }
}
