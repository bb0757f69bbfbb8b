package org.frontwire.config;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the topics that do not exist yet, all alike whichever service starts first. */
public final class TopicSetup {
    private TopicSetup() {}

    /** As {@link #ensure(Admin, TopicSettings, Collection, Duration)} with an admin client of its own. */
    public static void ensure(Map<String, Object> clientConfig, TopicSettings settings, Collection<FrontwireTopic> topics,
                              Duration timeout) {
        Map<String, Object> config = new HashMap<>();
        clientConfig.forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(k)) {
                config.put(k, v);
            }
        });
        try (Admin admin = Admin.create(config)) {
            ensure(admin, settings, topics, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("could not create the topics: no answer from Kafka within " + timeout.toSeconds() + " s", e);
        }
    }

    /**
     * @throws TimeoutException      when the cluster does not answer within {@code timeout}
     * @throws IllegalStateException when the cluster refuses to create a topic
     */
    public static void ensure(Admin admin, TopicSettings settings, Collection<FrontwireTopic> topics, Duration timeout)
            throws InterruptedException, TimeoutException {
        ensure(admin, topics.stream().map(settings::newTopic).toList(), timeout);
    }

    /** Creates those of {@code topics} that do not exist yet. */
    public static void ensure(Admin admin, List<NewTopic> topics, Duration timeout) throws InterruptedException, TimeoutException {
        try {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create the topics: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }
}
