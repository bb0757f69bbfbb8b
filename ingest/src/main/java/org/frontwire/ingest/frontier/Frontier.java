package org.frontwire.ingest.frontier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.frontwire.ingest.fetch.PageFetcher;
import org.frontwire.ingest.source.DiscoveredUrl;
import org.frontwire.records.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * URLs waiting to be fetched, in a Kafka topic keyed by host. All partitions of one host land in one partition, and
 * a consumer group gives each partition to one instance, so each host is fetched by one instance at a time and its
 * politeness delay holds across instances; Kafka's group protocol is the only coordinator.
 */
public final class Frontier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Frontier.class);

    /** What the frontier tells the instance about its share of the hosts. */
    public interface Listener {
        /**
         * New partitions were assigned (their previous owner has finished with them); called before any of their URLs
         * is handed out.
         */
        default void partitionsAssigned(Collection<TopicPartition> partitions) {}

        /**
         * The first URL of {@code hostKey} from a partition this instance got at {@code assignedAtNanos}
         * ({@link System#nanoTime}); the previous owner's last request to the host ended before that.
         */
        default void hostAcquired(String hostKey, long assignedAtNanos) {}

        /**
         * Partitions were taken away; their batch is done and committed, and {@link #ownedSince} no longer claims
         * their hosts. Called before the group hands them on.
         */
        default void partitionsRevoked(Collection<TopicPartition> partitions) {}

        /** Every URL of a batch is done; called before its offsets are committed. */
        default void beforeCommit() {}
    }

    private static final Listener NO_LISTENER = new Listener() {};

    private final String topic;
    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, Object> consumerConfig;
    /** Partitions of the topic this instance owns, with the nanoTime they were assigned. */
    private final Map<Integer, Long> owned = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile int partitionCount;
    private final java.util.concurrent.atomic.AtomicInteger assignments = new java.util.concurrent.atomic.AtomicInteger();

    public Frontier(Map<String, Object> clientConfig, String topic, String group) {
        this.topic = topic;
        Map<String, Object> p = new HashMap<>(clientConfig);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "frontwire-ingest-frontier");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        Map<String, Object> c = new HashMap<>(clientConfig);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        this.consumerConfig = c;
    }

    public void offer(DiscoveredUrl url) {
        String host;
        try {
            host = PageFetcher.hostKey(URI.create(url.url().trim()));
        } catch (IllegalArgumentException e) {
            host = url.url();
        }
        producer.send(new ProducerRecord<>(topic, host, Json.toBytes(url)));
    }

    public void flush() {
        producer.flush();
    }

    /** Counts the assignments of new partitions to this instance; a change means it owns other hosts now. */
    public int assignments() {
        return assignments.get();
    }

    /** The frontier partition of a host's URLs (the producer's partitioner for the host key). */
    public int partitionOf(String hostKey) {
        int n = partitionCount;
        if (n == 0) {
            n = producer.partitionsFor(topic).size();
            partitionCount = n;
        }
        return Utils.toPositive(Utils.murmur2(hostKey.getBytes(StandardCharsets.UTF_8))) % n;
    }

    /** When this instance got the host's partition ({@link System#nanoTime}); empty when it does not own it. */
    public java.util.OptionalLong ownedSince(String hostKey) {
        Long since = owned.get(partitionOf(hostKey));
        return since == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(since);
    }

    public void consume(BooleanSupplier stop, Function<DiscoveredUrl, CompletableFuture<Void>> fetch) {
        consume(stop, fetch, NO_LISTENER);
    }

    /**
     * Fetches what the group assigns to this instance until {@code stop}. Offsets are committed once every URL of a
     * batch is done; while waiting, the consumer keeps polling with its partitions paused to stay in the group.
     * Partitions given up in a rebalance are committed only after their batch is done, so their next owner starts
     * after the last request of this one.
     */
    public void consume(BooleanSupplier stop, Function<DiscoveredUrl, CompletableFuture<Void>> fetch, Listener listener) {
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer())) {
            Batch batch = new Batch(listener);
            consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    partitions.forEach(p -> owned.remove(p.partition()));
                    batch.finish(consumer);
                    partitions.forEach(batch.acquiredAt::remove);
                    if (!partitions.isEmpty()) {
                        listener.partitionsRevoked(partitions);
                    }
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    // new partitions start from their committed offsets
                    if (partitions.isEmpty()) {
                        return;
                    }
                    long now = System.nanoTime();
                    for (TopicPartition p : partitions) {
                        batch.acquiredAt.putIfAbsent(p, now);
                    }
                    batch.acquiredHosts.clear();
                    listener.partitionsAssigned(partitions);
                    for (TopicPartition p : partitions) {
                        owned.putIfAbsent(p.partition(), now);
                    }
                    assignments.incrementAndGet();
                }

                @Override
                public void onPartitionsLost(Collection<TopicPartition> partitions) {
                    // without a clean hand-over the batch cannot be committed; its URLs come again
                    partitions.forEach(p -> owned.remove(p.partition()));
                    partitions.forEach(batch.acquiredAt::remove);
                }
            });
            while (!stop.getAsBoolean()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    batch.add(record, fetch);
                }
                if (batch.isEmpty()) {
                    continue;
                }
                consumer.pause(consumer.assignment());
                while (!batch.isDone() && !stop.getAsBoolean()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        batch.add(record, fetch);
                    }
                }
                batch.finish(consumer);
                consumer.resume(consumer.paused());
            }
            batch.finish(consumer);
            owned.clear();
        } catch (WakeupException e) {
            LOG.debug("frontier consumer woken up");
        }
    }

    private static final class Batch {
        private final List<CompletableFuture<Void>> pending = new ArrayList<>();
        private final Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        /** When each partition was assigned to this instance. */
        final Map<TopicPartition, Long> acquiredAt = new HashMap<>();
        /** Hosts already reported as acquired since the last assignment. */
        final java.util.Set<String> acquiredHosts = new java.util.HashSet<>();
        private final Listener listener;

        Batch(Listener listener) {
            this.listener = listener;
        }

        void add(ConsumerRecord<String, byte[]> record, Function<DiscoveredUrl, CompletableFuture<Void>> fetch) {
            Long assignedAt = acquiredAt.get(new TopicPartition(record.topic(), record.partition()));
            if (assignedAt != null && record.key() != null && acquiredHosts.add(record.key())) {
                listener.hostAcquired(record.key(), assignedAt);
            }
            try {
                pending.add(fetch.apply(Json.fromBytes(record.value(), DiscoveredUrl.class)));
            } catch (IOException e) {
                LOG.warn("skipping unreadable frontier record at {}-{}@{}", record.topic(), record.partition(), record.offset());
            }
            offsets.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        }

        boolean isEmpty() {
            return offsets.isEmpty();
        }

        boolean isDone() {
            return pending.stream().allMatch(CompletableFuture::isDone);
        }

        void finish(KafkaConsumer<?, ?> consumer) {
            pending.forEach(f -> f.exceptionally(e -> null).join());
            if (!offsets.isEmpty()) {
                listener.beforeCommit();
                consumer.commitSync(offsets);
            }
            pending.clear();
            offsets.clear();
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
