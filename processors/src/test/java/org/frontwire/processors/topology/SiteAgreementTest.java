package org.frontwire.processors.topology;

import org.frontwire.config.ConfigKeys;
import org.frontwire.config.ConfigValues;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;
import org.frontwire.records.SitePartitioner;
import org.frontwire.records.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One site per page, decided at ingest: the producer's partition, the processor's repartition by site and the
 * site-memory key agree, for a cross-host redirect, for local files and for a version-1 record without a site.
 */
class SiteAgreementTest {
    private static final ProcessorSettings TOPICS = ProcessorSettings.from(ConfigValues.defaults().with(ConfigKeys.PROCESSOR_REPARTITION_BY_SITE, "true"));
    private static final int PARTITIONS = 12;
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private KeyValueStore<String, byte[]> memories;

    @BeforeEach
    void start() {
        driver = TopologyDrivers.start("site-agreement-test", TOPICS, ArticlePipeline.createDefault(), stateDir, Map.of());
        raw = TopologyDrivers.rawPages(driver, TOPICS);
        memories = driver.getKeyValueStore(ArticleFlow.SITE_MEMORY_STORE);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aCrossHostRedirectBelongsToTheSiteThatWasRequested() {
        RawPage redirected = new RawPage(RawPage.SCHEMA_VERSION, "https://short.example/x", "https://news.example/story",
                "test", AT, 200, "text/html", "UTF-8", TestPages.MATCH_PAGE, null, null, null, null);

        assertThat(redirected.site()).isEqualTo("short.example");
        assertAgree(redirected, "short.example");
        assertThat(memories.get("news.example")).as("no memory under the final URL's host").isNull();
    }

    @Test
    void localFilesOfOneOutletAreOneSiteWithTheOutletsPagesFromTheWeb() {
        String canonical = "<link rel=\"canonical\" href=\"https://www.outlet.example/derby\">";
        RawPage saved = RawPage.ofText("file:///saved/outlet/derby.html", "folder", "text/html",
                TestPages.MATCH_PAGE.replace("<head>", "<head>" + canonical), AT);
        RawPage fetched = RawPage.ofText("https://outlet.example/other", "feed", "text/html", TestPages.MATCH_PAGE, AT);

        assertAgree(saved, "outlet.example");
        assertAgree(fetched, "outlet.example");
    }

    @Test
    void localFilesWithoutALinkAreTheSiteOfTheirFolder() {
        RawPage first = RawPage.ofText("file:///saved/outlet/a.html", "folder", "text/html", TestPages.MATCH_PAGE, AT);
        RawPage second = RawPage.ofText("file:///saved/outlet/b.html", "folder", "text/html", TestPages.WAR_PAGE, AT);

        assertAgree(first, "file:///saved/outlet/");
        assertAgree(second, "file:///saved/outlet/");
    }

    @Test
    void aVersionOneRecordWithoutASiteIsKeyedByTheSiteDerivedTheSameWay() {
        String v1 = "{\"schemaVersion\":1,\"url\":\"https://www.short.example/y\",\"finalUrl\":\"https://news.example/y\","
                + "\"fetchedAt\":\"2026-11-20T10:00:00Z\",\"httpStatus\":200,\"contentType\":\"text/html\",\"body\":"
                + Json.toString(TestPages.MATCH_PAGE) + "}";
        raw.pipeInput("https://www.short.example/y".getBytes(StandardCharsets.UTF_8), v1.getBytes(StandardCharsets.UTF_8));

        assertThat(memories.get("short.example")).isNotNull();
        assertThat(memories.get("news.example")).isNull();
        assertThat(producerPartition("https://www.short.example/y", null))
                .as("an old producer of bytes placed it by the URL key").isEqualTo(Sites.partitionOf("short.example", PARTITIONS));
    }

    /** The page's producer partition, repartition and store key all follow {@code site}. */
    private void assertAgree(RawPage page, String site) {
        int partition = Sites.partitionOf(site, PARTITIONS);
        assertThat(producerPartition(page.url(), page)).as("producer partition").isEqualTo(partition);
        assertThat(new BySitePartitioner().partitions(TOPICS.rawPagesTopic(), null, page, PARTITIONS))
                .as("repartition by site").contains(Set.of(partition));

        raw.pipeInput(page.url().getBytes(StandardCharsets.UTF_8), Json.toBytes(page));
        assertThat(memories.get(site)).as("site memory keyed " + site).isNotNull();
    }

    private static int producerPartition(String key, RawPage value) {
        Node node = new Node(0, "localhost", 9092);
        List<PartitionInfo> partitions = IntStream.range(0, PARTITIONS)
                .mapToObj(p -> new PartitionInfo("raw", p, node, new Node[] {node}, new Node[] {node})).toList();
        try (SitePartitioner partitioner = new SitePartitioner()) {
            return partitioner.partition("raw", key, null, value, null,
                    new Cluster("c", List.of(node), partitions, Set.of(), Set.of()));
        }
    }
}
