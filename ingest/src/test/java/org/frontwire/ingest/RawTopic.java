package org.frontwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;
import org.frontwire.records.Sites;

/** What the ingest published, read back in tests. */
final class RawTopic {
    private RawTopic() {}

    /**
     * Reads the topic from the start until at least {@code expected} records arrived and no more come; checks each
     * record is keyed by its page's URL and sits in its site's partition.
     */
    static List<RawPage> readAll(Map<String, Object> kafkaConfig, String topic, int expected, Duration timeout) {
        Map<String, Object> c = new HashMap<>(kafkaConfig);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<RawPage> pages = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            int quietPolls = 0;
            while (System.nanoTime() < deadline && (pages.size() < expected || quietPolls < 3)) {
                var records = consumer.poll(Duration.ofMillis(300));
                quietPolls = records.isEmpty() ? quietPolls + 1 : 0;
                for (ConsumerRecord<String, byte[]> r : records) {
                    try {
                        RawPage page = Json.fromBytes(r.value(), RawPage.class);
                        assertThat(r.key()).isEqualTo(page.url());
                        assertThat(page.site()).as("site decided at ingest").isNotNull();
                        assertThat(r.partition()).isEqualTo(Sites.partitionOf(page.site(), partitions.size()));
                        pages.add(page);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return pages;
    }
}
