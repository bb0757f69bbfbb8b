package org.frontwire.processors.alerts;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.frontwire.processors.state.TimeBucketStore;
import org.frontwire.records.Alert;
import org.frontwire.records.JsonSerde;
import org.frontwire.records.Story;

/**
 * Surge alerts: when the number of new stories about a conflict in a window rises far above that conflict's own
 * trailing baseline, one {@link Alert} keyed by the conflict's slug, at the first window of the surge.
 *
 * <pre>
 * story updates ─▶ alerts-by-conflict ─▶ [alerts-stories-by-conflict repartition] ─▶ alerts-detect-surges ─▶ alerts
 * (key story id)    one record per        (key conflict slug, timestamp =            │ alerts-new-stories-kv   (key slug)
 *                   conflict, none out     the story's lastSeen: event time)          │ alerts-window-stories-kv
 *                                                                                     │ alerts-surge-state
 *                                                                                     └ alerts-since
 * </pre>
 * Only a story's first update ({@code articles == 1}) is counted, in the window of its {@code firstSeen}; later updates
 * (reprints and other reports joining) only make it rank higher among its window's top stories. The repartition by slug
 * puts every count of a conflict in one task. A window is judged once that task's stream time (the latest event time
 * it has seen) passes the window's end plus the grace, never by the wall clock, so replaying the same story updates
 * gives the same alerts. All state is in changelogged key-value stores: the two filed by window ({@link TimeBucketStore}) drop
 * windows older than the baseline's reach (counts) or one window and its grace (stories) behind their latest window,
 * as event time moves on; the surge state holds one small record per conflict.
 */
public final class SurgeAlerts {
    /** New stories per conflict (key) per window (a {@link TimeBucketStore}, buckets one window wide). */
    public static final String NEW_STORIES_STORE = "alerts-new-stories-kv";
    /** Each window's new stories with their latest size, key {@code slug/storyId} (a {@link TimeBucketStore}, buckets one window wide). */
    public static final String WINDOW_STORIES_STORE = "alerts-window-stories-kv";
    /** Per conflict: the last judged window and whether it surged. */
    public static final String SURGE_STATE_STORE = "alerts-surge-state";
    /** The first window this task saw: no baseline reaches further back. */
    public static final String SINCE_STORE = "alerts-since";
    public static final String BY_CONFLICT_REPARTITION = "alerts-stories-by-conflict";

    private SurgeAlerts() {}

    /**
     * Adds surge detection over {@code storyUpdates} and writes alerts to {@link AlertSettings#alertsTopic()}.
     *
     * @return the alerts, keyed by conflict slug (for the dashboard)
     */
    public static KStream<String, Alert> addTo(StreamsBuilder builder, AlertSettings settings, KStream<String, Story> storyUpdates) {
        // key-value stores, so their changelogs are compacted only: a replay of old event times must not lose the
        // baseline to the broker's wall-clock retention (one key per conflict and window, so the changelog stays small)
        builder.addStateStore(TimeBucketStore.builder(NEW_STORIES_STORE));
        builder.addStateStore(TimeBucketStore.builder(WINDOW_STORIES_STORE));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SURGE_STATE_STORE), Serdes.String(), new JsonSerde<>(SurgeState.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SINCE_STORE), Serdes.String(), Serdes.Long()));

        KStream<String, Alert> alerts = storyUpdates
                .process(StoriesByConflict::new, Named.as("alerts-by-conflict"))
                .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(StorySize.class))
                        .withName(BY_CONFLICT_REPARTITION))
                .process(() -> new DetectSurges(settings), Named.as("alerts-detect-surges"),
                        NEW_STORIES_STORE, WINDOW_STORIES_STORE, SURGE_STATE_STORE, SINCE_STORE);
        alerts.to(settings.alertsTopic(), Produced.with(Serdes.String(), new JsonSerde<>(Alert.class)).withName("alerts-sink"));
        return alerts;
    }
}
