package org.frontwire.ingest;

import java.time.Duration;
import java.util.Map;
import org.frontwire.records.Topics;

/**
 * How the scraper fetches and where it publishes. Defaults are documented in frontwire.properties.
 *
 * @param rawPagesTopic         topic the pages are published to
 * @param userAgent             sent with every request and matched against robots.txt groups
 * @param connectTimeout        TCP/TLS connect limit
 * @param readTimeout           limit for the whole response, headers and body
 * @param maxBodyBytes          pages are cut off beyond this many bytes (compressed or decoded)
 * @param allowPrivateAddresses fetch loopback, private, link-local and multicast addresses (tests, intranets)
 * @param politenessDelay       pause between two requests to the same host; robots.txt crawl-delay may lengthen it
 * @param maxCrawlDelay         a robots.txt crawl-delay above this is capped to it
 * @param maxRedirects          redirect hops followed before giving up
 * @param maxRetries            retries of a 5xx/429/IO failure before the URL is reported as failed
 * @param retryBackoff          first back-off; doubles with each retry (Retry-After wins when given)
 * @param maxRetryAfter         a Retry-After longer than this is not waited for; the URL is reported instead
 * @param maxCompressionRatio   decoded/encoded size beyond which a body is refused as a decompression bomb
 * @param fetchThreads          threads fetching at once (each host is still fetched one request at a time)
 * @param pollInterval          how often {@code runContinuously} re-reads a source
 * @param sourcePollIntervals   per-source poll interval overriding {@code pollInterval}, keyed by the source string
 * @param seenTopic             compacted topic remembering what was published, keyed by normalised URL
 * @param frontierTopic         topic of URLs to fetch keyed by host, shared by all instances in {@code consumerGroup}
 * @param consumerGroup         consumer group of the instances sharing the frontier
 * @param obeyRobots            check robots.txt before fetching
 * @param maxItemsPerSource     page URLs taken from one feed or sitemap source per poll, the newest first
 */
