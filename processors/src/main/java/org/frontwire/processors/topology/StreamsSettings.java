package org.frontwire.processors.topology;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.frontwire.processors.errors.DeadLetterHandler;
import org.frontwire.processors.errors.DeadLetters;

/** The Kafka Streams configuration of the processor, in one place. */
public final class StreamsSettings {
    /** What a stream thread's consumer fetches per partition at most (the restore consumer: 16 MiB). */
    static final int MAIN_CONSUMER_PARTITION_FETCH_BYTES = 1024 * 1024;

    /** How long a producer waits to fill a batch (an operator's {@code kafka.client.producer.linger.ms} wins). */
    static final int PRODUCER_LINGER_MS = 100;
    /** The most a producer batch holds per partition (an operator's {@code kafka.client.producer.batch.size} wins). */
    static final int PRODUCER_BATCH_BYTES = 256 * 1024;

    private StreamsSettings() {}

    /**
     * @param clientConfig bootstrap servers and any pass-through client settings (SASL/SSL …)
     * @param settings     application id, threads, commit interval, compression, session timeout, topics
     * @param stateDir     where the site-memory store lives locally
     */
    public static Properties streamsConfig(Map<String, Object> clientConfig, ProcessorSettings settings, Path stateDir) {
        Properties p = new Properties();
        p.putAll(clientConfig);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.threads());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, settings.commitIntervalMs());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) settings.topics().replicationFactor());
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), settings.sessionTimeoutMs());
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), settings.compressionType());
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 16 * 1024 * 1024);
        producerDefault(p, ProducerConfig.LINGER_MS_CONFIG, PRODUCER_LINGER_MS);
        producerDefault(p, ProducerConfig.BATCH_SIZE_CONFIG, PRODUCER_BATCH_BYTES);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), 16 * 1024 * 1024);
        // The consumer fetches nothing from a broker while it still holds records fetched from it: 16 MiB of raw pages
        // per partition (minutes of extraction) kept the repartitioned articles from the story clustering task, and
        // the first article came out 20-30 s later with stories on. A bigger page still comes whole (KIP-74).
        p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), MAIN_CONSUMER_PARTITION_FETCH_BYTES);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 200);
        p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.OPTIMIZE);
        p.putAll(deadLetterHandlers(settings.deadLetterTopic()));
        return p;
    }

    /** A producer setting the operator's {@code kafka.client.*} keys (plain or {@code producer.}-prefixed) may replace. */
    private static void producerDefault(Properties p, String key, Object value) {
        if (!p.containsKey(key)) {
            p.putIfAbsent(StreamsConfig.producerPrefix(key), value);
        }
    }

    /** Routes records that fail to deserialise, process or produce to the dead-letter topic. */
    public static Map<String, Object> deadLetterHandlers(String deadLetterTopic) {
        return Map.of(
                DeadLetters.TOPIC_CONFIG, deadLetterTopic,
                StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class,
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class,
                StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    }
}
