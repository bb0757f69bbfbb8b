package org.frontwire.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.frontwire.ingest.fetch.FetchResult;

/**
 * The scraper's meters (Prometheus names; every meter also carries the registry's common tags, {@code service="ingest"}):
 *
 * <ul>
 *   <li>{@code frontwire_ingest_pages_fetched_total{host}}: fetches answered with a body (2xx), pages and sources</li>
 *   <li>{@code frontwire_ingest_pages_failed_total{host,reason}}: fetches or publishes that failed; reason
 *       {@code http_<status>}, {@code timeout}, {@code connection}, {@code dns}, {@code redirects}, {@code decode},
 *       {@code publish}, {@code gave_up}, {@code invalid_url}, {@code other}</li>
 *   <li>{@code frontwire_ingest_pages_refused_total{host,reason}}: not fetched or not kept on principle; reason
 *       {@code robots}, {@code ssrf}, {@code content_type}, {@code too_large}, {@code encoding}, {@code other}</li>
 *   <li>{@code frontwire_ingest_pages_unchanged_total{host,reason}}: {@code not_modified} (304 to a conditional GET)
 *       or {@code seen} (same content hash and ETag as published before)</li>
 *   <li>{@code frontwire_ingest_pages_published_total{host}}: pages sent to the raw-pages topic</li>
 *   <li>{@code frontwire_ingest_fetched_bytes_total{host}}: decoded body bytes fetched</li>
 *   <li>{@code frontwire_ingest_fetch_seconds{outcome}}: time per fetch including redirects and retries, a histogram</li>
 * </ul>
 *
 * The {@code host} tag is bounded by {@link HostTags}.
 */
public final class IngestMetrics {
    public static final int DEFAULT_MAX_HOSTS = 100;

    private final MeterRegistry registry;
    private final HostTags hosts;

    public IngestMetrics(MeterRegistry registry, int maxHosts) {
        this.registry = registry;
        this.hosts = new HostTags(maxHosts);
    }

    /** Meters on a private registry (tests, and callers that serve no metrics). */
    public static IngestMetrics unregistered() {
        return new IngestMetrics(new SimpleMeterRegistry(), DEFAULT_MAX_HOSTS);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Pages published since start (all hosts). */
    public long published() {
        return total("frontwire.ingest.pages.published");
    }

    /** Fetches and publishes that failed since start (all hosts and reasons). */
    public long failed() {
        return total("frontwire.ingest.pages.failed");
    }

    private long total(String name) {
        double sum = 0;
        for (Counter c : registry.find(name).counters()) {
            sum += c.count();
        }
        return (long) sum;
    }

    /** Times one fetch from its request to its result and counts its outcome. */
    public java.util.concurrent.CompletableFuture<FetchResult> fetch(URI uri,
                                                                    Supplier<java.util.concurrent.CompletableFuture<FetchResult>> fetch) {
        long start = System.nanoTime();
        return fetch.get().thenApply(result -> record(uri, result, System.nanoTime() - start));
    }

    private FetchResult record(URI uri, FetchResult result, long elapsed) {
        String host = hosts.of(uri);
        Timer.builder("frontwire.ingest.fetch")
                .description("Time from a fetch's request to its result: the wait for the host's politeness turn, redirects and retries included")
                .tag("outcome", result.outcome().name().toLowerCase(Locale.ROOT))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(2))
                .register(registry)
                .record(Duration.ofNanos(elapsed));
        switch (result.outcome()) {
            case FETCHED -> {
                counter("frontwire.ingest.pages.fetched", "Fetches answered with a body", host, null).increment();
                if (result.bytes() != null) {
                    Counter.builder("frontwire.ingest.fetched").baseUnit("bytes")
                            .description("Decoded body bytes fetched").tag("host", host)
                            .register(registry).increment(result.bytes().length);
                }
            }
            case NOT_MODIFIED -> countUnchanged(host, "not_modified");
            case REFUSED -> countRefused(host, refusalReason(result.reason()));
            case FAILED -> countFailed(host, failureReason(result.status(), result.reason()));
        }
        return result;
    }

    public void published(String url) {
        counter("frontwire.ingest.pages.published", "Pages sent to the raw-pages topic", hosts.of(url), null).increment();
    }

    /** A page published before with the same content (and ETag). */
    public void unchangedSeen(String url) {
        countUnchanged(hosts.of(url), "seen");
    }

    public void refused(String url, String reason) {
        countRefused(hosts.of(url), reason);
    }

    public void failed(String url, String reason) {
        countFailed(hosts.of(url), reason);
    }

    private void countUnchanged(String host, String reason) {
        counter("frontwire.ingest.pages.unchanged", "Pages not published again: 304 or same content", host, reason).increment();
    }

    private void countRefused(String host, String reason) {
        counter("frontwire.ingest.pages.refused", "Pages not fetched or kept on principle", host, reason).increment();
    }

    private void countFailed(String host, String reason) {
        counter("frontwire.ingest.pages.failed", "Fetches and publishes that failed", host, reason).increment();
    }

    private Counter counter(String name, String description, String host, String reason) {
        Counter.Builder b = Counter.builder(name).description(description).tag("host", host);
        if (reason != null) {
            b.tag("reason", reason);
        }
        return b.register(registry);
    }

    /** The refusal's kind, from the fetcher's message. */
    static String refusalReason(String reason) {
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (r.contains("robots.txt")) {
            return "robots";
        }
        if (r.contains("non-public address") || r.contains("only http and https") || r.contains("has no host")) {
            return "ssrf";
        }
        if (r.contains("content type")) {
            return "content_type";
        }
        if (r.contains("decompression bomb") || r.contains("larger than")) {
            return "too_large";
        }
        if (r.contains("content encoding")) {
            return "encoding";
        }
        return "other";
    }

    /** The failure's kind, from the status and the fetcher's message. */
    static String failureReason(int status, String reason) {
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (r.startsWith("too many redirects") || r.startsWith("redirect loop") || r.startsWith("bad redirect")
                || r.contains("without location") || (status >= 300 && status < 400)) {
            return "redirects";
        }
        if (status >= 100 && status <= 599) {
            return "http_" + status;
        }
        if (r.contains("timed out")) {
            return "timeout";
        }
        if (r.contains("cannot resolve")) {
            return "dns";
        }
        if (r.contains("cannot decode")) {
            return "decode";
        }
        if (r.contains("cannot fetch") || r.contains("robots.txt")) {
            return "connection";
        }
        return "other";
    }
}
