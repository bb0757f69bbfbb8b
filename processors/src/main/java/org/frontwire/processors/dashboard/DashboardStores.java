package org.frontwire.processors.dashboard;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.frontwire.processors.state.TimeBucketStore;

/**
 * The state stores behind the dashboard, queried with interactive queries. The article stream is partitioned by
 * site, so every task holds its own share of each topic's counts and latest articles; queries merge all local tasks.
 */
public final class DashboardStores {
    /** Articles per topic (key) per minute (bucket, a {@link TimeBucketStore}); retained for {@link #COUNT_RETENTION}. */
    public static final String ARTICLES_PER_MINUTE = "dashboard-articles-per-minute-kv";
    /** The latest {@link #LATEST_PER_TOPIC} articles per topic (key), a JSON list. */
    public static final String LATEST_ARTICLES = "dashboard-latest-articles";
    /** Dead letters per stage (key). */
    public static final String DEAD_LETTERS = "dashboard-dead-letters";

    public static final Duration WINDOW = Duration.ofMinutes(1);
    public static final Duration COUNT_RETENTION = Duration.ofDays(1);
    public static final int LATEST_PER_TOPIC = 10;

    private DashboardStores() {}

    public static StoreBuilder<KeyValueStore<Bytes, byte[]>> articlesPerMinute() {
        return TimeBucketStore.builder(ARTICLES_PER_MINUTE);
    }

    /** Counts per key per minute over a store of {@link #articlesPerMinute()}'s kind, kept for {@link #COUNT_RETENTION}. */
    static TimeBucketStore<String, Long> perMinute(KeyValueStore<Bytes, byte[]> store) {
        return new TimeBucketStore<>(store, Serdes.String(), Serdes.Long(), WINDOW, COUNT_RETENTION);
    }

    /** The counts per key and minute of a per-minute store of this instance (all its tasks), minutes in {@code [from, to]}. */
    static List<TimeBucketStore.Entry<String, Long>> countsPerMinute(KafkaStreams streams, String storeName, long from, long to) {
        ReadOnlyKeyValueStore<Bytes, byte[]> store = streams.store(StoreQueryParameters.fromNameAndType(storeName,
                QueryableStoreTypes.keyValueStore()));
        return TimeBucketStore.read(store, Serdes.String().deserializer(), Serdes.Long().deserializer(), from, to);
    }

    public static StoreBuilder<KeyValueStore<String, byte[]>> latestArticles() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LATEST_ARTICLES), Serdes.String(), Serdes.ByteArray())
                .withCachingEnabled();
    }

    public static StoreBuilder<KeyValueStore<String, Long>> deadLetters() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DEAD_LETTERS), Serdes.String(), Serdes.Long());
    }
}
