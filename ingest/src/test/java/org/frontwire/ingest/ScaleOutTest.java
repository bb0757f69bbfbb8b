package org.frontwire.ingest;

import static org.frontwire.config.ConfigKeys.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.frontwire.config.ConfigValues;
import org.frontwire.config.FrontwireTopic;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;
import org.frontwire.broker.EmbeddedKafka;
import org.frontwire.records.RawPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several ingest instances sharing the frontier: two real {@link Ingestor}s, one embedded broker, many local hosts
 * (each a {@link TestWeb} on its own loopback address 127.0.0.x, so each its own host for politeness).
 */
class ScaleOutTest {
    static final AtomicInteger RUN = new AtomicInteger();
    @TempDir
    static Path kafkaDir;
    static EmbeddedKafka kafka;

    /** One request as the servers saw it. */
    record Request(String host, String path, long nanos, String userAgent) {}

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start(kafkaDir.resolve("kafka"));
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    /** Settings of instance A of a fresh run: its own topics and group. */
    static ConfigValues settings(String name) {
        int n = RUN.incrementAndGet();
        return ConfigValues.defaults()
                .with(FrontwireTopic.RAW_PAGES.nameKey(), "scale-raw-" + n)
                .with(FrontwireTopic.INGEST_SEEN.nameKey(), "scale-seen-" + n)
                .with(FrontwireTopic.INGEST_FRONTIER.nameKey(), "scale-frontier-" + n)
                .with(INGEST_CONSUMER_GROUP, "scale-ingest-" + n)
                .with(INGEST_ALLOW_PRIVATE_ADDRESSES, "true")
                .with(INGEST_CONNECT_TIMEOUT_MS, "2000").with(INGEST_READ_TIMEOUT_MS, "5000")
                .with(INGEST_MAX_RETRIES, "1").with(INGEST_RETRY_BACKOFF_MS, "20")
                .with(INGEST_FETCH_THREADS, "4")
                .with(INGEST_USER_AGENT, "FrontwireBot/" + name);
    }

    static Map<String, Object> kafkaConfig() {
        Map<String, Object> c = new HashMap<>();
        c.put("bootstrap.servers", kafka.bootstrapServers());
        return c;
    }

    /** Hosts 127.0.0.{first…first+count-1}, each serving {@code pages} stories and logging every request. */
    static List<TestWeb> hosts(int first, int count, int pages, List<Request> log, List<String> urls) throws IOException {
        List<TestWeb> hosts = new ArrayList<>();
        for (int h = first; h < first + count; h++) {
            TestWeb web = new TestWeb("127.0.0." + h);
            String host = web.base();
            web.on("/robots.txt", ex -> {
                log.add(new Request(host, "/robots.txt", System.nanoTime(), ex.getRequestHeaders().getFirst("User-Agent")));
                TestWeb.send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
            });
            for (int p = 0; p < pages; p++) {
                String path = "/story/" + p;
                byte[] body = TestWeb.html("Story " + p + " of " + host, "reported from host " + h + ", story " + p)
                        .getBytes(StandardCharsets.UTF_8);
                web.on(path, ex -> {
                    log.add(new Request(host, path, System.nanoTime(), ex.getRequestHeaders().getFirst("User-Agent")));
                    TestWeb.send(ex, 200, "text/html; charset=utf-8", body);
                });
                urls.add(web.url(path));
            }
            hosts.add(web);
        }
        return hosts;
    }

