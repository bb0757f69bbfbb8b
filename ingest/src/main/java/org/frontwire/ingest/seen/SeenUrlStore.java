package org.frontwire.ingest.seen;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontwire.records.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The URLs already published, kept in a compacted Kafka topic keyed by normalised URL and read back whole at
 * start-up, so that a restarted ingest does not publish an unchanged page again.
 */
public final class SeenUrlStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SeenUrlStore.class);

    private final String topic;
    private final Map<String, Object> clientConfig;
    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, SeenEntry> entries = new ConcurrentHashMap<>();

    public SeenUrlStore(Map<String, Object> clientConfig, String topic) {
        this.topic = topic;
        this.clientConfig = clientConfig;
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "frontwire-ingest-seen");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Reads the topic from the beginning to its current end. */
    public int load(Duration timeout) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "frontwire-ingest-seen-loader");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out reading the seen-URL topic " + topic);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    apply(record.key(), record.value());
                }
            }
        }
        LOG.info("seen-URL store: {} URLs read back from {}", entries.size(), topic);
        return entries.size();
    }

    private void apply(String url, byte[] value) {
        if (value == null) {
            entries.remove(url);
            return;
        }
        try {
            entries.put(url, Json.fromBytes(value, SeenEntry.class));
        } catch (IOException e) {
            LOG.warn("ignoring unreadable seen-URL record for {}: {}", url, e.getMessage());
        }
    }

    public Optional<SeenEntry> get(String url) {
        return Optional.ofNullable(entries.get(url));
    }

    public int size() {
        return entries.size();
    }

    /** True when the page is new, or its content hash or its ETag differs from what was published for its URL. */
    public boolean isNewOrChanged(String url, String etag, String contentHash) {
        SeenEntry seen = entries.get(url);
        return seen == null || !seen.contentHash().equals(contentHash)
                || (etag != null && seen.etag() != null && !etag.equals(seen.etag()));
    }

    public Future<RecordMetadata> record(SeenEntry entry) {
        entries.put(entry.url(), entry);
        return producer.send(new ProducerRecord<>(topic, entry.url(), Json.toBytes(entry)));
    }

    public void flush() {
        producer.flush();
    }

    public void recordAndWait(SeenEntry entry) {
        try {
            record(entry).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not record " + entry.url() + " as seen: " + e.getCause().getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
