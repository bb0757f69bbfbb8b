package org.frontwire.cli.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Consumers that read output topics as downstream users must: committed records only, every partition assigned. */
public final class CommittedReader {
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration NEW_TOPIC_WAIT = Duration.ofSeconds(10);

    private CommittedReader() {}

    /** A group-less consumer with {@code read_committed} that takes records up to the pipeline's 16 MB limit. */
    public static KafkaConsumer<String, byte[]> open(Map<String, Object> clientConfig) {
        Map<String, Object> c = new HashMap<>(clientConfig);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        return new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Assigns every partition of the topics to the consumer and returns them; a topic without partitions is an error. */
    public static List<TopicPartition> assignAll(KafkaConsumer<?, ?> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = partitionsOf(consumer, topic);
            if (infos.isEmpty()) {
                throw new IllegalArgumentException("no such topic: " + topic);
            }
            infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        return partitions;
    }

    /** A topic created a moment ago may not be in the metadata of every broker yet: asked again until the timeout. */
    private static List<PartitionInfo> partitionsOf(KafkaConsumer<?, ?> consumer, String topic) {
        long deadline = System.nanoTime() + NEW_TOPIC_WAIT.toNanos();
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
            if (infos != null && !infos.isEmpty() || System.nanoTime() > deadline) {
                return infos == null ? List.of() : infos;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
    }
}
