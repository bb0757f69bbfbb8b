package org.frontwire.ingest.metrics;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.frontwire.observability.Readiness;

/**
 * Whether the Kafka cluster answers: one {@code describeCluster} call with a short timeout, its answer kept for a
 * moment so frequent health checks do not load the broker.
 */
public final class BrokerProbe implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Duration KEEP = Duration.ofSeconds(2);

    private final Admin admin;
    private Readiness last;
    private long lastAt;

    public BrokerProbe(Map<String, Object> kafkaClientConfig) {
        Map<String, Object> config = new HashMap<>(kafkaClientConfig);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "frontwire-ingest-health");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
        this.admin = Admin.create(config);
    }

    public synchronized Readiness check() {
        long now = System.nanoTime();
        if (last != null && now - lastAt < KEEP.toNanos()) {
            return last;
        }
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            last = nodes > 0 ? new Readiness(true, "broker reachable (" + nodes + " node" + (nodes == 1 ? "" : "s") + ")")
                    : new Readiness(false, "broker answered without nodes");
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            last = new Readiness(false, "broker unreachable: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Readiness(false, "interrupted");
        }
        lastAt = now;
        return last;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
