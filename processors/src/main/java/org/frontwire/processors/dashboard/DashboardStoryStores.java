package org.frontwire.processors.dashboard;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;
import org.frontwire.processors.state.TimeBucketStore;
import org.frontwire.records.Alert;
import org.frontwire.records.Story;

/**
 * The dashboard's stores of stories and alerts, fed from the story updates and the alerts, queried with interactive
 * queries beside {@link DashboardStores}.
 *
 * <pre>
 * story updates ─▶ dashboard-record-story ─▶ (dashboard-stories-per-minute-kv, dashboard-biggest-stories)
 * alerts        ─▶ dashboard-record-alert ─▶ (dashboard-latest-alerts)
 * </pre>
 * Like the article stores, each task holds its own share (of the stories its partitions carry); queries merge them.
 */
public final class DashboardStoryStores {
    /**
     * New stories per conflict (key) per minute (bucket, by record time, a {@link TimeBucketStore}); retained for
     * {@link DashboardStores#COUNT_RETENTION}.
     */
    public static final String STORIES_PER_MINUTE = "dashboard-stories-per-minute-kv";
    /** Per conflict (key), the biggest stories updated in the last {@link #BIGGEST_HORIZON}, a JSON list. */
    public static final String BIGGEST_STORIES = "dashboard-biggest-stories";
    /** Per conflict (key), its latest {@link #ALERTS_PER_TOPIC} alerts, newest window first, a JSON list. */
    public static final String LATEST_ALERTS = "dashboard-latest-alerts";

    public static final Duration BIGGEST_HORIZON = Duration.ofHours(24);
    public static final int BIGGEST_PER_TOPIC = 10;
    public static final int ALERTS_PER_TOPIC = 10;

    private DashboardStoryStores() {}

    public static void addTo(StreamsBuilder builder, KStream<String, Story> storyUpdates, KStream<String, Alert> alerts) {
        builder.addStateStore(TimeBucketStore.builder(STORIES_PER_MINUTE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BIGGEST_STORIES),
                Serdes.String(), Serdes.ByteArray()).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LATEST_ALERTS),
                Serdes.String(), Serdes.ByteArray()));
        storyUpdates.process(RecordStory::new, Named.as("dashboard-record-story"), STORIES_PER_MINUTE, BIGGEST_STORIES);
        alerts.process(RecordAlert::new, Named.as("dashboard-record-alert"), LATEST_ALERTS);
    }

}
