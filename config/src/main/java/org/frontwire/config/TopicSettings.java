package org.frontwire.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The name of every {@link FrontwireTopic} and how the topics are created.
 *
 * @param partitions        partitions of every created topic (more partitions, more instances can share the work)
 * @param replicationFactor copies of every partition
 * @param retentionHours    how long the non-compacted topics keep records; -1 = forever
 * @param names             the configured name of each topic
 */
public record TopicSettings(int partitions, short replicationFactor, long retentionHours, Map<FrontwireTopic, String> names) {
    /** Largest record the topics accept (pages up to ingest.max-body-bytes, with headers and metadata). */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    public TopicSettings {
        names = Collections.unmodifiableMap(new EnumMap<>(names));
    }

    public static TopicSettings from(ConfigValues config) {
        Map<FrontwireTopic, String> names = new EnumMap<>(FrontwireTopic.class);
        for (FrontwireTopic t : FrontwireTopic.values()) {
            String name = config.get(t.nameKey());
            if (name.isBlank()) {
                throw new IllegalArgumentException(t.nameKey() + " must name a topic");
            }
            names.put(t, name);
        }
        int partitions = config.getInt(ConfigKeys.TOPICS_PARTITIONS);
        int replication = config.getInt(ConfigKeys.TOPICS_REPLICATION_FACTOR);
        if (partitions < 1 || replication < 1 || replication > Short.MAX_VALUE) {
            throw new IllegalArgumentException(ConfigKeys.TOPICS_PARTITIONS + " and " + ConfigKeys.TOPICS_REPLICATION_FACTOR
                    + " must be at least 1");
        }
        return new TopicSettings(partitions, (short) replication, config.getLong(ConfigKeys.TOPICS_RETENTION_HOURS), names);
    }

    public String name(FrontwireTopic topic) {
        return names.get(topic);
    }

    /** The topic as created: partitions, replication, retention or compaction, record size limit. */
    public NewTopic newTopic(FrontwireTopic topic) {
        return newTopic(name(topic), topic.compacted());
    }

    /** A topic of Frontwire's that is not in {@link FrontwireTopic} (the per-conflict topics), created alike. */
    public NewTopic newTopic(String name, boolean compacted) {
        Map<String, String> configs = compacted
                ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES))
                : Map.of(TopicConfig.RETENTION_MS_CONFIG,
                        retentionHours < 0 ? "-1" : String.valueOf(TimeUnit.HOURS.toMillis(retentionHours)),
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES));
        return new NewTopic(name, partitions, replicationFactor).configs(configs);
    }
}
