package org.frontwire.ingest;

import static org.frontwire.config.ConfigKeys.*;

import java.time.Duration;
import java.util.List;
import org.frontwire.config.ConfigValues;
import org.frontwire.config.FrontwireTopic;
import org.frontwire.config.TopicSettings;

/**
 * How the scraper fetches and where it publishes, read from the configuration ({@link #from}); every value and its
 * default is documented in {@code frontwire.properties}. Tests change single keys: {@code
 * IngestSettings.from(ConfigValues.defaults().with(ConfigKeys.INGEST_FETCH_THREADS, "4"))}.
 *
 * @param topics                names of the topics (raw pages, seen URLs, frontier) and how they are created
 * @param defaultSources        sources read when a command gets none
 * @param userAgent             sent with every request and matched against robots.txt groups
 * @param connectTimeout        TCP/TLS connect limit
 * @param readTimeout           limit for the whole response, headers and body
 * @param maxBodyBytes          pages are cut off beyond this many bytes (compressed or decoded)
 * @param maxCompressionRatio   decoded/encoded size beyond which a body is refused as a decompression bomb
 * @param allowPrivateAddresses fetch loopback, private, link-local and multicast addresses (tests, intranets)
 * @param politenessDelay       pause between two requests to the same host; robots.txt crawl-delay may lengthen it
 * @param maxCrawlDelay         a robots.txt crawl-delay above this is capped to it
 * @param maxRedirects          redirect hops followed before giving up
 * @param maxRetries            retries of a 5xx/429/IO failure before the URL is reported as failed
 * @param retryBackoff          first back-off; doubles with each retry (Retry-After wins when given)
 * @param maxRetryAfter         a Retry-After longer than this is not waited for; the URL is reported instead
 * @param fetchThreads          threads fetching at once (each host is still fetched one request at a time)
 * @param pollInterval          how often {@code runContinuously} re-reads a source
 * @param obeyRobots            check robots.txt before fetching
 * @param consumerGroup         consumer group of the instances sharing the frontier topic
 * @param httpPort              port of the metrics and health server of an ingest service; 0 = none
 * @param httpBindAddress       interface that server listens on
 * @param metricsMaxHosts       distinct hosts with their own tag in the metrics; later ones count as "other"
 * @param maxItemsPerSource     page URLs taken from one feed or sitemap source per poll, the newest first
 */
public record IngestSettings(
        TopicSettings topics,
        List<String> defaultSources,
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBodyBytes,
        int maxCompressionRatio,
        boolean allowPrivateAddresses,
        Duration politenessDelay,
        Duration maxCrawlDelay,
        int maxRedirects,
        int maxRetries,
        Duration retryBackoff,
        Duration maxRetryAfter,
        int fetchThreads,
        Duration pollInterval,
        boolean obeyRobots,
        String consumerGroup,
        int httpPort,
        String httpBindAddress,
        int metricsMaxHosts,
        int maxItemsPerSource) {

    public IngestSettings {
        defaultSources = List.copyOf(defaultSources);
    }

    public static IngestSettings from(ConfigValues config) {
        return new IngestSettings(
                TopicSettings.from(config),
                config.getList(INGEST_DEFAULT_SOURCES),
                config.get(INGEST_USER_AGENT),
                config.getMillis(INGEST_CONNECT_TIMEOUT_MS),
                config.getMillis(INGEST_READ_TIMEOUT_MS),
                config.getLong(INGEST_MAX_BODY_BYTES),
                config.getInt(INGEST_MAX_COMPRESSION_RATIO),
                config.getBoolean(INGEST_ALLOW_PRIVATE_ADDRESSES),
                config.getMillis(INGEST_POLITENESS_DELAY_MS),
                config.getSeconds(INGEST_MAX_CRAWL_DELAY_SECONDS),
                config.getInt(INGEST_MAX_REDIRECTS),
                config.getInt(INGEST_MAX_RETRIES),
                config.getMillis(INGEST_RETRY_BACKOFF_MS),
                config.getSeconds(INGEST_MAX_RETRY_AFTER_SECONDS),
                config.getInt(INGEST_FETCH_THREADS),
                config.getSeconds(INGEST_POLL_INTERVAL_SECONDS),
                config.getBoolean(INGEST_OBEY_ROBOTS),
                config.get(INGEST_CONSUMER_GROUP),
                config.getInt(INGEST_HTTP_PORT),
                config.get(HTTP_BIND_ADDRESS),
                config.getInt(INGEST_METRICS_MAX_HOSTS),
                config.getInt(INGEST_MAX_ITEMS_PER_SOURCE));
    }

    /** The values of {@code frontwire.properties}. */
    public static IngestSettings defaults() {
        return from(ConfigValues.defaults());
    }

    /** Topic the pages are published to. */
    public String rawPagesTopic() {
        return topics.name(FrontwireTopic.RAW_PAGES);
    }

    /** Compacted topic remembering what was published, keyed by normalised URL. */
    public String seenTopic() {
        return topics.name(FrontwireTopic.INGEST_SEEN);
    }

    /** Topic of URLs to fetch keyed by host, shared by all instances in {@link #consumerGroup}. */
    public String frontierTopic() {
        return topics.name(FrontwireTopic.INGEST_FRONTIER);
    }
}
