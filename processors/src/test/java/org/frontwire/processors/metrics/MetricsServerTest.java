package org.frontwire.processors.metrics;

import org.frontwire.observability.MetricsServer;
import org.frontwire.observability.PrometheusMetrics;
import org.frontwire.observability.Readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MetricsServerTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(MetricsServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesPrometheusMetricsLivenessAndReadiness() throws Exception {
        AtomicReference<Readiness> readiness = new AtomicReference<>(new Readiness(false, "REBALANCING"));
        try (PrometheusMetrics metrics = new PrometheusMetrics("test");
             MetricsServer server = MetricsServer.start(0, metrics, readiness::get)) {
            new PipelineMetrics(metrics.registry()).deadLetter("extract");

            HttpResponse<String> scrape = get(server, "/metrics");
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(scrape.body()).contains("frontwire_dead_letters_total{service=\"test\",stage=\"extract\"} 1.0")
                    .contains("jvm_memory_used_bytes");

            assertThat(get(server, "/health/live").statusCode()).isEqualTo(200);
            HttpResponse<String> notReady = get(server, "/health/ready");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).contains("REBALANCING");
            readiness.set(new Readiness(true, "RUNNING"));
            assertThat(get(server, "/health/ready").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anUnusablePortIsAClearError() throws Exception {
        try (PrometheusMetrics metrics = new PrometheusMetrics("test");
             MetricsServer first = MetricsServer.start(0, metrics, () -> new Readiness(true, "x"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> MetricsServer.start(first.port(), metrics, () -> new Readiness(true, "x")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("port " + first.port());
        }
    }
}
