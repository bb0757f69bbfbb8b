package org.frontwire.ingest.source;

import java.time.Instant;

/** A page URL a source pointed at, with what the source said about it. */
public record DiscoveredUrl(String url, String source, String title, Instant publishedAt) {
    public static DiscoveredUrl of(String url, String source) {
        return new DiscoveredUrl(url, source, null, null);
    }
}
