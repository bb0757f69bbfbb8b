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

/**
 * The pages benchmarks run over: the extraction dev set ({@code ../shared/eval/extraction-dev/html/*.html.gz}) and the
 * multilingual corpus the processors' tests keep ({@value #MULTILINGUAL}, read where it is in the project).
 */
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

    /** The multilingual corpus of the processors' tests, relative to the project root. */
    public static final String MULTILINGUAL = "processors/src/test/resources/extract/multilingual";

    /** The corpus named {@code dev} (the dev set) or {@code multilingual}. */
    public static List<String> load(String corpus) throws IOException {
        return switch (corpus) {
            case "dev" -> load();
            case "multilingual" -> multilingual();
            default -> throw new IllegalArgumentException("no corpus " + corpus + " (dev, multilingual)");
        };
    }

    /** The folder of the multilingual corpus, found from the working directory up to the project root. */
    public static Path multilingualDir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve(MULTILINGUAL);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(MULTILINGUAL + " not found above " + Path.of("").toAbsolutePath() + "; run from the project");
    }

    /** The HTML pages of the multilingual corpus. */
    public static List<String> multilingual() throws IOException {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(multilingualDir())) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return pages;
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
