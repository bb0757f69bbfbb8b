package org.frontwire.ingest.metrics;

import static org.frontwire.config.ConfigKeys.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.frontwire.config.ConfigValues;
import org.frontwire.config.FrontwireTopic;
import org.frontwire.broker.EmbeddedKafka;
import org.frontwire.ingest.IngestReport;
import org.frontwire.ingest.IngestSettings;
import org.frontwire.ingest.Ingestor;
import org.frontwire.ingest.TestWeb;
import org.frontwire.observability.PrometheusMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest against real local web servers (three loopback hosts) and a real embedded broker, with its metrics served
 * over HTTP: the counters by reason and host have the values of what happened, and the health endpoints answer.
 */
class IngestServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void servesCountersByReasonAndHostAndHealth() throws Exception {
        String page1 = TestWeb.html("One", "first story");
        String page2 = TestWeb.html("Two", "second story");
        String tagged = TestWeb.html("Tagged", "a page with an ETag");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"));
             TestWeb a = new TestWeb("127.0.0.1"); TestWeb b = new TestWeb("127.0.0.2"); TestWeb c = new TestWeb("127.0.0.3");
             PrometheusMetrics prometheus = new PrometheusMetrics("ingest")) {
            a.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
            a.page("/1", "text/html", page1);
            a.page("/2", "text/html", page2);
            a.on("/tagged", ex -> {
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    TestWeb.send(ex, 304, null, new byte[0]);
                } else {
                    TestWeb.send(ex, 200, "text/html", tagged.getBytes(StandardCharsets.UTF_8));
                }
            });
            a.page("/private/secret", "text/html", TestWeb.html("Secret", "never fetched"));
            a.page("/doc.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
            for (TestWeb web : List.of(b, c)) {
                web.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
                web.page("/1", "text/html", page1);
            }
            Path seeds = Files.writeString(dir.resolve("a.urls"), String.join("\n", a.url("/1"), a.url("/2"),
                    a.url("/tagged"), a.url("/private/secret"), a.url("/doc.pdf"), a.url("/missing")) + "\n");

            IngestSettings settings = IngestSettings.from(ConfigValues.defaults()
                    .with(FrontwireTopic.RAW_PAGES.nameKey(), "metrics.raw").with(FrontwireTopic.INGEST_SEEN.nameKey(), "metrics.seen")
                    .with(FrontwireTopic.INGEST_FRONTIER.nameKey(), "metrics.frontier").with(INGEST_CONSUMER_GROUP, "metrics-ingest")
                    .with(INGEST_ALLOW_PRIVATE_ADDRESSES, "true").with(INGEST_POLITENESS_DELAY_MS, "0")
                    .with(INGEST_CONNECT_TIMEOUT_MS, "2000").with(INGEST_READ_TIMEOUT_MS, "5000")
                    .with(INGEST_MAX_RETRIES, "0").with(INGEST_RETRY_BACKOFF_MS, "10"));
            Map<String, Object> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
            AtomicBoolean started = new AtomicBoolean();
            try (IngestServer server = IngestServer.start(settings.httpBindAddress(), 0, prometheus, client, started::get)) {
                assertThat(get(server, "/health/live").statusCode()).isEqualTo(200);
                HttpResponse<String> starting = get(server, "/health/ready");
                assertThat(starting.statusCode()).isEqualTo(503);
                assertThat(starting.body()).startsWith("NOT READY starting");

                IngestMetrics metrics = new IngestMetrics(prometheus.registry(), 2);
                try (Ingestor ingestor = new Ingestor(settings, client, org.frontwire.ingest.fetch.HostResolver.SYSTEM, metrics)) {
                    started.set(true);
                    IngestReport first = ingestor.ingestOnce(List.of(seeds.toString()));
                    assertThat(first.published()).isEqualTo(3);
                    IngestReport second = ingestor.ingestOnce(List.of(seeds.toString()));
                    assertThat(second.published()).isZero();
                    assertThat(second.unchanged()).isEqualTo(3);
                    assertThat(ingestor.ingestOnce(List.of(b.url("/1"))).published()).isEqualTo(1);
                    assertThat(ingestor.ingestOnce(List.of(c.url("/1"))).published()).isEqualTo(1);
                }

                HttpResponse<String> ready = get(server, "/health/ready");
                assertThat(ready.statusCode()).isEqualTo(200);
                assertThat(ready.body()).startsWith("READY broker reachable");

                String scrape = get(server, "/metrics").body();
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target", "ingest-metrics.txt"), scrape);
                String h1 = "host=\"127.0.0.1\"";
                assertThat(scrape)
                        .contains("frontwire_ingest_pages_fetched_total{" + h1 + ",service=\"ingest\"} 5.0")
                        .contains("frontwire_ingest_pages_published_total{" + h1 + ",service=\"ingest\"} 3.0")
                        .contains("frontwire_ingest_pages_refused_total{" + h1 + ",reason=\"robots\",service=\"ingest\"} 2.0")
                        .contains("frontwire_ingest_pages_refused_total{" + h1 + ",reason=\"content_type\",service=\"ingest\"} 2.0")
                        .contains("frontwire_ingest_pages_failed_total{" + h1 + ",reason=\"http_404\",service=\"ingest\"} 2.0")
                        .contains("frontwire_ingest_pages_unchanged_total{" + h1 + ",reason=\"seen\",service=\"ingest\"} 2.0")
                        .contains("frontwire_ingest_pages_unchanged_total{" + h1 + ",reason=\"not_modified\",service=\"ingest\"} 1.0")
                        .contains("frontwire_ingest_fetched_bytes_total{" + h1 + ",service=\"ingest\"} "
                                + (double) (2 * page1.length() + 2 * page2.length() + tagged.length()))
                        // the host cap is 2: the third host is counted as "other"
                        .contains("frontwire_ingest_pages_published_total{host=\"127.0.0.2\",service=\"ingest\"} 1.0")
                        .contains("frontwire_ingest_pages_published_total{host=\"other\",service=\"ingest\"} 1.0")
                        .doesNotContain("127.0.0.3")
                        .contains("frontwire_ingest_fetch_seconds_count{outcome=\"fetched\",service=\"ingest\"} 7")
                        .contains("frontwire_ingest_fetch_seconds_bucket{outcome=\"refused\"")
                        .contains("jvm_memory_used_bytes");
            }
        }
    }

    @Test
    void notReadyWhenTheBrokerIsUnreachable() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (PrometheusMetrics prometheus = new PrometheusMetrics("ingest");
             IngestServer server = IngestServer.start(IngestSettings.defaults().httpBindAddress(), 0, prometheus,
                     Map.of("bootstrap.servers", "127.0.0.1:" + closedPort), () -> true)) {
            HttpResponse<String> ready = get(server, "/health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).startsWith("NOT READY broker unreachable");
            assertThat(get(server, "/health/live").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void listensOnTheLoopbackInterfaceByDefault() throws Exception {
        try (PrometheusMetrics prometheus = new PrometheusMetrics("ingest");
             IngestServer server = IngestServer.start(IngestSettings.defaults().httpBindAddress(), 0, prometheus,
                     Map.of("bootstrap.servers", "127.0.0.1:9"), () -> true)) {
            assertThat(server.address().getAddress().isLoopbackAddress()).as(server.address().toString()).isTrue();
        }
    }

    private static HttpResponse<String> get(IngestServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
