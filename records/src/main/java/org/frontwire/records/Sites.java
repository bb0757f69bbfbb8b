package org.frontwire.records;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.kafka.common.utils.Utils;

/**
 * The site a URL belongs to (its host, lower case, without {@code www.}), and the raw-topic partition of that site.
 * Producers and the processor agree on both, so every page of a site reaches the one task that learns its template.
 */
public final class Sites {
    private Sites() {}

    /** The host of {@code url} without {@code www.}, or null when it has none. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The partition of {@code url}'s site among {@code partitions}; a URL without a host is placed by itself. */
    public static int partition(String url, int partitions) {
        String site = of(url);
        return partitionOf(site != null ? site : url == null ? "" : url, partitions);
    }

    /** The partition of a site (or of any other grouping key) among {@code partitions}. */
    public static int partitionOf(String site, int partitions) {
        return Utils.toPositive(Utils.murmur2(site.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
