package org.frontwire.ingest.metrics;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bounds the {@code host} tag of the ingest meters: the first {@code maxHosts} distinct hosts keep their name, every
 * later one is counted under {@value #OTHER}, so a crawl of thousands of sites does not become thousands of series.
 * Local files and WARC records without a host are {@value #LOCAL}.
 */
public final class HostTags {
    public static final String OTHER = "other";
    public static final String LOCAL = "local";

    private final int maxHosts;
    private final Set<String> admitted = ConcurrentHashMap.newKeySet();

    /** @param maxHosts distinct host tags before the rest go to {@value #OTHER}; 0 = every host is {@value #OTHER} */
    public HostTags(int maxHosts) {
        if (maxHosts < 0) {
            throw new IllegalArgumentException("maxHosts must be >= 0, not " + maxHosts);
        }
        this.maxHosts = maxHosts;
    }

    public String of(URI uri) {
        String host = uri == null ? null : uri.getHost();
        if (host == null || host.isEmpty()) {
            return LOCAL;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (admitted.contains(host)) {
            return host;
        }
        synchronized (admitted) {
            if (admitted.contains(host)) {
                return host;
            }
            if (admitted.size() < maxHosts) {
                admitted.add(host);
                return host;
            }
        }
        return OTHER;
    }

    public String of(String url) {
        try {
            return of(url == null ? null : URI.create(url));
        } catch (IllegalArgumentException e) {
            return LOCAL;
        }
    }

    public int maxHosts() {
        return maxHosts;
    }
}
