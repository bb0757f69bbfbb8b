package org.frontwire.cli.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.frontwire.ingest.fetch.CharsetSniffer;
import org.frontwire.ingest.source.FileTree;

/**
 * A page saved as a file: {@code .html}, {@code .htm} or {@code .txt}, optionally gzipped, decoded as a fetched page
 * with no HTTP header is ({@link CharsetSniffer}: byte-order mark, declared charset, valid UTF-8, detection), so a
 * windows-1251 or GBK page saved as it was served reads as it does in a browser.
 *
 * @param name        the file name in lower case without {@code .gz}
 * @param contentType {@code text/plain} for {@code .txt}, else {@code text/html}
 */
public record PageFile(Path path, String name, String contentType, String body) {

    public static boolean isPage(Path p) {
        String n = plainName(p);
        return Files.isRegularFile(p) && (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt"));
    }

    /** The pages in a folder and its subfolders, symbolic links followed, in name order. */
    public static List<Path> pagesIn(Path dir) throws IOException {
        return FileTree.files(dir, false, PageFile::isPage);
    }

    public static PageFile read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        }
        String name = plainName(file);
        return new PageFile(file, name, name.endsWith(".txt") ? "text/plain" : "text/html", CharsetSniffer.decode(bytes, null).text());
    }

    private static String plainName(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    }
}
