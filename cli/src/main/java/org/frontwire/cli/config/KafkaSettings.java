package org.frontwire.cli.config;

import static org.frontwire.config.ConfigKeys.*;

import java.util.Map;
import org.frontwire.config.ConfigValues;

/**
 * The Kafka cluster the commands use.
 *
 * @param bootstrapServers   the cluster; empty = the embedded single-node broker in {@code data.dir/kafka}
 * @param startupWaitSeconds how long services wait for an unreachable cluster at start-up; -1 = forever
 * @param clientPassThrough  settings given to every Kafka client ({@code kafka.client.*} without the prefix)
 */
public record KafkaSettings(String bootstrapServers, long startupWaitSeconds, Map<String, Object> clientPassThrough) {
    public KafkaSettings {
        clientPassThrough = Map.copyOf(clientPassThrough);
    }

    public static KafkaSettings from(ConfigValues config) {
        return new KafkaSettings(config.get(KAFKA_BOOTSTRAP_SERVERS), config.getLong(KAFKA_STARTUP_WAIT_SECONDS),
                config.withoutPrefix(KAFKA_CLIENT_PREFIX));
    }

    /** No cluster configured: the embedded broker is used. */
    public boolean embedded() {
        return bootstrapServers.isBlank();
    }
}
