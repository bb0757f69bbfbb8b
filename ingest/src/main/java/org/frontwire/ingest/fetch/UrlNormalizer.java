package org.frontwire.ingest.fetch;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.util.Set;

/** One spelling per page: crawler-commons' normaliser, fragments and common tracking parameters removed. */
public final class UrlNormalizer {
    private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder()
            .queryParamsToRemove(Set.of("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content",
                    "fbclid", "gclid"))
            .build();

    private UrlNormalizer() {}

    /** @return the normalised URL, or null when the URL cannot be parsed */
    public static String normalize(String url) {
        return url == null ? null : NORMALIZER.filter(url.trim());
    }
}
