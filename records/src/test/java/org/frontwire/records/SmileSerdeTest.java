package org.frontwire.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class SmileSerdeTest {
    record Sample(String title, Instant at, List<Float> weights, Map<String, Integer> counts) {}

    private final SmileSerde<Sample> serde = new SmileSerde<>(Sample.class);
    private final Sample sample = new Sample("قصف على أطراف المدينة — 3 قتلى", Instant.parse("2026-11-30T10:15:00Z"),
            List.of(0.25f, 1e-7f, -3.5f), Map.of("armenia-azerbaijan", 2, "none", 1));

    @Test
    void writesSmileAndReadsBackTheSameRecord() {
        byte[] bytes = serde.serializer().serialize("t", sample);

        assertThat(new String(bytes, 0, 3, StandardCharsets.US_ASCII)).isEqualTo(":)\n");
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(sample);
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void stillReadsTheJsonAnEarlierVersionWrote() {
        byte[] json = Json.toBytes(sample);

        assertThat(serde.deserializer().deserialize("t", json)).isEqualTo(sample);
    }

    @Test
    void damagedBytesAreAClearError() {
        byte[] bytes = serde.serializer().serialize("t", sample);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", cut))
                .isInstanceOf(SerializationException.class).hasMessageContaining("not a valid Sample record");
    }
}
