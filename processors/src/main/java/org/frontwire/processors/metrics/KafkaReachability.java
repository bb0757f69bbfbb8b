package org.frontwire.processors.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the cluster every few seconds whether it answers, and says so in one log line when it stops answering and
 * one when it is back: Kafka's clients retry by themselves, but quietly.
 */
public final class KafkaReachability implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaReachability.class);

    private final Admin admin;
    private final String servers;
    private final Duration timeout;
    private final ScheduledExecutorService timer;
    private volatile boolean reachable = true;
    private volatile Instant lostAt;

    private KafkaReachability(Admin admin, String servers, Duration every) {
        this.admin = admin;
        this.servers = servers;
        this.timeout = every.multipliedBy(4).dividedBy(5);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kafka-reachability");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts checking every {@code every}, with the connection settings (bootstrap servers, security) of the given client config. */
    public static KafkaReachability start(Properties clientConfig, Duration every) {
        Map<String, Object> config = new HashMap<>();
        clientConfig.forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(String.valueOf(k))) {
                config.put(String.valueOf(k), v);
            }
        });
        int millis = (int) every.toMillis();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "frontwire-reachability");
        KafkaReachability watch = new KafkaReachability(Admin.create(config),
                String.valueOf(config.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)), every);
        watch.timer.scheduleWithFixedDelay(watch::check, millis, millis, TimeUnit.MILLISECONDS);
        return watch;
    }

    public boolean reachable() {
        return reachable;
    }

    private void check() {
        String failure = null;
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .clusterId().get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            failure = e.getCause() != null ? e.getCause().getMessage() : e.toString();
        }
        if (failure != null && reachable) {
            reachable = false;
            lostAt = Instant.now();
            LOG.warn("Kafka at {} is unreachable ({}); processing waits and resumes by itself when the broker is back", servers, failure);
        } else if (failure == null && !reachable) {
            reachable = true;
            LOG.warn("Kafka at {} is reachable again after {} s; processing resumes", servers,
                    Duration.between(lostAt, Instant.now()).toSeconds());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        admin.close(Duration.ofSeconds(2));
    }
}
