package org.frontwire.processors.dashboard;

import static org.frontwire.config.ConfigKeys.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.frontwire.config.ConfigValues;
import org.frontwire.config.FrontwireTopic;
import org.frontwire.config.TopicSetup;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.frontwire.broker.EmbeddedKafka;
import org.frontwire.processors.ProcessorService;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.processors.topology.ProcessorSettings;
import org.frontwire.processors.topology.StreamsSettings;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor on a real broker processes the project's sample pages; its dashboard, opened in headless Chromium,
 * shows the chart and the latest articles. The screenshot is kept as {@code target/dashboard.png}.
 */
class DashboardBrowserIT {
    private static final ProcessorSettings TOPICS = ProcessorSettings.from(ConfigValues.defaults()
            .with(FrontwireTopic.RAW_PAGES.nameKey(), "dash.raw").with(FrontwireTopic.ARTICLES.nameKey(), "dash.articles")
            .with(FrontwireTopic.ARTICLES_OTHER.nameKey(), "dash.other").with(FrontwireTopic.DEAD_LETTER.nameKey(), "dash.dead")
            .with(PROCESSOR_APPLICATION_ID, "dashboard-it").with(PROCESSOR_THREADS, "1")
            .with(PROCESSOR_COMMIT_INTERVAL_MS, "100").with(TOPICS_PARTITIONS, "2"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;
    static ProcessorService processor;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        Map<String, Object> client = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            TopicSetup.ensure(admin, TOPICS.topics(), EnumSet.allOf(FrontwireTopic.class), Duration.ofSeconds(60));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        processor = new ProcessorService(TOPICS, ArticlePipeline.createDefault(), StreamsSettings.streamsConfig(client,
                TOPICS, dir.resolve("streams")), port);
        processor.start();
        assertThat(processor.awaitRunning(Duration.ofSeconds(90))).as("processor RUNNING").isTrue();
        base = "http://localhost:" + processor.httpPort();
    }

    @AfterAll
    static void stop() {
        if (processor != null) {
            processor.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void dashboardShowsTheChartAndTheLatestArticlesOfProcessedPages() throws Exception {
        List<Path> pages = samplePages();
        publish(pages);
        JsonNode view = awaitArticles(pages.size(), Duration.ofSeconds(90));

        Set<String> urls = new HashSet<>();
        Set<String> titles = new HashSet<>();
        view.get("latest").forEach(group -> group.get("articles").forEach(a -> {
            urls.add(a.get("url").asText());
            titles.add(a.hasNonNull("title") ? a.get("title").asText() : "(untitled)");
        }));
        assertThat(urls).containsExactlyInAnyOrderElementsOf(pages.stream().map(DashboardBrowserIT::urlOf).toList());
        long charted = 0;
        for (JsonNode series : view.get("series")) {
            charted += series.get("total").asLong();
        }
        assertThat(charted).isEqualTo(pages.size());

        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        HeadlessChromium chromium = HeadlessChromium.find(Files.createDirectories(dir.resolve("chromium"))).orElse(null);
        Assumptions.assumeTrue(chromium != null, "no chromium on this machine (apt-get install chromium)");

        String dom = chromium.dumpDom(base + "/", 8000);
        Files.writeString(target.resolve("dashboard-dom.html"), dom);
        assertThat(dom).contains("data-loaded=\"true\"").contains("id=\"articles-chart\"");
        String chart = dom.substring(dom.indexOf("id=\"articles-chart\""), dom.indexOf("</svg>", dom.indexOf("id=\"articles-chart\"")));
        assertThat(chart).contains("class=\"series\"").contains("<circle");
        for (String title : titles) {
            assertThat(dom).contains(escape(title));
        }
        for (String url : urls) {
            assertThat(url).startsWith("file:");
            assertThat(dom).as("only http(s) addresses are links").doesNotContain("href=\"" + escape(url) + "\"");
        }
        assertThat(dom).contains("Kafka Streams: RUNNING");

        Path png = target.resolve("dashboard.png");
        chromium.screenshot(base + "/", png, 1280, 900, 8000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a decodable PNG").isNotNull();
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(distinctColours(image)).as("colours in the screenshot").isGreaterThan(50);
    }

    @Test
    void metricsAndHealthAreServed() throws Exception {
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("RUNNING");
        String metrics = get("/metrics").body();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "metrics.txt"), metrics);
        assertThat(metrics).contains("frontwire_streams_state{service=\"processor\",state=\"RUNNING\"} 1")
                .contains("frontwire_raw_to_article_seconds").contains("frontwire_chrome_removed_ratio")
                .contains("kafka_consumer_").contains("jvm_memory_used_bytes");
        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
    }

    private static JsonNode awaitArticles(int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode view = null;
        while (System.nanoTime() < deadline) {
            view = Json.MAPPER.readTree(get("/api/dashboard").body());
            int latest = 0;
            for (JsonNode group : view.get("latest")) {
                latest += group.get("articles").size();
            }
            if (latest >= expected) {
                return view;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the dashboard did not show " + expected + " articles in " + timeout + ": " + view);
    }

    private static void publish(List<Path> pages) throws IOException {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Path page : pages) {
                String type = page.toString().endsWith(".txt") ? "text/plain" : "text/html";
                RawPage raw = RawPage.ofText(urlOf(page), "samples", type, Files.readString(page), Instant.now());
                producer.send(new ProducerRecord<>(TOPICS.rawPagesTopic(), raw.url().getBytes(StandardCharsets.UTF_8),
                        Json.toBytes(raw)));
            }
        }
    }

    private static String urlOf(Path page) {
        return page.toAbsolutePath().normalize().toUri().toString();
    }

    private static List<Path> samplePages() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("samples/pages"))) {
            here = here.getParent();
        }
        assertThat(here).as("samples/pages above the working directory").isNotNull();
        try (Stream<Path> files = Files.list(here.resolve("samples/pages"))) {
            return files.filter(f -> f.toString().toLowerCase(Locale.ROOT).matches(".*\\.(html|txt)")).sorted().toList();
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