    static String rss(List<String> urls) {
        StringBuilder items = new StringBuilder();
        for (String u : urls) {
            items.append("<item><title>").append(u).append("</title><link>").append(u).append("</link></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                + "<link>http://wire.test/</link><description>d</description>" + items + "</channel></rss>";
    }

    static Thread run(Ingestor ingestor, List<String> sources, BooleanSupplier stop) {
        Thread t = new Thread(() -> ingestor.runContinuously(sources, stop), "ingest-" + ingestor.settings().userAgent());
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void twoInstancesShareManyHostsPublishEachPageOnceAndStayPolite() throws Exception {
        int hostCount = 16;
        int pagesPerHost = 3;
        Duration delay = Duration.ofMillis(300);
        List<Request> log = new CopyOnWriteArrayList<>();
        List<String> urls = new ArrayList<>();
        List<TestWeb> hosts = hosts(10, hostCount, pagesPerHost, log, urls);
        // the feed lives on one of the page hosts: only that host's owner polls it, in the host's politeness turns
        AtomicReference<String> feed = new AtomicReference<>(rss(List.of()));
        TestWeb feedHost = hosts.get(0);
        feedHost.on("/feed.xml", ex -> {
            log.add(new Request(feedHost.base(), "/feed.xml", System.nanoTime(), ex.getRequestHeaders().getFirst("User-Agent")));
            TestWeb.send(ex, 200, "application/rss+xml", feed.get().getBytes(StandardCharsets.UTF_8));
        });
        String feedUrl = feedHost.url("/feed.xml");

        ConfigValues valuesA = settings("A").with(INGEST_POLITENESS_DELAY_MS, String.valueOf(delay.toMillis()))
                .with(INGEST_POLL_INTERVAL_SECONDS, "1");
        IngestSettings a = IngestSettings.from(valuesA);
        IngestSettings b = IngestSettings.from(valuesA.with(INGEST_USER_AGENT, "FrontwireBot/B"));
        AtomicBoolean stop = new AtomicBoolean();
        try (Ingestor first = new Ingestor(a, kafkaConfig()); Ingestor second = new Ingestor(b, kafkaConfig())) {
            Thread ta = run(first, List.of(feedUrl), stop::get);
            Thread tb = run(second, List.of(feedUrl), stop::get);
            awaitStableGroup(a.consumerGroup(), 2);
            feed.set(rss(urls));   // both instances poll it and put every URL on the frontier

            List<RawPage> pages = readAll(a.rawPagesTopic(), urls.size(), Duration.ofSeconds(60));
            // both instances keep polling the feed; give them time to fetch the duplicates they offered
            Thread.sleep(1500);
            pages = readAll(a.rawPagesTopic(), urls.size(), Duration.ofSeconds(10));
            stop.set(true);
            ta.join(20_000);
            tb.join(20_000);

            assertThat(pages).extracting(RawPage::url).as("every page published exactly once overall")
                    .hasSize(urls.size()).containsExactlyInAnyOrderElementsOf(urls);
        } finally {
            hosts.forEach(TestWeb::close);
        }

        Set<String> agents = log.stream().filter(r -> r.path().startsWith("/story/")).map(Request::userAgent)
                .collect(Collectors.toSet());
        assertThat(agents).as("both instances fetched pages").containsExactlyInAnyOrder("FrontwireBot/A", "FrontwireBot/B");

        Map<String, List<Request>> byHost = log.stream().collect(Collectors.groupingBy(Request::host));
        assertThat(byHost).hasSize(hostCount);
        for (List<Request> requests : byHost.values()) {
            // robots.txt is read right before the first request of a turn; the delay holds between the others
            List<Request> pageRequests = requests.stream().filter(r -> !r.path().equals("/robots.txt"))
                    .sorted(Comparator.comparingLong(Request::nanos)).toList();
            assertThat(pageRequests.size()).isGreaterThanOrEqualTo(pagesPerHost);
            for (int i = 1; i < pageRequests.size(); i++) {
                Request prev = pageRequests.get(i - 1);
                Request next = pageRequests.get(i);
                assertThat(Duration.ofNanos(next.nanos() - prev.nanos()))
                        .as("%s: %s by %s then %s by %s", next.host(), prev.path(), prev.userAgent(), next.path(), next.userAgent())
                        .isGreaterThanOrEqualTo(delay.minusMillis(10));
            }
        }
    }

    @Test
    void aNewOwnerOfHostsKnowsWhatThePreviousOwnerPublishedSinceItStarted() throws Exception {
        List<Request> log = new CopyOnWriteArrayList<>();
        List<String> urls = new ArrayList<>();
        List<TestWeb> hosts = hosts(40, 4, 3, log, urls);
        TestWeb feedHost = new TestWeb("127.0.0.3");
        feedHost.page("/feed.xml", "application/rss+xml", rss(urls));
        List<String> sources = List.of(feedHost.url("/feed.xml"));
        Duration delay = Duration.ofMillis(500);
        ConfigValues valuesA = settings("A").with(INGEST_POLITENESS_DELAY_MS, String.valueOf(delay.toMillis()))
                .with(INGEST_POLL_INTERVAL_SECONDS, "600");
        IngestSettings a = IngestSettings.from(valuesA);
        IngestSettings b = IngestSettings.from(valuesA.with(INGEST_USER_AGENT, "FrontwireBot/B"));
        try (Ingestor later = new Ingestor(b, kafkaConfig())) {
            // B has started (and read the empty seen topic) before A publishes anything
            assertThat(later.seenUrls()).isZero();
            AtomicBoolean stopA = new AtomicBoolean();
            try (Ingestor earlier = new Ingestor(a, kafkaConfig())) {
                Thread ta = run(earlier, sources, stopA::get);
                assertThat(readAll(a.rawPagesTopic(), urls.size(), Duration.ofSeconds(60))).hasSize(urls.size());
                stopA.set(true);
                ta.join(20_000);
                assertThat(ta.isAlive()).isFalse();
            }
            // B takes every host over and reads the same feed again
            AtomicBoolean stopB = new AtomicBoolean();
            Thread tb = run(later, sources, stopB::get);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && fetchedBy(log, "FrontwireBot/B").size() < urls.size()) {
                Thread.sleep(100);
            }
            assertThat(fetchedBy(log, "FrontwireBot/B")).as("B fetched every page again").hasSize(urls.size());
            Thread.sleep(1000);
            stopB.set(true);
            tb.join(20_000);
            assertThat(later.seenUrls()).as("B knows A's seen records").isEqualTo(urls.size());
        } finally {
            hosts.forEach(TestWeb::close);
            feedHost.close();
        }
        for (List<Request> requests : log.stream().collect(Collectors.groupingBy(Request::host)).values()) {
            long lastOfA = requests.stream().filter(r -> r.userAgent().endsWith("/A") && r.path().startsWith("/story/"))
                    .mapToLong(Request::nanos).max().orElseThrow();
            long firstOfB = requests.stream().filter(r -> r.userAgent().endsWith("/B")).mapToLong(Request::nanos).min().orElseThrow();
            assertThat(Duration.ofNanos(firstOfB - lastOfA)).as("hand-over of %s keeps the delay", requests.get(0).host())
                    .isGreaterThanOrEqualTo(delay.minusMillis(10));
        }
        List<RawPage> pages = readAll(a.rawPagesTopic(), urls.size(), Duration.ofSeconds(10));
        assertThat(pages).as("B did not publish the unchanged pages again").extracting(RawPage::url)
                .containsExactlyInAnyOrderElementsOf(urls);
    }

    static Set<String> fetchedBy(List<Request> log, String agent) {
        return log.stream().filter(r -> r.path().startsWith("/story/") && agent.equals(r.userAgent()))
                .map(r -> r.host() + r.path()).collect(Collectors.toSet());
    }

    static void awaitStableGroup(String group, int members) throws Exception {
        try (Admin admin = Admin.create(kafkaConfig())) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
                if (d != null && d.groupState() == GroupState.STABLE && d.members().size() == members
                        && d.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty())) {
                    return;
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError("consumer group " + group + " did not get " + members + " members");
    }

    static List<RawPage> readAll(String topic, int expected, Duration timeout) {
        return RawTopic.readAll(kafkaConfig(), topic, expected, timeout);
    }
}
