package org.frontwire.processors.dashboard;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The state stores behind the dashboard, queried with interactive queries. The article stream is partitioned by
 * site, so every task holds its own share of each topic's counts and latest articles; queries merge all local tasks.
 */
public final class DashboardStores {
    /** Articles per topic (key) per minute (window); retained for {@link #COUNT_RETENTION}. */
    public static final String ARTICLES_PER_MINUTE = "dashboard-articles-per-minute";
    /** The latest {@link #LATEST_PER_TOPIC} articles per topic (key), a JSON list. */
    public static final String LATEST_ARTICLES = "dashboard-latest-articles";
    /** Dead letters per stage (key). */
    public static final String DEAD_LETTERS = "dashboard-dead-letters";

    public static final Duration WINDOW = Duration.ofMinutes(1);
    public static final Duration COUNT_RETENTION = Duration.ofDays(1);
    public static final int LATEST_PER_TOPIC = 10;

    private DashboardStores() {}

    public static StoreBuilder<WindowStore<String, Long>> articlesPerMinute() {
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(ARTICLES_PER_MINUTE, COUNT_RETENTION, WINDOW, false),
                Serdes.String(), Serdes.Long());
    }

    public static StoreBuilder<KeyValueStore<String, byte[]>> latestArticles() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LATEST_ARTICLES), Serdes.String(), Serdes.ByteArray());
    }

    public static StoreBuilder<KeyValueStore<String, Long>> deadLetters() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DEAD_LETTERS), Serdes.String(), Serdes.Long());
    }
}
