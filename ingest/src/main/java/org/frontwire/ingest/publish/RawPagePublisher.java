package org.frontwire.ingest.publish;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontwire.records.JsonSerde;
import org.frontwire.records.RawPage;
import org.frontwire.records.SitePartitioner;

/**
 * Publishes raw pages keyed by normalised URL, partitioned by their {@link RawPage#site()} ({@link SitePartitioner}
 * sees the page, not its bytes): idempotent, acks=all, compressed.
 */
public final class RawPagePublisher implements AutoCloseable {
    private final KafkaProducer<String, RawPage> producer;
    private final String topic;

    public RawPagePublisher(Map<String, Object> clientConfig, String topic) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, SitePartitioner.class);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "frontwire-ingest");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new JsonSerde<>(RawPage.class).serializer());
        this.topic = topic;
    }

    public void publish(RawPage page) {
        try {
            producer.send(new ProducerRecord<>(topic, page.url(), page)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + page.url(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish " + page.url() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Sends without waiting; the future completes when the broker has the page. */
    public java.util.concurrent.CompletableFuture<Void> send(RawPage page) {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        producer.send(new ProducerRecord<>(topic, page.url(), page), (metadata, error) -> {
            if (error == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(new IllegalStateException("could not publish " + page.url() + ": " + error.getMessage(), error));
            }
        });
        return done;
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
