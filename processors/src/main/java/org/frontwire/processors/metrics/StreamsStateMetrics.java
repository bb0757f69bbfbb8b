package org.frontwire.processors.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Kafka Streams on a registry: {@code frontwire_streams_state{state}} is 1 for the current state and 0 for the
 * others, and the Kafka client metrics (consumer lag, fetch and commit rates, …) through Micrometer's binder.
 */
public final class StreamsStateMetrics implements AutoCloseable {
    private final KafkaStreamsMetrics clientMetrics;

    public StreamsStateMetrics(KafkaStreams streams, MeterRegistry registry) {
        for (KafkaStreams.State state : KafkaStreams.State.values()) {
            Gauge.builder("frontwire.streams.state", streams, s -> s.state() == state ? 1 : 0)
                    .description("1 for the Kafka Streams state the processor is in")
                    .tag("state", state.name())
                    .register(registry);
        }
        this.clientMetrics = new KafkaStreamsMetrics(streams);
        clientMetrics.bindTo(registry);
    }

    @Override
    public void close() {
        clientMetrics.close();
    }
}
