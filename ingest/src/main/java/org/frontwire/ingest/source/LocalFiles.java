package org.frontwire.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.frontwire.ingest.fetch.CharsetSniffer;
import org.frontwire.ingest.fetch.DecodedText;
import org.frontwire.records.Hashes;
import org.frontwire.records.RawPage;
import org.frontwire.records.Sites;

/** Reads {@code .html}, {@code .htm} and {@code .txt} pages from a file or a folder (not into hidden entries). */
public final class LocalFiles {
    private LocalFiles() {}

    public static boolean isPage(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && !name.startsWith(".")
                && (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt"));
    }

    public static List<Path> pagesIn(Path fileOrDir) throws IOException {
        if (Files.isDirectory(fileOrDir)) {
            return FileTree.files(fileOrDir, true, LocalFiles::isPage);
        }
        if (!Files.isReadable(fileOrDir)) {
            throw new IOException("cannot read " + fileOrDir);
        }
        return List.of(fileOrDir);
    }

    public static String urlOf(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    public static RawPage read(Path file, String source) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.endsWith(".txt") ? "text/plain" : "text/html";
        DecodedText text = CharsetSniffer.decode(bytes, null);
        String url = urlOf(file);
        return new RawPage(RawPage.SCHEMA_VERSION, url, url, source, Instant.now(), 200, type, text.charset(),
                text.text(), null, null, null, Hashes.sha256(text.text()), Sites.ofPage(url, text.text()));
    }
}
