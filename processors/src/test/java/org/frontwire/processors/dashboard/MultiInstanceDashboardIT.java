package org.frontwire.processors.dashboard;

import static org.frontwire.config.ConfigKeys.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.frontwire.config.ConfigValues;
import org.frontwire.config.FrontwireTopic;
import org.frontwire.config.TopicSetup;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.frontwire.broker.EmbeddedKafka;
import org.frontwire.processors.ProcessorService;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.processors.topology.ProcessorSettings;
import org.frontwire.processors.topology.StreamsSettings;
import org.frontwire.processors.topology.TestPages;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processor instances of one application in this JVM on a real broker, the input spread over four partitions
 * (twelve sites): each instance hosts only part of the dashboard stores, and both dashboards show the totals of all
 * partitions.
 */
class MultiInstanceDashboardIT {
    private static final ProcessorSettings TOPICS = ProcessorSettings.from(ConfigValues.defaults()
            .with(FrontwireTopic.RAW_PAGES.nameKey(), "multi.raw").with(FrontwireTopic.ARTICLES.nameKey(), "multi.articles")
            .with(FrontwireTopic.ARTICLES_OTHER.nameKey(), "multi.other").with(FrontwireTopic.DEAD_LETTER.nameKey(), "multi.dead")
            .with(PROCESSOR_APPLICATION_ID, "multi-dashboard-it").with(PROCESSOR_THREADS, "1")
            .with(PROCESSOR_COMMIT_INTERVAL_MS, "100").with(TOPICS_PARTITIONS, "4"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int SITES = 12;
    private static final int PAGES = 2 * SITES;

    @TempDir
    Path dir;

    @Test
    void bothDashboardsShowTheTotalsOfAllPartitions() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Map<String, Object> client = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            try (Admin admin = Admin.create(client)) {
                TopicSetup.ensure(admin, TOPICS.topics(), EnumSet.allOf(FrontwireTopic.class), Duration.ofSeconds(60));
            }
            int portA = freePort();
            int portB = freePort();
            try (ProcessorService a = instance(client, "a", portA); ProcessorService b = instance(client, "b", portB)) {
                a.start();
                b.start();
                assertThat(a.awaitRunning(Duration.ofSeconds(120))).as("instance a RUNNING").isTrue();
                assertThat(b.awaitRunning(Duration.ofSeconds(120))).as("instance b RUNNING").isTrue();
                publish(kafka.bootstrapServers());

                JsonNode viewA = awaitTotal(portA, "/api/dashboard", PAGES, 1, Duration.ofSeconds(120));
                JsonNode viewB = awaitTotal(portB, "/api/dashboard", PAGES, 1, Duration.ofSeconds(60));
                long localA = charted(get(portA, "/api/dashboard/local"));
                long localB = charted(get(portB, "/api/dashboard/local"));
                assertThat(localA).as("instance a hosts part of the partitions").isPositive().isLessThan(PAGES);
                assertThat(localB).as("instance b hosts the rest").isEqualTo(PAGES - localA);

                for (JsonNode view : List.of(viewA, viewB)) {
                    assertThat(charted(view)).isEqualTo(PAGES);
                    assertThat(view.get("stats").get("articles").asLong()).as("articles since start, all instances").isEqualTo(PAGES);
                    assertThat(view.get("deadLetters").get("deserialize").asLong()).isEqualTo(1);
                    assertThat(view.get("instances")).hasSize(2);
                    view.get("instances").forEach(i -> assertThat(i.get("error").isNull()).as(i.toString()).isTrue());
                    assertThat(latestCount(view)).as("the newest 10 of each of the two topics").isEqualTo(20);
                    assertThat(view.get("note").isNull()).as(view.get("note").toString()).isTrue();
                }
            }
        }
    }

    private ProcessorService instance(Map<String, Object> client, String name, int port) {
        Properties streams = StreamsSettings.streamsConfig(client, TOPICS, dir.resolve("streams-" + name));
        streams.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:" + port);
        return new ProcessorService(TOPICS, ArticlePipeline.createDefault(), streams, port);
    }

    /** Twelve sites, each with a page about a conflict and one about sport, and one record that is not JSON. */
    private static void publish(String bootstrap) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new ByteArraySerializer(), new ByteArraySerializer())) {
            List<RawPage> pages = new ArrayList<>();
            for (int i = 0; i < SITES; i++) {
                pages.add(RawPage.ofText("https://site" + i + ".example/war/" + i, "it", "text/html", TestPages.WAR_PAGE, Instant.now()));
                pages.add(RawPage.ofText("https://site" + i + ".example/sport/" + i, "it", "text/html", TestPages.MATCH_PAGE, Instant.now()));
            }
            for (RawPage raw : pages) {
                producer.send(new ProducerRecord<>(TOPICS.rawPagesTopic(), raw.url().getBytes(StandardCharsets.UTF_8), Json.toBytes(raw)));
            }
            producer.send(new ProducerRecord<>(TOPICS.rawPagesTopic(), "bad".getBytes(StandardCharsets.UTF_8),
                    "{not json".getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static JsonNode awaitTotal(int port, String path, long articles, long deadLetters, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode view = null;
        while (System.nanoTime() < deadline) {
            view = get(port, path);
            JsonNode dead = view.get("deadLetters");
            long deadTotal = 0;
            for (JsonNode n : dead) {
                deadTotal += n.asLong();
            }
            if (charted(view) >= articles && deadTotal >= deadLetters && view.get("stats").get("articles").asLong() >= articles) {
                return view;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(path + " on :" + port + " did not reach " + articles + " articles in " + timeout + ": " + view);
    }

    private static long charted(JsonNode view) {
        long total = 0;
        for (JsonNode series : view.get("series")) {
            total += series.get("total").asLong();
        }
        return total;
    }

    private static int latestCount(JsonNode view) {
        int n = 0;
        for (JsonNode group : view.get("latest")) {
            n += group.get("articles").size();
        }
        return n;
    }

    private static JsonNode get(int port, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
