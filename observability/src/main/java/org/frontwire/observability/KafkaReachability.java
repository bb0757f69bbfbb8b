package org.frontwire.observability;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the Kafka cluster answers a {@code describeCluster}: asked once at start, then every few seconds in the
 * background, so health checks read the last answer without loading the broker. Says so in one log line when the
 * cluster stops answering and one when it is back: Kafka's clients retry by themselves, but quietly.
 */
public final class KafkaReachability implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaReachability.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Admin admin;
    private final String servers;
    private final ScheduledExecutorService timer;
    private volatile Readiness last;
    private Instant lostAt;

    private KafkaReachability(Admin admin, String servers) {
        this.admin = admin;
        this.servers = servers;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kafka-reachability");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Asks now and then every {@code every}, with the connection settings (bootstrap servers, security) found in the
     * given client or Streams configuration; other keys are ignored.
     */
    public static KafkaReachability start(Map<?, ?> clientConfig, String clientId, Duration every) {
        Map<String, Object> config = new HashMap<>();
        clientConfig.forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(String.valueOf(k))) {
                config.put(String.valueOf(k), v);
            }
        });
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
        KafkaReachability watch = new KafkaReachability(Admin.create(config),
                String.valueOf(config.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)));
        watch.check();
        watch.timer.scheduleWithFixedDelay(watch::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return watch;
    }

    /** The last answer: {@code broker reachable (N nodes)} or {@code broker unreachable: why}. */
    public Readiness readiness() {
        return last;
    }

    public boolean reachable() {
        return last.ready();
    }

    private void check() {
        Readiness now;
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            now = nodes > 0 ? new Readiness(true, "broker reachable (" + nodes + " node" + (nodes == 1 ? "" : "s") + ")")
                    : new Readiness(false, "broker answered without nodes");
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            now = new Readiness(false, "broker unreachable: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        boolean was = last == null || last.ready();
        if (was && !now.ready()) {
            lostAt = Instant.now();
            LOG.warn("Kafka at {} is unreachable ({}); work waits and resumes by itself when the broker is back", servers, now.detail());
        } else if (!was && now.ready()) {
            LOG.warn("Kafka at {} is reachable again after {} s; work resumes", servers, Duration.between(lostAt, Instant.now()).toSeconds());
        }
        last = now;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        admin.close(Duration.ofSeconds(2));
    }
}
