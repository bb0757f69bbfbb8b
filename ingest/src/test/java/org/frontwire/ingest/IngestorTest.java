package org.frontwire.ingest;

import static org.frontwire.config.ConfigKeys.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.frontwire.config.ConfigValues;
import org.frontwire.config.FrontwireTopic;
import org.frontwire.broker.EmbeddedKafka;
import org.frontwire.records.RawPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest end to end: a local web server, a real embedded Kafka broker. */
class IngestorTest {
    static final AtomicInteger RUN = new AtomicInteger();
    @TempDir
    static Path kafkaDir;
    static EmbeddedKafka kafka;
    static TestWeb web;

    @BeforeAll
    static void start() throws IOException {
        kafka = EmbeddedKafka.start(kafkaDir.resolve("kafka"));
        web = new TestWeb();
        web.page("/robots.txt", "text/plain", """
                User-agent: *
                Disallow: /members/
                Sitemap: %s/sitemap_index.xml
                """.formatted(web.base()));
        web.page("/", "text/html", TestWeb.html("Home", "front page"));
        web.page("/rss.xml", "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire</title><link>%1$s/</link><description>d</description>
                <item><title>Ceasefire talks resume</title><link>%1$s/story/1</link><pubDate>Tue, 03 Nov 2026 10:15:00 GMT</pubDate></item>
                <item><title>Members only</title><link>%1$s/members/2</link></item>
                <item><title>Report as PDF</title><link>%1$s/report.pdf</link></item>
                </channel></rss>""".formatted(web.base()));
        web.page("/atom.xml", "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:a</id><updated>2026-11-03T12:00:00Z</updated>
                <entry><title>Border crossing reopens</title><link href="%1$s/story/3"/><id>urn:3</id><published>2026-11-03T11:00:00Z</published></entry>
                </feed>""".formatted(web.base()));
        web.page("/sitemap_index.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%1$s/news-sitemap.xml</loc></sitemap></sitemapindex>
                """.formatted(web.base()));
        web.page("/news-sitemap.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                <url><loc>%1$s/story/4</loc><news:news><news:publication><news:name>Wire</news:name><news:language>en</news:language></news:publication>
                <news:publication_date>2026-11-03T09:00:00Z</news:publication_date><news:title>Aid convoy arrives</news:title></news:news></url>
                </urlset>""".formatted(web.base()));
        for (int i = 1; i <= 5; i++) {
            web.page("/story/" + i, "text/html; charset=utf-8", TestWeb.html("Story " + i, "body of story " + i));
        }
        web.page("/report.pdf", "application/pdf", "%PDF-1.7".getBytes());
    }

    @AfterAll
    static void stop() {
        web.close();
        kafka.close();
    }

    static IngestSettings settings() {
        return IngestSettings.from(values());
    }

    /** The defaults with fresh topics and group for one test, private addresses allowed, no politeness delay. */
    static ConfigValues values() {
        int n = RUN.incrementAndGet();
        return ConfigValues.defaults()
                .with(FrontwireTopic.RAW_PAGES.nameKey(), "raw-" + n)
                .with(FrontwireTopic.INGEST_SEEN.nameKey(), "seen-" + n)
                .with(FrontwireTopic.INGEST_FRONTIER.nameKey(), "frontier-" + n)
                .with(INGEST_CONSUMER_GROUP, "ingest-" + n)
                .with(INGEST_ALLOW_PRIVATE_ADDRESSES, "true")
                .with(INGEST_POLITENESS_DELAY_MS, "0")
                .with(INGEST_CONNECT_TIMEOUT_MS, "2000").with(INGEST_READ_TIMEOUT_MS, "2000")
                .with(INGEST_MAX_RETRIES, "1").with(INGEST_RETRY_BACKOFF_MS, "20");
    }

    static Map<String, Object> kafkaConfig() {
        Map<String, Object> c = new HashMap<>();
        c.put("bootstrap.servers", kafka.bootstrapServers());
        return c;
    }

