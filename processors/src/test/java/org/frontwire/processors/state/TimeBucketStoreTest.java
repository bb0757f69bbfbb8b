package org.frontwire.processors.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link TimeBucketStore} over a real key-value store (in memory, initialised through kafka-streams-test-utils). */
class TimeBucketStoreTest {
    private static final long MINUTE = 60_000;
    private static final long T0 = 1_780_000_000_000L - Math.floorMod(1_780_000_000_000L, MINUTE);

    private KeyValueStore<Bytes, byte[]> raw;
    private TimeBucketStore<String, Long> counts;

    @BeforeEach
    void setUp() {
        raw = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("counts"), Serdes.Bytes(), Serdes.ByteArray())
                .withLoggingDisabled().build();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>(new Properties());
        raw.init(context.getStateStoreContext(), raw);
        counts = open();
    }

    /** A store of one-minute buckets kept ten minutes, as a processor opens it over {@link #raw}. */
    private TimeBucketStore<String, Long> open() {
        return new TimeBucketStore<>(raw, Serdes.String(), Serdes.Long(), Duration.ofMinutes(1), Duration.ofMinutes(10));
    }

    @Test
    void eachKeyHasOneValuePerBucketReadBackInTimeOrder() {
        counts.put("sudan", T0 + 5_000, 1L);
        counts.put("sudan", T0 + 50_000, 2L);
        counts.put("sudan", T0 + 2 * MINUTE, 7L);
        counts.put("yemen", T0 + MINUTE, 3L);

        assertThat(counts.get("sudan", T0)).isEqualTo(2L);
        assertThat(counts.get("sudan", T0 + MINUTE)).isNull();
        assertThat(counts.fetch("sudan", T0, T0 + 5 * MINUTE)).extracting(TimeBucketStore.Entry::bucket, TimeBucketStore.Entry::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(T0, 2L), org.assertj.core.groups.Tuple.tuple(T0 + 2 * MINUTE, 7L));
        assertThat(counts.fetch("yemen", T0 + 30_000, T0 + 90_000)).extracting(TimeBucketStore.Entry::value).containsExactly(3L);
        assertThat(counts.streamTime()).isEqualTo(T0 + 2 * MINUTE);
    }

    @Test
    void timesOlderThanTheRetentionAreNeitherReadNorWrittenAndTheirBucketsAreDeleted() {
        for (int m = 0; m < 30; m++) {
            counts.put("sudan", T0 + m * MINUTE, (long) m);
        }
        long earliest = counts.earliestLive();
        assertThat(earliest).isEqualTo(T0 + 29 * MINUTE - 10 * MINUTE + 1);
        assertThat(counts.get("sudan", T0 + 19 * MINUTE)).as("just expired").isNull();
        assertThat(counts.get("sudan", T0 + 20 * MINUTE)).isEqualTo(20L);
        assertThat(counts.put("sudan", T0 + 5 * MINUTE, 99L)).as("a late write is dropped").isFalse();
        assertThat(counts.fetch("sudan", T0, T0 + 30 * MINUTE)).as("the buckets with any live time, the partly expired one first")
                .extracting(TimeBucketStore.Entry::value).containsExactly(19L, 20L, 21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 29L);
        assertThat(bucketsKept()).as("only the live buckets and the one partly expired are kept")
                .allSatisfy(b -> assertThat(b).isGreaterThanOrEqualTo(T0 + 19 * MINUTE)).hasSizeLessThanOrEqualTo(11);
    }

    @Test
    void theStoreSizeStaysBoundedHoweverLongTimeRuns() {
        for (int m = 0; m < 1_000; m++) {
            counts.put("k" + (m % 7), T0 + m * MINUTE / 2, 1L);
            assertThat(raw.approximateNumEntries()).isLessThanOrEqualTo(2 * 11);
        }
    }

    @Test
    void afterARestartTheStreamTimeIsThatOfTheLatestTimeKept() {
        counts.put("sudan", T0 + 30 * MINUTE + 45_000, 1L);
        counts.put("yemen", T0 + 30 * MINUTE + 10_000, 1L);

        TimeBucketStore<String, Long> reopened = open();
        assertThat(reopened.streamTime()).isEqualTo(T0 + 30 * MINUTE + 45_000);
        assertThat(reopened.put("sudan", T0 + 20 * MINUTE + 45_000, 5L)).as("expired as before the restart").isFalse();
        assertThat(reopened.put("sudan", T0 + 20 * MINUTE + 46_000, 5L)).isTrue();
    }

    @Test
    void aRangeOfKeysIsReadWithinOneBucket() {
        counts.put("sudan/a", T0, 1L);
        counts.put("sudan/b", T0 + 1_000, 2L);
        counts.put("sudan/c", T0 + MINUTE, 3L);
        counts.put("sudanese", T0, 4L);
        counts.put("yemen/a", T0, 5L);
        assertThat(counts.range("sudan/", "sudan0", T0 + 30_000)).extracting(TimeBucketStore.Entry::key)
                .containsExactly("sudan/a", "sudan/b");
    }

    @Test
    void interactiveQueriesReadTheBucketsStartingInARange() {
        counts.put("sudan", T0 - MINUTE, 1L);
        counts.put("sudan", T0, 2L);
        counts.put("yemen", T0, 3L);
        counts.put("sudan", T0 + MINUTE + 1, 4L);
        counts.put("sudan", T0 + 2 * MINUTE, 5L);
        assertThat(TimeBucketStore.read(raw, Serdes.String().deserializer(), Serdes.Long().deserializer(), T0, T0 + MINUTE))
                .extracting(TimeBucketStore.Entry::value).containsExactly(2L, 3L, 4L);
    }

    @Test
    void timesBeforeTheEpochSortBeforeTheLaterOnes() {
        TimeBucketStore<String, Long> wide = new TimeBucketStore<>(raw, Serdes.String(), Serdes.Long(), Duration.ofMinutes(1),
                Duration.ofDays(365 * 100));
        wide.put("old", -3 * MINUTE, 1L);
        wide.put("new", 5 * MINUTE, 2L);
        assertThat(TimeBucketStore.read(raw, Serdes.String().deserializer(), Serdes.Long().deserializer(), Long.MIN_VALUE, Long.MAX_VALUE))
                .extracting(TimeBucketStore.Entry::bucket).containsExactly(-3 * MINUTE, 5 * MINUTE);
    }

    private List<Long> bucketsKept() {
        List<Long> out = new ArrayList<>();
        TimeBucketStore.read(raw, Serdes.String().deserializer(), Serdes.Long().deserializer(), Long.MIN_VALUE, Long.MAX_VALUE)
                .forEach(e -> out.add(e.bucket()));
        return out;
    }
}
