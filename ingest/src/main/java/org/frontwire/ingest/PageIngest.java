package org.frontwire.ingest;

import java.net.URI;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.frontwire.ingest.fetch.ContentPolicy;
import org.frontwire.ingest.fetch.FetchResult;
import org.frontwire.ingest.fetch.PageFetcher;
import org.frontwire.ingest.fetch.PoliteScheduler;
import org.frontwire.ingest.fetch.UrlNormalizer;
import org.frontwire.ingest.fetch.Validators;
import org.frontwire.ingest.metrics.IngestMetrics;
import org.frontwire.ingest.publish.RawPagePublisher;
import org.frontwire.ingest.seen.SeenEntry;
import org.frontwire.ingest.seen.SeenUrlStore;
import org.frontwire.ingest.source.DiscoveredUrl;
import org.frontwire.records.Hashes;
import org.frontwire.records.RawPage;
import org.frontwire.records.Sites;

/** Fetches a page URL politely and publishes it when it is new or changed, then remembers it as seen. */
final class PageIngest {
    /** A URL that failed in this many passes is not fetched again by this process. */
    static final int MAX_FAILED_PASSES = 3;

    private final PageFetcher fetcher;
    private final PoliteScheduler scheduler;
    private final SeenUrlStore seen;
    private final RawPagePublisher publisher;
    private final IngestMetrics metrics;
    private final java.util.Map<String, Integer> failedPasses = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Set<String> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();

    PageIngest(PageFetcher fetcher, PoliteScheduler scheduler, SeenUrlStore seen, RawPagePublisher publisher,
               IngestMetrics metrics) {
        this.metrics = metrics;
        this.fetcher = fetcher;
        this.scheduler = scheduler;
        this.seen = seen;
        this.publisher = publisher;
    }

    CompletableFuture<Void> fetchAndPublish(DiscoveredUrl page, PassCounts tally) {
        String url = UrlNormalizer.normalize(page.url());
        URI uri;
        try {
            uri = url == null ? null : URI.create(url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null) {
            tally.failed(page.url(), "not a valid URL (from " + page.source() + ")");
            metrics.failed(page.url(), "invalid_url");
            return CompletableFuture.completedFuture(null);
        }
        int failures = failedPasses.getOrDefault(url, 0);
        if (failures >= MAX_FAILED_PASSES) {
            tally.failed(url, "failed in " + failures + " passes; not fetched again");
            metrics.failed(url, "gave_up");
            return CompletableFuture.completedFuture(null);
        }
        if (!inFlight.add(url)) {
            return CompletableFuture.completedFuture(null);
        }
        Validators validators = seen.get(url).map(s -> new Validators(s.etag(), s.lastModified())).orElse(Validators.NONE);
        URI target = uri;
        return metrics.fetch(target, () -> fetcher.fetchPolitely(scheduler, target, validators, ContentPolicy.PAGES))
                .thenCompose(result -> handle(page, url, result, tally))
                .exceptionally(e -> {
                    tally.failed(url, String.valueOf(e.getMessage()));
                    metrics.failed(url, "other");
                    return null;
                })
                .whenComplete((ok, e) -> inFlight.remove(url));
    }

    /** Publishes an already fetched result (a source URL that turned out to be a page). */
    CompletableFuture<Void> handle(DiscoveredUrl page, String url, FetchResult result, PassCounts tally) {
        switch (result.outcome()) {
            case NOT_MODIFIED -> {
                tally.unchanged.incrementAndGet();
                return CompletableFuture.completedFuture(null);
            }
            case REFUSED -> {
                tally.refused(url, result.reason());
                return CompletableFuture.completedFuture(null);
            }
            case FAILED -> {
                failedPasses.merge(url, 1, Integer::sum);
                tally.failed(url, result.reason());
                return CompletableFuture.completedFuture(null);
            }
            default -> {
                if (!ContentPolicy.PAGES.accepts(result.mediaType())) {
                    tally.refused(url, "content type " + result.mediaType() + " is not HTML, XHTML or text");
                    metrics.refused(url, "content_type");
                    return CompletableFuture.completedFuture(null);
                }
                String body = result.text().text();
                RawPage raw = new RawPage(RawPage.SCHEMA_VERSION, url, result.finalUri().toString(), page.source(),
                        Instant.now(), result.status(), result.mediaType() == null ? "text/html" : result.mediaType(),
                        result.text().charset(), body, page.title(), page.publishedAt(), result.etag(),
                        Hashes.sha256(body), Sites.ofPage(url, body));
                return publishIfChanged(raw, result.lastModified(), tally);
            }
        }
    }

    CompletableFuture<Void> publishIfChanged(RawPage raw, String lastModified, PassCounts tally) {
        if (!seen.isNewOrChanged(raw.url(), raw.etag(), raw.contentHash())) {
            tally.unchanged.incrementAndGet();
            metrics.unchangedSeen(raw.url());
            SeenEntry old = seen.get(raw.url()).orElseThrow();
            if (!java.util.Objects.equals(old.etag(), raw.etag()) || !java.util.Objects.equals(old.lastModified(), lastModified)) {
                seen.record(new SeenEntry(raw.url(), raw.etag(), lastModified, raw.contentHash(), old.publishedAt()));
            }
            return CompletableFuture.completedFuture(null);
        }
        return publisher.send(raw).handle((ok, error) -> {
            if (error != null) {
                tally.failed(raw.url(), error.getMessage());
                metrics.failed(raw.url(), "publish");
            } else {
                seen.record(new SeenEntry(raw.url(), raw.etag(), lastModified, raw.contentHash(), Instant.now()));
                tally.published.incrementAndGet();
                metrics.published(raw.url());
                failedPasses.remove(raw.url());
            }
            return null;
        });
    }
}
