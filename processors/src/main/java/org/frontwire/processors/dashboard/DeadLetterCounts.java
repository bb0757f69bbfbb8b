package org.frontwire.processors.dashboard;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.frontwire.processors.topology.ProcessorSettings;

/**
 * Reads the dead-letter topic back and counts its records by stage, whoever wrote them: a step of the topology or
 * one of the exception handlers ({@link org.frontwire.processors.errors.DeadLetterHandler}), which write past the
 * topology.
 *
 * <pre>
 * dead-letter ─▶ dead-letters ─▶ dashboard-count-dead-letter(dashboard-dead-letters)
 * </pre>
 */
public final class DeadLetterCounts {
    private DeadLetterCounts() {}

    public static void addTo(StreamsBuilder builder, ProcessorSettings settings) {
        builder.addStateStore(DashboardStores.deadLetters());
        builder.stream(settings.deadLetterTopic(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("dead-letters"))
                .process(CountDeadLetter::new, Named.as("dashboard-count-dead-letter"), DashboardStores.DEAD_LETTERS);
    }
}