public record IngestSettings(
        String rawPagesTopic,
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBodyBytes,
        boolean allowPrivateAddresses,
        Duration politenessDelay,
        Duration maxCrawlDelay,
        int maxRedirects,
        int maxRetries,
        Duration retryBackoff,
        Duration maxRetryAfter,
        int maxCompressionRatio,
        int fetchThreads,
        Duration pollInterval,
        Map<String, Duration> sourcePollIntervals,
        String seenTopic,
        String frontierTopic,
        String consumerGroup,
        boolean obeyRobots,
        int maxItemsPerSource) {

    public static final String SEEN_TOPIC = "frontwire.ingest.seen";
    public static final String FRONTIER_TOPIC = "frontwire.ingest.frontier";

    public IngestSettings {
        sourcePollIntervals = Map.copyOf(sourcePollIntervals);
    }

    /** The original six settings; everything else at its default. */
    public IngestSettings(String rawPagesTopic, String userAgent, Duration connectTimeout, Duration readTimeout,
                          long maxBodyBytes, boolean allowPrivateAddresses) {
        this(rawPagesTopic, userAgent, connectTimeout, readTimeout, maxBodyBytes, allowPrivateAddresses,
                Duration.ofSeconds(1), Duration.ofSeconds(30), 5, 3, Duration.ofSeconds(1), Duration.ofSeconds(120),
                100, 16, Duration.ofMinutes(5), Map.of(), SEEN_TOPIC, FRONTIER_TOPIC, "frontwire-ingest", true, 1000);
    }

    public static IngestSettings defaults() {
        return new IngestSettings(Topics.RAW_PAGES, "FrontwireBot/0.1 (+https://github.com/frontwire)",
                Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024, false);
    }

    public Duration pollIntervalOf(String source) {
        return sourcePollIntervals.getOrDefault(source, pollInterval);
    }

    public IngestSettings withRawPagesTopic(String v) {
        return new IngestSettings(v, userAgent, connectTimeout, readTimeout, maxBodyBytes, allowPrivateAddresses, politenessDelay, maxCrawlDelay, maxRedirects, maxRetries, retryBackoff, maxRetryAfter, maxCompressionRatio, fetchThreads, pollInterval, sourcePollIntervals, seenTopic, frontierTopic, consumerGroup, obeyRobots, maxItemsPerSource);
    }

    public IngestSettings withUserAgent(String v) {
        return new IngestSettings(rawPagesTopic, v, connectTimeout, readTimeout, maxBodyBytes, allowPrivateAddresses, politenessDelay, maxCrawlDelay, maxRedirects, maxRetries, retryBackoff, maxRetryAfter, maxCompressionRatio, fetchThreads, pollInterval, sourcePollIntervals, seenTopic, frontierTopic, consumerGroup, obeyRobots, maxItemsPerSource);
    }

    public IngestSettings withTimeouts(Duration connect, Duration read) {
        return new IngestSettings(rawPagesTopic, userAgent, connect, read, maxBodyBytes, allowPrivateAddresses, politenessDelay, maxCrawlDelay, maxRedirects, maxRetries, retryBackoff, maxRetryAfter, maxCompressionRatio, fetchThreads, pollInterval, sourcePollIntervals, seenTopic, frontierTopic, consumerGroup, obeyRobots, maxItemsPerSource);
    }

    public IngestSettings withMaxBodyBytes(long v) {
        return new IngestSettings(rawPagesTopic, userAgent, connectTimeout, readTimeout, v, allowPrivateAddresses, politenessDelay, maxCrawlDelay, maxRedirects, maxRetries, retryBackoff, maxRetryAfter, maxCompressionRatio, fetchThreads, pollInterval, sourcePollIntervals, seenTopic, frontierTopic, consumerGroup, obeyRobots, maxItemsPerSource);
    }

    public IngestSettings withAllowPrivateAddresses(boolean v) {
        return new IngestSettings(rawPagesTopic, userAgent, connectTimeout, readTimeout, maxBodyBytes, v, politenessDelay, maxCrawlDelay, maxRedirects, maxRetries, retryBackoff, maxRetryAfter, maxCompressionRatio, fetchThreads, pollInterval, sourcePollIntervals, seenTopic, frontierTopic, consumerGroup, obeyRobots, maxItemsPerSource);
    }

    public IngestSettings withPolitenessDelay(Duration v) {
        return new IngestSettings(rawPagesTopic, userAgent, connectTimeout, readTimeout, maxBodyBytes, allowPrivateAddresses, v, maxCrawlDelay, maxRedirects, maxRetries, retryBackoff, maxRetryAfter, maxCompressionRatio, fetchThreads, pollInterval, sourcePollIntervals, seenTopic, frontierTopic, consumerGroup, obeyRobots, maxItemsPerSource);
    }

    public IngestSettings withMaxRedirects(int v) {
        return new IngestSettings(rawPagesTopic, userAgent, connectTimeout, readTimeout, maxBodyBytes, allowPrivateAddresses, politenessDelay, maxCrawlDelay, v, maxRetries, retryBackoff, maxRetryAfter, maxCompressionRatio, fetchThreads, pollInterval, sourcePollIntervals, seenTopic, frontierTopic, consumerGroup, obeyRobots, maxItemsPerSource);
    }

    public IngestSettings withRetries(int retries, Duration backoff) {
        return new IngestSettings(rawPagesTopic, userAgent, connectTimeout, readTimeout, maxBodyBytes, allowPrivateAddresses, politenessDelay, maxCrawlDelay, maxRedirects, retries, backoff, maxRetryAfter, maxCompressionRatio, fetchThreads, pollInterval, sourcePollIntervals, seenTopic, frontierTopic, consumerGroup, obeyRobots, maxItemsPerSource);
    }

    public IngestSettings withFetchThreads(int v) {
        return new IngestSettings(rawPagesTopic, userAgent, connectTimeout, readTimeout, maxBodyBytes, allowPrivateAddresses, politenessDelay, maxCrawlDelay, maxRedirects, maxRetries, retryBackoff, maxRetryAfter, maxCompressionRatio, v, pollInterval, sourcePollIntervals, seenTopic, frontierTopic, consumerGroup, obeyRobots, maxItemsPerSource);
    }

    public IngestSettings withPollInterval(Duration v, Map<String, Duration> perSource) {
        return new IngestSettings(rawPagesTopic, userAgent, connectTimeout, readTimeout, maxBodyBytes, allowPrivateAddresses, politenessDelay, maxCrawlDelay, maxRedirects, maxRetries, retryBackoff, maxRetryAfter, maxCompressionRatio, fetchThreads, v, perSource, seenTopic, frontierTopic, consumerGroup, obeyRobots, maxItemsPerSource);
    }

    public IngestSettings withTopics(String seen, String frontier, String group) {
        return new IngestSettings(rawPagesTopic, userAgent, connectTimeout, readTimeout, maxBodyBytes, allowPrivateAddresses, politenessDelay, maxCrawlDelay, maxRedirects, maxRetries, retryBackoff, maxRetryAfter, maxCompressionRatio, fetchThreads, pollInterval, sourcePollIntervals, seen, frontier, group, obeyRobots, maxItemsPerSource);
    }

    public IngestSettings withObeyRobots(boolean v) {
        return new IngestSettings(rawPagesTopic, userAgent, connectTimeout, readTimeout, maxBodyBytes, allowPrivateAddresses, politenessDelay, maxCrawlDelay, maxRedirects, maxRetries, retryBackoff, maxRetryAfter, maxCompressionRatio, fetchThreads, pollInterval, sourcePollIntervals, seenTopic, frontierTopic, consumerGroup, v, maxItemsPerSource);
    }

    public IngestSettings withMaxItemsPerSource(int v) {
        return new IngestSettings(rawPagesTopic, userAgent, connectTimeout, readTimeout, maxBodyBytes, allowPrivateAddresses, politenessDelay, maxCrawlDelay, maxRedirects, maxRetries, retryBackoff, maxRetryAfter, maxCompressionRatio, fetchThreads, pollInterval, sourcePollIntervals, seenTopic, frontierTopic, consumerGroup, obeyRobots, v);
    }
}
