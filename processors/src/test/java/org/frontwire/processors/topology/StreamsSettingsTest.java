package org.frontwire.processors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

    private static Map<String, Object> mainConsumer(Map<String, Object> clientConfig) {
        StreamsConfig config = new StreamsConfig(StreamsSettings.streamsConfig(clientConfig, ProcessorSettings.defaults(), Path.of("state")));
        return config.getMainConsumerConfigs("group", "client", 0);
    }

    @Test
    void theMainConsumerWaitsForABatchInsteadOfFetchingEachRecordAsItArrives() {
        Map<String, Object> consumer = mainConsumer(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9"));
        assertThat(consumer).containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 256 * 1024)
                .containsEntry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50)
                .containsEntry(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 1024 * 1024);
    }

    @Test
    void anOperatorsClientSettingOverridesTheFetchWait() {
        Map<String, Object> consumer = mainConsumer(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9",
                StreamsConfig.mainConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), "5"));
        assertThat(consumer.get(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG)).hasToString("5");
        assertThat(consumer).containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 256 * 1024);
    }
}
