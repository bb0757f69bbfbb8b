package org.frontwire.cli.kafka;

/** Kafka did not answer at the configured address. */
public final class KafkaUnreachableException extends RuntimeException {
    public KafkaUnreachableException(String bootstrapServers, Throwable cause) {
        super("cannot reach Kafka at " + bootstrapServers + " (is the broker running and the address right?)", cause);
    }
}
