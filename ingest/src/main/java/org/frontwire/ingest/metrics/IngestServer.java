package org.frontwire.ingest.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.frontwire.observability.KafkaReachability;
import org.frontwire.observability.MetricsServer;
import org.frontwire.observability.PrometheusMetrics;
import org.frontwire.observability.Readiness;

/**
 * The ingest service's HTTP endpoints: {@code /metrics} (the {@link IngestMetrics} meters, JVM meters),
 * {@code /health/live}, and {@code /health/ready}, ready once the ingest has started (seen-URL store loaded,
 * producer created) and the Kafka cluster answers.
 */
public final class IngestServer implements AutoCloseable {
    private static final Duration BROKER_CHECK = Duration.ofSeconds(5);

    private final KafkaReachability broker;
    private final BooleanSupplier started;
    private final MetricsServer http;

    private IngestServer(String bindAddress, int port, PrometheusMetrics metrics, Map<String, Object> kafkaClientConfig, BooleanSupplier started) {
        this.broker = KafkaReachability.start(kafkaClientConfig, "frontwire-ingest-health", BROKER_CHECK);
        this.started = started;
        try {
            this.http = MetricsServer.start(bindAddress, port, metrics, this::readiness);
        } catch (IllegalStateException e) {
            broker.close();
            throw e;
        }
    }

    /**
     * @param bindAddress interface to listen on ({@code http.bind-address}); there is no authentication
     * @param started     whether the ingest is up (its constructor, which reads the seen-URL topic, has returned)
     * @throws IllegalStateException when the port cannot be bound
     */
    public static IngestServer start(String bindAddress, int port, PrometheusMetrics metrics,
                                     Map<String, Object> kafkaClientConfig, BooleanSupplier started) {
        return new IngestServer(bindAddress, port, metrics, kafkaClientConfig, started);
    }

    public Readiness readiness() {
        if (!started.getAsBoolean()) {
            return new Readiness(false, "starting (reading the seen-URL topic)");
        }
        return broker.readiness();
    }

    public int port() {
        return http.port();
    }

    /** The address and port listened on. */
    public java.net.InetSocketAddress address() {
        return http.address();
    }

    @Override
    public void close() {
        http.close();
        broker.close();
    }
}
