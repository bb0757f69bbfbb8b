package org.frontwire.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a fetched source URL turned out to be, from its media type and first bytes. */
public enum FetchedKind {
    FEED, SITEMAP, PAGE;

    public static FetchedKind sniff(String mediaType, byte[] body) {
        String type = mediaType == null ? "" : mediaType;
        if (type.equals("application/rss+xml") || type.equals("application/atom+xml") || type.equals("application/rdf+xml")) {
            return FEED;
        }
        if (type.contains("gzip") || type.equals("application/octet-stream")) {
            return SITEMAP;
        }
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return SITEMAP;
        }
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
            return FEED;
        }
        return PAGE;
    }
}
