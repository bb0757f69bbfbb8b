package org.frontwire.ingest.fetch;

import java.util.Locale;
import java.util.Set;

/** Which media types a fetch keeps: pages are HTML/XHTML/text; sources may also be feeds and sitemaps. */
public enum ContentPolicy {
    PAGES(Set.of("text/html", "application/xhtml+xml", "text/plain")),
    SOURCES(Set.of("text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml",
            "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/x-gzip",
            "application/gzip", "application/octet-stream")),
    ANY(Set.of());

    private final Set<String> mediaTypes;

    ContentPolicy(Set<String> mediaTypes) {
        this.mediaTypes = mediaTypes;
    }

    /** A missing Content-Type is accepted and sniffed later. */
    public boolean accepts(String mediaType) {
        return this == ANY || mediaType == null || mediaType.isEmpty() || mediaTypes.contains(mediaType);
    }

    public static String mediaType(String contentTypeHeader) {
        if (contentTypeHeader == null) {
            return null;
        }
        int semicolon = contentTypeHeader.indexOf(';');
        String type = semicolon < 0 ? contentTypeHeader : contentTypeHeader.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }
}