    @Test
    void publishesFeedItemsSitemapUrlsFoundThroughRobotsAndTheHomePage() {
        IngestSettings s = settings();
        IngestReport report;
        try (Ingestor ingestor = new Ingestor(s, kafkaConfig())) {
            report = ingestor.ingestOnce(List.of(web.url("/rss.xml"), web.url("/atom.xml"), web.url("/")));
        }
        Map<String, RawPage> pages = byUrl(readAll(s.rawPagesTopic(), 4));
        assertThat(pages.keySet()).containsExactlyInAnyOrder(web.url("/story/1"), web.url("/story/3"),
                web.url("/story/4"), web.url("/"));
        RawPage story1 = pages.get(web.url("/story/1"));
        assertThat(story1.feedTitle()).isEqualTo("Ceasefire talks resume");
        assertThat(story1.feedPublishedAt()).isEqualTo(Instant.parse("2026-11-03T10:15:00Z"));
        assertThat(story1.source()).isEqualTo(web.url("/rss.xml"));
        assertThat(story1.body()).contains("body of story 1");
        assertThat(story1.contentHash()).hasSize(64);
        assertThat(pages.get(web.url("/story/3")).feedTitle()).isEqualTo("Border crossing reopens");
        assertThat(pages.get(web.url("/story/4")).feedTitle()).isEqualTo("Aid convoy arrives");
        assertThat(report.published()).isEqualTo(4);
        assertThat(report.refused()).isEqualTo(2);
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("/members/2").contains("robots.txt"))
                .anySatisfy(p -> assertThat(p).contains("report.pdf").contains("application/pdf"));
        assertThat(web.hits("/members/2")).isZero();
    }

    @Test
    void aRestartDoesNotPublishTheSamePagesAgainButAChangedOne(@TempDir Path dir) throws IOException {
        IngestSettings s = settings();
        AtomicReference<String> version = new AtomicReference<>("first");
        AtomicInteger notModified = new AtomicInteger();
        for (String path : List.of("/live", "/etag-only")) {
            web.on(path, ex -> {
                String etag = "\"" + version.get() + "\"";
                ex.getResponseHeaders().set("ETag", etag);
                if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    TestWeb.send(ex, 304, null, new byte[0]);
                } else {
                    String body = path.equals("/live") ? TestWeb.html("Live", version.get()) : TestWeb.html("Same", "same text");
                    TestWeb.send(ex, 200, "text/html", body.getBytes(StandardCharsets.UTF_8));
                }
            });
        }
        Path seeds = dir.resolve("seeds.urls");
        Files.writeString(seeds, web.url("/story/2") + "\n" + web.url("/live") + "\n" + web.url("/etag-only") + "\n");
        List<String> sources = List.of(seeds.toString());

        try (Ingestor first = new Ingestor(s, kafkaConfig())) {
            assertThat(first.ingestOnce(sources).published()).isEqualTo(3);
        }
        try (Ingestor restarted = new Ingestor(s, kafkaConfig())) {
            assertThat(restarted.seenUrls()).isEqualTo(3);
            IngestReport again = restarted.ingestOnce(sources);
            assertThat(again.published()).isZero();
            assertThat(again.unchanged()).isEqualTo(3);
            assertThat(notModified.get()).as("conditional GET answered 304").isEqualTo(2);

            version.set("second");
            IngestReport changed = restarted.ingestOnce(sources);
            assertThat(changed.published()).as("a new body, and a new ETag on the same body").isEqualTo(2);
        }
        List<RawPage> all = readAll(s.rawPagesTopic(), 5);
        assertThat(all).hasSize(5);
        assertThat(all).filteredOn(p -> p.url().endsWith("/live")).extracting(RawPage::etag)
                .containsExactly("\"first\"", "\"second\"");
        assertThat(all).filteredOn(p -> p.url().endsWith("/etag-only")).extracting(RawPage::etag)
                .containsExactly("\"first\"", "\"second\"");
    }

    @Test
    void reportsFailingSourcesAndCarriesOnWithTheOthers(@TempDir Path dir) throws IOException {
        IngestSettings s = settings();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        web.on("/down.xml", ex -> TestWeb.send(ex, 503, "text/plain", "maintenance".getBytes()));
        Files.writeString(dir.resolve("a.html"), TestWeb.html("Local", "from a folder"));
        IngestReport report;
        try (Ingestor ingestor = new Ingestor(s, kafkaConfig())) {
            report = ingestor.ingestOnce(List.of(
                    dir.resolve("missing-folder").toString(),
                    "http://127.0.0.1:" + closedPort + "/feed.xml",
                    web.url("/down.xml"),
                    web.url("/gone.xml"),
                    dir.toString()));
        }
        assertThat(report.published()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(4);
        assertThat(report.problems()).hasSize(4)
                .anySatisfy(p -> assertThat(p).contains("missing-folder").contains("no such file"))
                .anySatisfy(p -> assertThat(p).contains(String.valueOf(closedPort)).contains("cannot fetch"))
                .anySatisfy(p -> assertThat(p).contains("down.xml").contains("HTTP 503").contains("gave up"))
                .anySatisfy(p -> assertThat(p).contains("gone.xml").contains("HTTP 404"));
    }

    @Test
    void takesTheNewestItemsOfAHugeFeedUpToTheCapAndSaysSo() {
        IngestSettings s = IngestSettings.from(values().with(INGEST_MAX_ITEMS_PER_SOURCE, "20"));
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            web.page("/huge/" + i, "text/html", TestWeb.html("Huge " + i, "item " + i));
            // oldest first in the document, so the cap must sort rather than keep the first ones
            items.append("<item><title>Huge %d</title><link>%s/huge/%d</link><pubDate>%s</pubDate></item>%n".formatted(
                    i, web.base(), i, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            Instant.parse("2026-11-01T00:00:00Z").plusSeconds(60L * i).atZone(java.time.ZoneOffset.UTC))));
        }
        web.page("/huge-feed.xml", "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Huge</title><link>%s/</link><description>d</description>
                %s</channel></rss>""".formatted(web.base(), items));
        IngestReport report;
        try (Ingestor ingestor = new Ingestor(s, kafkaConfig())) {
            report = ingestor.ingestOnce(List.of(web.url("/huge-feed.xml")));
        }
        assertThat(report.published()).isEqualTo(20);
        assertThat(byUrl(readAll(s.rawPagesTopic(), 20)).keySet())
                .allSatisfy(url -> assertThat(Integer.parseInt(url.substring(url.lastIndexOf('/') + 1))).isGreaterThan(280));
        assertThat(report.problems()).singleElement().asString()
                .contains("huge-feed.xml").contains("280 of 300 items skipped").contains("ingest.max-items-per-source");
    }

    @Test
    void saysAFeedWasCutAtTheSizeCapInsteadOfInvalidXml() {
        IngestSettings s = IngestSettings.from(values().with(INGEST_MAX_BODY_BYTES, "4096"));
        web.page("/long-feed.xml", "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Long</title><link>%s/</link><description>d</description>
                %s</channel></rss>""".formatted(web.base(),
                "<item><title>Filler</title><link>%s/story/1</link></item>\n".formatted(web.base()).repeat(200)));
        IngestReport report;
        try (Ingestor ingestor = new Ingestor(s, kafkaConfig())) {
            report = ingestor.ingestOnce(List.of(web.url("/long-feed.xml")));
        }
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.problems()).singleElement().asString()
                .contains("long-feed.xml").contains("cut at 4096 bytes").contains("ingest.max-body-bytes")
                .doesNotContainIgnoringCase("invalid xml");
    }

    @Test
    void followsALinkedFolderAndCountsAnEmptyFolderAsALostSource(@TempDir Path dir) throws IOException {
        IngestSettings s = settings();
        Path real = Files.createDirectory(dir.resolve("real"));
        Files.writeString(real.resolve("a.html"), TestWeb.html("Linked", "through a symbolic link"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        Path empty = Files.createDirectory(dir.resolve("empty"));
        IngestReport report;
        try (Ingestor ingestor = new Ingestor(s, kafkaConfig())) {
            report = ingestor.ingestOnce(List.of(link.toString(), empty.toString()));
        }
        assertThat(report.published()).isEqualTo(1);
        assertThat(report.lostSources()).isEqualTo(1);
        assertThat(report.problems()).singleElement().asString().contains("empty").contains("no pages");
    }

    @Test
    void givesUpOnAPageThatKeepsFailing() {
        IngestSettings s = settings();
        web.on("/always-500", ex -> TestWeb.send(ex, 500, "text/plain", "broken".getBytes()));
        web.page("/flaky-feed.xml", "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>F</title><link>%1$s/</link><description>d</description>
                <item><title>Broken</title><link>%1$s/always-500</link></item></channel></rss>""".formatted(web.base()));
        List<IngestReport> passes = new ArrayList<>();
        try (Ingestor ingestor = new Ingestor(s, kafkaConfig())) {
            for (int i = 0; i < 4; i++) {
                passes.add(ingestor.ingestOnce(List.of(web.url("/flaky-feed.xml"))));
            }
        }
        assertThat(passes).allSatisfy(r -> assertThat(r.failed()).isEqualTo(1));
        assertThat(passes.get(0).problems()).singleElement().asString().contains("HTTP 500").contains("gave up after 2 attempts");
        assertThat(passes.get(3).problems()).singleElement().asString().contains("not fetched again");
        assertThat(web.hits("/always-500")).isEqualTo(3 * 2);
    }

    @Test
    void refusesLoopbackSourcesWhenPrivateAddressesAreNotAllowed() {
        IngestSettings s = IngestSettings.from(values().with(INGEST_ALLOW_PRIVATE_ADDRESSES, "false"));
        IngestReport report;
        try (Ingestor ingestor = new Ingestor(s, kafkaConfig())) {
            report = ingestor.ingestOnce(List.of(web.url("/rss.xml")));
        }
        assertThat(report.published()).isZero();
        assertThat(report.problems()).singleElement().asString().contains("non-public address 127.0.0.1");
    }

    @Test
    void watchesAFolderAndFetchesFeedItemsThroughTheFrontier(@TempDir Path dir) throws Exception {
        IngestSettings s = IngestSettings.from(values().with(INGEST_POLL_INTERVAL_SECONDS, "600"));
        Files.writeString(dir.resolve("old.html"), TestWeb.html("Old", "already there"));
        AtomicBoolean stop = new AtomicBoolean();
        Thread runner;
        try (Ingestor ingestor = new Ingestor(s, kafkaConfig())) {
            runner = new Thread(() -> ingestor.runContinuously(List.of(dir.toString(), web.url("/atom.xml")), stop::get));
            runner.start();
            readAll(s.rawPagesTopic(), 2);
            Files.writeString(dir.resolve("new.html"), TestWeb.html("New", "dropped in later"));
            List<RawPage> pages = readAll(s.rawPagesTopic(), 3);
            stop.set(true);
            runner.join(15_000);
            assertThat(runner.isAlive()).isFalse();
            assertThat(pages).extracting(RawPage::url).anySatisfy(u -> assertThat(u).endsWith("/new.html"))
                    .anySatisfy(u -> assertThat(u).endsWith("/old.html"))
                    .contains(web.url("/story/3"));
        }
    }

    static Map<String, RawPage> byUrl(List<RawPage> pages) {
        Map<String, RawPage> m = new HashMap<>();
        pages.forEach(p -> m.put(p.url(), p));
        return m;
    }

    static List<RawPage> readAll(String topic, int expected) {
        return RawTopic.readAll(kafkaConfig(), topic, expected, Duration.ofSeconds(30));
    }
}
