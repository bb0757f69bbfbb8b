package org.frontwire.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The pages a benchmark cycles through: every .html, .htm, .txt (optionally .gz) file of a folder. */
public final class BenchPages {
    private BenchPages() {}

    public record Sample(String name, String contentType, String body) {}

    public static List<Sample> load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no such folder of pages: " + dir);
        }
        List<Sample> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                String plain = name.replaceFirst("\\.gz$", "");
                if (!(plain.endsWith(".html") || plain.endsWith(".htm") || plain.endsWith(".txt"))) {
                    continue;
                }
                try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
                    pages.add(new Sample(plain, plain.endsWith(".txt") ? "text/plain" : "text/html",
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no .html/.txt pages in " + dir);
        }
        return pages;
    }
}
