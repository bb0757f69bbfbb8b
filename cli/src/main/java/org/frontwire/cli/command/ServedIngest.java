package org.frontwire.cli.command;

import java.util.concurrent.atomic.AtomicBoolean;
import org.frontwire.cli.config.FrontwireConfig;
import org.frontwire.cli.kafka.KafkaSession;
import org.frontwire.cli.wiring.ServiceFactory;
import org.frontwire.ingest.IngestSettings;
import org.frontwire.ingest.Ingestor;
import org.frontwire.ingest.fetch.HostResolver;
import org.frontwire.ingest.metrics.IngestMetrics;
import org.frontwire.ingest.metrics.IngestServer;
import org.frontwire.observability.PrometheusMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest with its meters and, on {@code ingest.http-port}, {@code /metrics}, {@code /health/live} and
 * {@code /health/ready}. The HTTP server starts before the ingest (which first reads the seen-URL topic), so
 * liveness answers at once and readiness says it is starting. A port that cannot be bound costs the endpoints, not
 * the ingest.
 */
final class ServedIngest implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServedIngest.class);

    private final PrometheusMetrics prometheus = new PrometheusMetrics("ingest");
    private final AtomicBoolean started = new AtomicBoolean();
    private IngestServer http;
    private Ingestor ingestor;

    private ServedIngest() {}

    static ServedIngest start(FrontwireConfig config, KafkaSession kafka, int httpPort) {
        ServedIngest self = new ServedIngest();
        IngestSettings settings = config.ingestSettings();
        try {
            if (httpPort > 0) {
                try {
                    self.http = IngestServer.start(settings.httpBindAddress(), httpPort, self.prometheus, kafka.clientConfig(), self.started::get);
                } catch (IllegalStateException e) {
                    LOG.error("no ingest metrics or health endpoints: {} (ingest.http-port / --http-port)", e.getMessage());
                }
            }
            IngestMetrics metrics = new IngestMetrics(self.prometheus.registry(), settings.metricsMaxHosts());
            self.ingestor = new Ingestor(settings, kafka.clientConfig(), HostResolver.SYSTEM, metrics);
            self.started.set(true);
            return self;
        } catch (RuntimeException e) {
            self.close();
            throw e;
        }
    }

    Ingestor ingestor() {
        return ingestor;
    }

    /** The port of the metrics and health server, or 0 when there is none. */
    int httpPort() {
        return http == null ? 0 : http.port();
    }

    void printEndpoints() {
        if (httpPort() > 0) {
            System.err.printf("ingest: metrics http://%s:%d/metrics, health /health/ready%n",
                    ServiceFactory.displayHost(http.address()), httpPort());
        }
    }

    @Override
    public void close() {
        if (ingestor != null) {
            ingestor.close();
        }
        if (http != null) {
            http.close();
        }
        prometheus.close();
    }
}
