package org.frontwire.ingest.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.frontwire.records.RawPage;

/** Reads {@code .html}, {@code .htm} and {@code .txt} pages from a file or a folder (not recursive into hidden dirs). */
public final class LocalFiles {
    private LocalFiles() {}

    public static boolean isPage(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt"));
    }

    public static List<Path> pagesIn(Path fileOrDir) throws IOException {
        if (Files.isDirectory(fileOrDir)) {
            try (Stream<Path> s = Files.walk(fileOrDir)) {
                return s.filter(LocalFiles::isPage).sorted().toList();
            }
        }
        if (!Files.isReadable(fileOrDir)) {
            throw new IOException("cannot read " + fileOrDir);
        }
        return List.of(fileOrDir);
    }

    public static RawPage read(Path file, String source) throws IOException {
        String body = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.endsWith(".txt") ? "text/plain" : "text/html";
        return RawPage.ofText(file.toAbsolutePath().normalize().toUri().toString(), source, type, body, Instant.now());
    }
}
