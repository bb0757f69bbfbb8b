package org.frontwire.ingest.seen;

import java.io.IOException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontwire.records.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The URLs already published, kept in a compacted Kafka topic keyed by normalised URL. Read back whole at start-up
 * ({@link #load}), so that a restarted ingest does not publish an unchanged page again, and read on to the topic's
 * current end whenever the frontier hands this instance new hosts ({@link #catchUp}), so that what another instance
 * recorded for those hosts since this one started is known before any of their URLs is fetched. One reader consumer
 * (no group, all partitions assigned) stays open for that; records this store wrote itself are skipped when read back,
 * as the map already holds them (and maybe something newer).
 */
public final class SeenUrlStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SeenUrlStore.class);
    private static final String WRITER_HEADER = "frontwire-writer";

    private final String topic;
    private final Map<String, Object> clientConfig;
    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, SeenEntry> entries = new ConcurrentHashMap<>();
    /** Marks the records this store writes, to tell them apart when reading the topic. */
    private final byte[] writerId = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
    private KafkaConsumer<String, byte[]> reader;
    private List<TopicPartition> partitions = List.of();

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
    public synchronized int load(Duration timeout) {
        if (reader == null) {
            Map<String, Object> config = new HashMap<>(clientConfig);
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "frontwire-ingest-seen-reader");
            config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
            reader = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        }
        partitions = List.of();
        refreshPartitions(timeout);
        readToEnd(timeout, false);
        LOG.info("seen-URL store: {} URLs read back from {}", entries.size(), topic);
        return entries.size();
    }

    /**
     * Reads what was added to the topic since the last read, up to the topic's end as of this call, so that every
     * record acknowledged before the call is applied when it returns. Records this store wrote are skipped.
     *
     * @return the records applied
     */
    public synchronized int catchUp(Duration timeout) {
        if (reader == null) {
            return load(timeout);
        }
        refreshPartitions(timeout);
        int applied = readToEnd(timeout, true);
        LOG.debug("seen-URL store: caught up with {} records of other instances", applied);
        return applied;
    }

    /**
     * Assigns every partition of the topic to the reader, new ones from their beginning. A topic created a moment ago
     * may not be in the broker's metadata yet (no partitions at all): that is waited for.
     */
    private void refreshPartitions(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<TopicPartition> now = List.of();
        while (now.isEmpty()) {
            now = reader.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            if (now.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the seen-URL topic " + topic + " has no partitions");
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted waiting for the seen-URL topic " + topic, e);
                }
            }
        }
        if (!now.equals(partitions)) {
            List<TopicPartition> added = now.stream().filter(p -> !partitions.contains(p)).toList();
            reader.assign(now);
            reader.seekToBeginning(added);
            partitions = now;
        }
    }

    private int readToEnd(Duration timeout, boolean skipOwn) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> end = reader.endOffsets(partitions, timeout);
        int applied = 0;
        while (partitions.stream().anyMatch(p -> reader.position(p, timeout) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out reading the seen-URL topic " + topic);
            }
            for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200))) {
                if (skipOwn && isOwn(record)) {
                    continue;
                }
                apply(record.key(), record.value());
                applied++;
            }
        }
        return applied;
    }

    private boolean isOwn(ConsumerRecord<String, byte[]> record) {
        Header writer = record.headers().lastHeader(WRITER_HEADER);
        return writer != null && Arrays.equals(writer.value(), writerId);
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
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, entry.url(), Json.toBytes(entry));
        record.headers().add(WRITER_HEADER, writerId);
        return producer.send(record);
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
        synchronized (this) {
            if (reader != null) {
                reader.close();
            }
        }
    }
}
