package org.frontwire.processors.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.frontwire.processors.metrics.PageTextLength;
import org.frontwire.records.Article;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.frontwire.processors.state.TimeBucketStore;
import org.frontwire.processors.metrics.PipelineMetrics;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.processors.topology.ProcessorSettings;
import org.frontwire.processors.topology.TopologyDrivers;
import org.frontwire.processors.topology.TestPages;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardStoresTest {
    private static final ProcessorSettings TOPICS = ProcessorSettings.defaults();
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:10Z");


    @TempDir
    Path stateDir;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;

    @BeforeEach
    void start() {
        driver = TopologyDrivers.start("dashboard-test", TOPICS, ArticlePipeline.createDefault(), stateDir,
                Map.of(PipelineMetrics.CONFIG, new PipelineMetrics(registry)));
        raw = TopologyDrivers.rawPages(driver, TOPICS);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void publish(String url, String html, Instant at) {
        RawPage page = RawPage.ofText(url, "test", "text/html", html, at);
        raw.pipeInput(url.getBytes(StandardCharsets.UTF_8), Json.toBytes(page), at);
    }

    /** The articles that came out, on either article topic, by URL (the topic is whatever the classifier said). */
    private Map<String, Article> articlesOut() {
        Map<String, Article> byUrl = new LinkedHashMap<>();
        for (String topic : List.of(TOPICS.articlesTopic(), TOPICS.otherArticlesTopic())) {
            TopologyDrivers.articles(driver, topic).readValuesToList().forEach(a -> byUrl.put(a.url(), a));
        }
        return byUrl;
    }

    @Test
    void articlesAreCountedPerTopicPerMinute() {
        publish("https://caucasus.example/a", TestPages.WAR_PAGE, T0);
        publish("https://caucasus.example/b", TestPages.WAR_PAGE.replace("Tuesday", "Wednesday"), T0.plusSeconds(20));
        publish("https://caucasus.example/c", TestPages.WAR_PAGE.replace("Tuesday", "Thursday"), T0.plusSeconds(70));
        publish("https://sport.example/derby", TestPages.MATCH_PAGE, T0.plusSeconds(5));
        Map<String, Article> out = articlesOut();
        assertThat(out).hasSize(4);

        Map<String, Long> expected = new TreeMap<>();
        long minute = Instant.parse("2026-03-01T10:00:00Z").toEpochMilli();
        out.forEach((url, article) -> expected.merge(article.topic() + "@" + (url.endsWith("/c") ? minute + 60_000 : minute), 1L, Long::sum));
        Map<String, Long> stored = new TreeMap<>();
        TimeBucketStore.read(driver.<Bytes, byte[]>getKeyValueStore(DashboardStores.ARTICLES_PER_MINUTE), Serdes.String().deserializer(),
                Serdes.Long().deserializer(), Long.MIN_VALUE, Long.MAX_VALUE).forEach(e -> stored.put(e.key() + "@" + e.bucket(), e.value()));
        assertThat(stored).isEqualTo(expected);
    }

    @Test
    void latestArticlesAreKeptPerTopicNewestFirstWithoutDuplicateUrlsAndAtMostN() {
        publish("https://caucasus.example/a", TestPages.WAR_PAGE, T0);
        publish("https://caucasus.example/b", TestPages.WAR_PAGE.replace("Shelling resumes", "Artillery fire resumes"), T0.plusSeconds(1));
        publish("https://caucasus.example/a", TestPages.WAR_PAGE, T0.plusSeconds(2));
        Article a = articlesOut().get("https://caucasus.example/a");

        KeyValueStore<String, byte[]> latest = driver.getKeyValueStore(DashboardStores.LATEST_ARTICLES);
        List<LatestArticle> ofTopic = LatestArticle.listFrom(latest.get(a.topic()));
        assertThat(ofTopic.get(0).url()).isEqualTo(a.url());
        assertThat(ofTopic.get(0).title()).isEqualTo(a.title());
        assertThat(ofTopic.get(0).site()).isEqualTo(a.site());
        assertThat(ofTopic.get(0).processedAt()).isNotNull();
        assertThat(ofTopic).extracting(LatestArticle::url).doesNotHaveDuplicates();

        for (int i = 0; i < DashboardStores.LATEST_PER_TOPIC + 3; i++) {
            publish("https://sport.example/derby-" + i, TestPages.MATCH_PAGE, T0.plusSeconds(3 + i));
        }
        Article newest = articlesOut().get("https://sport.example/derby-" + (DashboardStores.LATEST_PER_TOPIC + 2));
        assertThat(LatestArticle.listFrom(latest.get(newest.topic()))).hasSize(DashboardStores.LATEST_PER_TOPIC)
                .first().extracting(LatestArticle::url).isEqualTo(newest.url());
    }

    @Test
    void deadLettersAreCountedByStageFromTheDeadLetterTopic() {
        raw.pipeInput("bad".getBytes(StandardCharsets.UTF_8), "{not json".getBytes(StandardCharsets.UTF_8), T0);
        raw.pipeInput("gone".getBytes(StandardCharsets.UTF_8), (byte[]) null, T0);
        publish("https://x.example/empty", "   ", T0);

        Map<String, Long> byStage = new TreeMap<>();
        try (var it = driver.<String, Long>getKeyValueStore(DashboardStores.DEAD_LETTERS).all()) {
            it.forEachRemaining(kv -> byStage.put(kv.key, kv.value));
        }
        List<String> stages = TopologyDrivers.deadLetters(driver, TOPICS).readValuesToList().stream()
                .map(dead -> CountDeadLetter.stageOf(Json.toBytes(dead))).toList();
        assertThat(stages).hasSize(3);
        Map<String, Long> expected = new TreeMap<>();
        stages.forEach(s -> expected.merge(s, 1L, Long::sum));
        assertThat(byStage).isEqualTo(expected).containsKey("deserialize");
        expected.forEach((stage, n) ->
                assertThat(registry.get("frontwire.dead.letters").tag("stage", stage).counter().count()).isEqualTo(n.doubleValue()));
    }

    @Test
    void articleMetricsAreRecordedAndTheMeasuringHeaderDoesNotLeaveTheProcessor() {
        publish("https://caucasus.example/a", TestPages.WAR_PAGE, Instant.now());
        publish("https://sport.example/derby", TestPages.MATCH_PAGE, Instant.now());

        double counted = registry.find("frontwire.articles").counters().stream().mapToDouble(c -> c.count()).sum();
        assertThat(counted).isEqualTo(2);
        assertThat(registry.get("frontwire.raw.to.article").timer().count()).isEqualTo(2);
        var chrome = registry.get("frontwire.chrome.removed").summary();
        assertThat(chrome.count()).isEqualTo(2);
        assertThat(chrome.max()).isGreaterThan(0.0).isLessThan(1.0);

        for (String topic : List.of(TOPICS.articlesTopic(), TOPICS.otherArticlesTopic())) {
            TopologyDrivers.articles(driver, topic).readRecordsToList()
                    .forEach(r -> assertThat(r.headers().lastHeader(PageTextLength.HEADER)).isNull());
        }
    }

    @Test
    void deadLetterStageIsReadLeniently() {
        assertThat(CountDeadLetter.stageOf("{\"stage\":\"extract\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo("extract");
        assertThat(CountDeadLetter.stageOf("garbage".getBytes(StandardCharsets.UTF_8))).isEqualTo("unknown");
        assertThat(CountDeadLetter.stageOf(null)).isEqualTo("unknown");
    }
}
