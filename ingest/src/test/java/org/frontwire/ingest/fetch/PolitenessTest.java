package org.frontwire.ingest.fetch;

import static org.frontwire.config.ConfigKeys.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.frontwire.config.ConfigValues;
import org.frontwire.ingest.IngestSettings;
import org.frontwire.ingest.TestWeb;
import org.junit.jupiter.api.Test;

class PolitenessTest {

    @Test
    void keepsTheCrawlDelayOfRobotsTxtBetweenRequestsToOneHost() throws Exception {
        try (TestWeb web = new TestWeb()) {
            web.page("/robots.txt", "text/plain", "User-agent: frontwirebot\nCrawl-delay: 1\n");
            for (int i = 0; i < 3; i++) {
                web.page("/p" + i, "text/html", TestWeb.html("P" + i, "text"));
            }
            IngestSettings settings = IngestSettings.from(ConfigValues.defaults()
                    .with(INGEST_ALLOW_PRIVATE_ADDRESSES, "true").with(INGEST_POLITENESS_DELAY_MS, "100"));
            PageFetcher fetcher = new PageFetcher(settings);
            try (PoliteScheduler scheduler = new PoliteScheduler(4, fetcher::politenessDelay)) {
                List<CompletableFuture<FetchResult>> all = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    URI uri = URI.create(web.url("/p" + i));
                    all.add(scheduler.submit(PageFetcher.hostKey(uri), () -> fetcher.fetch(uri, Validators.NONE, ContentPolicy.PAGES)));
                }
                all.forEach(CompletableFuture::join);
            }
            long p0 = web.arrivals.get("/p0").get(0);
            long p1 = web.arrivals.get("/p1").get(0);
            long p2 = web.arrivals.get("/p2").get(0);
            assertThat(Duration.ofNanos(p1 - p0)).isGreaterThanOrEqualTo(Duration.ofMillis(980));
            assertThat(Duration.ofNanos(p2 - p1)).isGreaterThanOrEqualTo(Duration.ofMillis(980));
        }
    }

    @Test
    void servesManyHostsAtOnceWhileEachWaitsItsTurn() {
        Duration delay = Duration.ofMillis(300);
        List<Long> hostA = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Long> hostB = new java.util.concurrent.CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        try (PoliteScheduler scheduler = new PoliteScheduler(2, host -> delay)) {
            List<CompletableFuture<Boolean>> all = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                all.add(scheduler.submit("a", () -> hostA.add(System.nanoTime())));
                all.add(scheduler.submit("b", () -> hostB.add(System.nanoTime())));
            }
            all.forEach(CompletableFuture::join);
        }
        for (List<Long> host : List.of(hostA, hostB)) {
            assertThat(Duration.ofNanos(host.get(1) - host.get(0))).isGreaterThanOrEqualTo(delay.minusMillis(20));
            assertThat(Duration.ofNanos(host.get(2) - host.get(1))).isGreaterThanOrEqualTo(delay.minusMillis(20));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void aRedirectToAnotherHostWaitsForThatHostsTurnAndObeysItsRobotsTxt() throws Exception {
        Duration delay = Duration.ofMillis(500);
        try (TestWeb origin = new TestWeb("127.0.0.1"); TestWeb target = new TestWeb("127.0.0.4")) {
            target.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
            target.page("/story", "text/html", TestWeb.html("Story", "on the target host"));
            target.page("/other", "text/html", TestWeb.html("Other", "also on the target host"));
            target.page("/private/page", "text/html", TestWeb.html("Private", "not for crawlers"));
            origin.page("/robots.txt", "text/plain", "User-agent: *\nDisallow:\n");
            origin.on("/moved", ex -> {
                ex.getResponseHeaders().set("Location", target.url("/story"));
                TestWeb.send(ex, 301, null, new byte[0]);
            });
            origin.on("/to-private", ex -> {
                ex.getResponseHeaders().set("Location", target.url("/private/page"));
                TestWeb.send(ex, 302, null, new byte[0]);
            });
            IngestSettings settings = IngestSettings.from(ConfigValues.defaults()
                    .with(INGEST_ALLOW_PRIVATE_ADDRESSES, "true").with(INGEST_POLITENESS_DELAY_MS, String.valueOf(delay.toMillis())));
            PageFetcher fetcher = new PageFetcher(settings);
            try (PoliteScheduler scheduler = new PoliteScheduler(4, fetcher::politenessDelay)) {
                FetchResult direct = fetcher.fetchPolitely(scheduler, URI.create(target.url("/other")), Validators.NONE,
                        ContentPolicy.PAGES).join();
                FetchResult redirected = fetcher.fetchPolitely(scheduler, URI.create(origin.url("/moved")), Validators.NONE,
                        ContentPolicy.PAGES).join();
                FetchResult refused = fetcher.fetchPolitely(scheduler, URI.create(origin.url("/to-private")), Validators.NONE,
                        ContentPolicy.PAGES).join();
                assertThat(direct.outcome()).isEqualTo(FetchResult.Outcome.FETCHED);
                assertThat(redirected.outcome()).isEqualTo(FetchResult.Outcome.FETCHED);
                assertThat(redirected.finalUri()).isEqualTo(URI.create(target.url("/story")));
                assertThat(redirected.requested()).isEqualTo(URI.create(origin.url("/moved")));
                assertThat(refused.outcome()).isEqualTo(FetchResult.Outcome.REFUSED);
                assertThat(refused.reason()).contains("robots.txt").contains("/private/page");
            }
            // the redirect to the target host waited for the target's turn
            long other = target.arrivals.get("/other").get(0);
            long story = target.arrivals.get("/story").get(0);
            assertThat(Duration.ofNanos(story - other)).isGreaterThanOrEqualTo(delay.minusMillis(10));
            assertThat(target.hits("/private/page")).isZero();
        }
    }
}
