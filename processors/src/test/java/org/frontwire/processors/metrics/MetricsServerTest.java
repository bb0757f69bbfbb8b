package org.frontwire.processors.metrics;

import org.frontwire.observability.MetricsServer;
import org.frontwire.observability.PrometheusMetrics;
import org.frontwire.observability.Readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.frontwire.processors.topology.ProcessorSettings;
import org.junit.jupiter.api.Test;

class MetricsServerTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(MetricsServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesPrometheusMetricsLivenessAndReadiness() throws Exception {
        AtomicReference<Readiness> readiness = new AtomicReference<>(new Readiness(false, "REBALANCING"));
        try (PrometheusMetrics metrics = new PrometheusMetrics("test");
             MetricsServer server = MetricsServer.start("127.0.0.1", 0, metrics, readiness::get)) {
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
             MetricsServer first = MetricsServer.start("127.0.0.1", 0, metrics, () -> new Readiness(true, "x"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> MetricsServer.start("127.0.0.1", first.port(), metrics, () -> new Readiness(true, "x")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("port " + first.port());
        }
    }

    @Test
    void theDefaultBindAddressServesThisMachineOnly() throws Exception {
        try (PrometheusMetrics metrics = new PrometheusMetrics("test");
             MetricsServer server = MetricsServer.start(ProcessorSettings.defaults().httpBindAddress(), 0, metrics,
                     () -> new Readiness(true, "x"))) {
            assertThat(server.address().getAddress().isLoopbackAddress()).as(server.address().toString()).isTrue();
            assertThat(get(server, "/health/live").statusCode()).isEqualTo(200);
            Optional<InetAddress> external = externalAddress();
            if (external.isPresent()) {
                assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(external.get(), server.port()), 2000);
                    }
                }).as("connecting via " + external.get()).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void anUnknownBindAddressIsAClearError() throws Exception {
        try (PrometheusMetrics metrics = new PrometheusMetrics("test")) {
            assertThatThrownBy(() -> MetricsServer.start("no-such-host.invalid", 0, metrics, () -> new Readiness(true, "x")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-host.invalid");
        }
    }

    /** An IPv4 address of this machine that is not loopback, if it has one. */
    private static Optional<InetAddress> externalAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                        return Optional.of(a);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
