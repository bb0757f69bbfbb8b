package org.frontwire.ingest.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What a source string names, decided without fetching anything. */
public enum SourceKind {
    URL, FOLDER, PAGE_FILE, WARC, SEED_LIST, MISSING, UNKNOWN_FILE;

    public static SourceKind of(String source) {
        String lower = source.trim().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return URL;
        }
        Path path;
        try {
            path = Path.of(source.startsWith("file:") ? java.net.URI.create(source).getPath() : source);
        } catch (RuntimeException e) {
            return MISSING;
        }
        if (Files.isDirectory(path)) {
            return FOLDER;
        }
        if (!Files.isRegularFile(path)) {
            return MISSING;
        }
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return WARC;
        }
        if (lower.endsWith(".urls") || lower.endsWith(".lst")) {
            return SEED_LIST;
        }
        return LocalFiles.isPage(path) ? PAGE_FILE : UNKNOWN_FILE;
    }
}
