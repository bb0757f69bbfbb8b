package org.frontwire.cli.kafka;

import java.util.List;
import org.frontwire.cli.wiring.ServiceFactory;
import org.frontwire.processors.conflicttopics.ConflictTopicSettings;
import org.frontwire.processors.conflicttopics.ConflictTopics;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.frontwire.broker.EmbeddedKafka;
import org.frontwire.cli.config.FrontwireConfig;
import org.frontwire.config.FrontwireTopic;
import org.frontwire.config.TopicSetup;

/**
 * The Kafka the commands talk to: the cluster given by {@code kafka.bootstrap.servers}, or the embedded
 * single-node broker in {@code data.dir/kafka}, started here and stopped on {@link #close()}.
 */
public final class KafkaSession implements AutoCloseable {
    private static final Duration REACH_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(5);

    private final FrontwireConfig config;
    private final EmbeddedKafka embedded;
    private final String bootstrapServers;

    private KafkaSession(FrontwireConfig config, EmbeddedKafka embedded, String bootstrapServers) {
        this.config = config;
        this.embedded = embedded;
        this.bootstrapServers = bootstrapServers;
    }

    /** Connects to the configured cluster, or starts the embedded broker; fails with a clear message if unreachable. */
    public static KafkaSession open(FrontwireConfig config, java.io.PrintStream log) {
        String servers = config.bootstrapServers();
        if (servers.isBlank()) {
            java.util.Optional<String> running = EmbeddedKafka.runningAt(config.dataDir().resolve("kafka"));
            if (running.isPresent()) {
                log.println("using the embedded Kafka broker already running at " + running.get());
                KafkaSession session = new KafkaSession(config, null, running.get());
                session.checkReachable();
                return session;
            }
            log.println("starting the embedded Kafka broker in " + config.dataDir().resolve("kafka").toAbsolutePath() + " …");
            EmbeddedKafka kafka = EmbeddedKafka.start(config.dataDir().resolve("kafka"));
            log.println("embedded Kafka broker ready at " + kafka.bootstrapServers());
            return new KafkaSession(config, kafka, kafka.bootstrapServers());
        }
        KafkaSession session = new KafkaSession(config, null, servers);
        session.checkReachable();
        return session;
    }

    /**
     * As {@link #open}, but a configured cluster that does not answer is asked again every few seconds for up to
     * {@code kafka.startup-wait-seconds} (-1: forever), saying so each time: services start before their broker.
     */
    public static KafkaSession openWaiting(FrontwireConfig config, java.io.PrintStream log) throws InterruptedException {
        long waitSeconds = config.kafkaSettings().startupWaitSeconds();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
        while (true) {
            try {
                return open(config, log);
            } catch (KafkaUnreachableException e) {
                if (config.bootstrapServers().isBlank() || waitSeconds >= 0 && System.nanoTime() > deadline) {
                    throw e;
                }
                log.println(e.getMessage() + "; trying again in " + RETRY_PAUSE.toSeconds() + " s"
                        + (waitSeconds < 0 ? "" : " (giving up " + waitSeconds + " s after start, kafka.startup-wait-seconds)"));
                Thread.sleep(RETRY_PAUSE.toMillis());
            }
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public boolean embedded() {
        return embedded != null;
    }

    public EmbeddedKafka embeddedBroker() {
        return embedded;
    }

    /** Client settings for producers, consumers, admin and Streams: bootstrap servers plus pass-through keys. */
    public Map<String, Object> clientConfig() {
        Map<String, Object> c = new HashMap<>(config.clientPassThrough());
        c.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return c;
    }

    public Admin admin() {
        Map<String, Object> c = clientConfig();
        c.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REACH_TIMEOUT.toMillis());
        c.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) REACH_TIMEOUT.toMillis());
        return Admin.create(c);
    }

    private void checkReachable() {
        try (Admin admin = admin()) {
            admin.describeCluster().clusterId().get(REACH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnreachableException(bootstrapServers, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnreachableException(bootstrapServers, e);
        }
    }

    /** Creates every topic of {@link FrontwireTopic} that does not exist yet. */
    public void createTopics() {
        try (Admin admin = admin()) {
            TopicSetup.ensure(admin, config.settings().topics(), EnumSet.allOf(FrontwireTopic.class), REACH_TIMEOUT);
            ConflictTopicSettings perConflict = config.processorSettings().conflictTopics();
            if (perConflict.enabled()) {
                List<String> slugs = ServiceFactory.classifier(config).taxonomy().topics();
                TopicSetup.ensure(admin, ConflictTopics.topicsFor(perConflict, slugs).stream()
                        .map(name -> config.settings().topics().newTopic(name, false)).toList(), REACH_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new KafkaUnreachableException(bootstrapServers, e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
