package org.frontwire.processors.topology;

import static org.frontwire.config.ConfigKeys.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.frontwire.config.ConfigValues;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.Article;
import org.frontwire.records.DeadLetter;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessorTopologyTest {
    private static final ProcessorSettings TOPICS = ProcessorSettings.defaults();


    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<String, Article> other;
    private TestOutputTopic<byte[], DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        start(TOPICS);
    }

    private void start(ProcessorSettings settings) {
        driver = TopologyDrivers.start("topology-test", settings, ArticlePipeline.createDefault(), stateDir, Map.of());
        raw = TopologyDrivers.rawPages(driver, TOPICS);
        articles = TopologyDrivers.articles(driver, TOPICS.articlesTopic());
        other = TopologyDrivers.articles(driver, TOPICS.otherArticlesTopic());
        deadLetters = TopologyDrivers.deadLetters(driver, TOPICS);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void conflictArticleIsKeyedByItsTopicSlug() throws Exception {
        publish(page("https://caucasus.example/world/shelling", TestPages.WAR_PAGE));

        List<TestRecord<String, Article>> out = articles.readRecordsToList();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).key()).isEqualTo("armenia-azerbaijan");
        Article article = out.get(0).value();
        assertThat(article.topic()).isEqualTo("armenia-azerbaijan");
        assertThat(article.url()).isEqualTo("https://caucasus.example/world/shelling");
        assertThat(article.text()).contains("line of contact").doesNotContain("© The Caucasus Wire");
        assertThat(article.topics()).extracting(t -> t.id()).contains("armenia-azerbaijan");
        assertThat(article.schemaVersion()).isEqualTo(Article.SCHEMA_VERSION);
        assertThat(article.processorVersion()).isNotBlank();
        assertThat(other.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void articleAboutNoConflictGoesToOtherKeyedNone() throws Exception {
        publish(page("https://sport.example/derby", TestPages.MATCH_PAGE));

        TestRecord<String, Article> record = other.readRecord();
        assertThat(record.key()).isEqualTo("none");
        assertThat(record.value().title()).isEqualTo("Late goal settles the derby at the city stadium");
        assertThat(articles.isEmpty()).isTrue();
    }

    @Test
    void invalidJsonBecomesADeadLetterWithTheOriginalRecordAndTheStreamGoesOn() throws Exception {
        raw.pipeInput("bad-key".getBytes(StandardCharsets.UTF_8), "{not json".getBytes(StandardCharsets.UTF_8));
        publish(page("https://sport.example/derby", TestPages.MATCH_PAGE));

        TestRecord<byte[], DeadLetter> record = deadLetters.readRecord();
        DeadLetter dead = record.value();
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("bad-key");
        assertThat(dead.key()).isEqualTo("bad-key");
        assertThat(dead.value()).isEqualTo("{not json");
        assertThat(dead.stage()).isEqualTo("deserialize");
        assertThat(dead.message()).isNotBlank();
        assertThat(dead.sourceTopic()).isEqualTo(TOPICS.rawPagesTopic());
        assertThat(other.readValuesToList()).hasSize(1);
    }

    @Test
    void tombstoneBecomesADeadLetter() throws Exception {
        raw.pipeInput("gone".getBytes(StandardCharsets.UTF_8), (byte[]) null);

        DeadLetter dead = deadLetters.readValue();
        assertThat(dead.message()).contains("tombstone");
        assertThat(dead.value()).isNull();
    }

    @Test
    void binaryValueIsKeptInBase64() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, (byte) 0xff, (byte) 0xfe};
        raw.pipeInput("img".getBytes(StandardCharsets.UTF_8), png);

        DeadLetter dead = deadLetters.readValue();
        assertThat(java.util.Base64.getDecoder().decode(dead.valueBase64())).isEqualTo(png);
    }

    @Test
    void pageWithoutBodyOrUrlIsADeadLetter() throws Exception {
        publish(new RawPage(1, "https://x.example/a", null, "test", Instant.now(), 200, "text/html", "UTF-8", null,
                null, null, null, null));
        publish(new RawPage(1, null, null, "test", Instant.now(), 200, "text/html", "UTF-8", "<p>text</p>",
                null, null, null, null));
        publish(page("https://x.example/empty", "   "));

        List<DeadLetter> dead = deadLetters.readValuesToList();
        assertThat(dead).extracting(DeadLetter::message)
                .containsExactly("the raw page has no body", "the raw page has no url", "the page has no body");
        assertThat(dead.get(2).stage()).isEqualTo("extract");
        assertThat(dead.get(2).value()).contains("https://x.example/empty");
    }

    @Test
    void pagesAreGroupedBySiteForTemplateLearning() {
        publish(page("https://sport.example/derby", TestPages.MATCH_PAGE));
        publish(page("https://caucasus.example/world/shelling", TestPages.WAR_PAGE));

        var store = driver.<String, byte[]>getKeyValueStore(ArticleFlow.SITE_MEMORY_STORE);
        assertThat(store.get("sport.example")).isNotNull();
        assertThat(store.get("caucasus.example")).isNotNull();
    }

    @Test
    void rawPagesPartitionedBySiteAtTheProducerAreNotRepartitioned() throws Exception {
        assertThat(ProcessorTopology.build(TOPICS, ArticlePipeline.createDefault()).describe().toString())
                .doesNotContain(ArticleFlow.BY_SITE_REPARTITION);

        publish(page("https://x.example/empty", "   "));

        TestRecord<byte[], DeadLetter> record = deadLetters.readRecord();
        DeadLetter dead = record.value();
        assertThat(dead.stage()).isEqualTo("extract");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("https://x.example/empty");
        assertThat(dead.key()).isEqualTo("https://x.example/empty");
        assertThat(dead.sourceTopic()).isEqualTo(TOPICS.rawPagesTopic());
    }

    @Test
    void repartitionsBySiteWhenAskedAndStillKeysDeadLettersByUrl() throws Exception {
        driver.close();
        ProcessorSettings repartitioning = ProcessorSettings.from(ConfigValues.defaults().with(PROCESSOR_REPARTITION_BY_SITE, "true"));
        assertThat(ProcessorTopology.build(repartitioning, ArticlePipeline.createDefault()).describe().toString())
                .contains(ArticleFlow.BY_SITE_REPARTITION);
        start(repartitioning);

        publish(page("https://sport.example/derby", TestPages.MATCH_PAGE));
        publish(page("https://caucasus.example/world/shelling", TestPages.WAR_PAGE));
        publish(page("https://x.example/empty", "   "));

        assertThat(articles.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("armenia-azerbaijan");
        assertThat(other.readKeyValuesToList()).hasSize(1);
        TestRecord<byte[], DeadLetter> record = deadLetters.readRecord();
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("https://x.example/empty");
        assertThat(record.value().stage()).isEqualTo("extract");
        var store = driver.<String, byte[]>getKeyValueStore(ArticleFlow.SITE_MEMORY_STORE);
        assertThat(store.get("sport.example")).isNotNull();
        assertThat(store.get("caucasus.example")).isNotNull();
    }

    private static RawPage page(String url, String html) {
        return RawPage.ofText(url, "test", "text/html", html, Instant.parse("2026-11-20T10:00:00Z"));
    }

    private void publish(RawPage page) {
        raw.pipeInput(page.url() == null ? null : page.url().getBytes(StandardCharsets.UTF_8), Json.toBytes(page));
    }
}
