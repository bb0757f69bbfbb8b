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
    private StreamsSettings() {}

    /**
     * @param clientConfig     bootstrap servers and any pass-through client settings (SASL/SSL …)
     * @param applicationId    consumer group and prefix of internal topics; instances with the same id share the work
     * @param stateDir         where the site-memory store lives locally
     * @param threads          stream threads in this instance
     * @param commitIntervalMs how often transactions commit (latency vs. throughput)
     * @param deadLetterTopic  where records that fail to deserialise, process or produce go
     */
    public static Properties streamsConfig(Map<String, Object> clientConfig, String applicationId, Path stateDir,
                                           int threads, long commitIntervalMs, int replicationFactor,
                                           String deadLetterTopic) {
        Properties p = new Properties();
        p.putAll(clientConfig);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicationFactor);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 16 * 1024 * 1024);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), 16 * 1024 * 1024);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 200);
        p.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.OPTIMIZE);
        p.putAll(deadLetterHandlers(deadLetterTopic));
        return p;
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
