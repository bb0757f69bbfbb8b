package org.frontwire.processors.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {
    private static final String LINGER = StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG);
    private static final String BATCH = StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG);

    private static Properties config(Map<String, Object> clientConfig) {
        return StreamsSettings.streamsConfig(clientConfig, ProcessorSettings.defaults(), Path.of("state"));
    }

    @Test
    void producersBatchByDefault() {
        Properties p = config(Map.of());
        assertThat(p).containsEntry(LINGER, StreamsSettings.PRODUCER_LINGER_MS).containsEntry(BATCH, StreamsSettings.PRODUCER_BATCH_BYTES)
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    }

    @Test
    void anOperatorsProducerSettingWinsPrefixedOrPlain() {
        Properties prefixed = config(Map.of(LINGER, 7, BATCH, 1024));
        assertThat(prefixed).containsEntry(LINGER, 7).containsEntry(BATCH, 1024);

        Properties plain = config(Map.of(ProducerConfig.LINGER_MS_CONFIG, 9));
        assertThat(plain).containsEntry(ProducerConfig.LINGER_MS_CONFIG, 9).doesNotContainKey(LINGER)
                .containsEntry(BATCH, StreamsSettings.PRODUCER_BATCH_BYTES);
    }
}
