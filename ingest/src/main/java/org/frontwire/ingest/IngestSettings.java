package org.frontwire.ingest;

import java.time.Duration;
import org.frontwire.records.Topics;

/** How the scraper fetches and where it publishes. Defaults are documented in frontwire.properties. */
public record IngestSettings(
        String rawPagesTopic,
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBodyBytes,
        boolean allowPrivateAddresses) {

    public static IngestSettings defaults() {
        return new IngestSettings(Topics.RAW_PAGES, "FrontwireBot/0.1 (+https://github.com/frontwire)",
                Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024, false);
    }
}
