package org.frontwire.processors.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.frontwire.processors.state.TimeBucketStore;
import org.frontwire.records.Alert;
import org.frontwire.records.Article;

/**
 * The per-conflict part of the dashboard: articles and new stories per hour over the last {@link #CHART_HOURS} hours,
 * the biggest stories now and the latest alerts, read from {@link DashboardStores} and {@link DashboardStoryStores}
 * and merged over tasks (and over instances by {@link DashboardCluster}).
 */
final class ConflictQueries {
    static final int CHART_HOURS = 24;
    static final long HOUR = 3_600_000L;
    /** Most new stories first, then most articles, then by name. */
    static final Comparator<DashboardView.Conflict> ORDER = Comparator.comparingLong(DashboardView.Conflict::stories).reversed()
            .thenComparing(Comparator.comparingLong(DashboardView.Conflict::articles).reversed())
            .thenComparing(DashboardView.Conflict::topic);

    private ConflictQueries() {}

    /** Start of each of the last {@link #CHART_HOURS} hours up to {@code now}'s, oldest first. */
    static List<Instant> hours(long now) {
        long last = now - Math.floorMod(now, HOUR);
        List<Instant> hours = new ArrayList<>(CHART_HOURS);
        for (long t = last - (CHART_HOURS - 1) * HOUR; t <= last; t += HOUR) {
            hours.add(Instant.ofEpochMilli(t));
        }
        return hours;
    }

    /** Everything the conflicts part needs, gathered from stores or from other instances' views. */
    static final class Gathered {
        final List<Instant> hours;
        final Map<String, long[]> articles = new TreeMap<>();
        final Map<String, long[]> stories = new TreeMap<>();
        final Map<String, List<StoryEntry>> biggest = new HashMap<>();
        final Map<String, List<Alert>> alerts = new HashMap<>();
        private final Map<Instant, Integer> index = new HashMap<>();

        Gathered(List<Instant> hours) {
            this.hours = hours;
            for (int i = 0; i < hours.size(); i++) {
                index.put(hours.get(i), i);
            }
        }

        void count(Map<String, long[]> into, String topic, long time, long n) {
            Integer at = index.get(Instant.ofEpochMilli(time - Math.floorMod(time, HOUR)));
            if (at != null && topic != null && !Article.NO_TOPIC.equals(topic)) {
                into.computeIfAbsent(topic, t -> new long[hours.size()])[at] += n;
            }
        }

        /** Adds another view's conflicts (its hours may differ from these by a clock's tick). */
        void add(List<Instant> theirHours, List<DashboardView.Conflict> conflicts) {
            for (DashboardView.Conflict c : conflicts) {
                for (int i = 0; i < theirHours.size(); i++) {
                    long t = theirHours.get(i).toEpochMilli();
                    count(articles, c.topic(), t, at(c.articlesPerHour(), i));
                    count(stories, c.topic(), t, at(c.storiesPerHour(), i));
                }
                biggest.computeIfAbsent(c.topic(), k -> new ArrayList<>()).addAll(c.biggest());
                alerts.computeIfAbsent(c.topic(), k -> new ArrayList<>()).addAll(c.alerts());
            }
        }

        private static long at(List<Long> counts, int i) {
            return counts == null || i >= counts.size() || counts.get(i) == null ? 0 : counts.get(i);
        }

        /** One entry per conflict with anything to show, busiest first. */
        List<DashboardView.Conflict> conflicts(Instant biggestSince) {
            TreeSet<String> topics = new TreeSet<>();
            topics.addAll(articles.keySet());
            topics.addAll(stories.keySet());
            topics.addAll(biggest.keySet());
            topics.addAll(alerts.keySet());
            topics.remove(Article.NO_TOPIC);
            List<DashboardView.Conflict> out = new ArrayList<>();
            for (String topic : topics) {
                long[] a = articles.getOrDefault(topic, new long[hours.size()]);
                long[] s = stories.getOrDefault(topic, new long[hours.size()]);
                List<StoryEntry> big = StoryEntry.biggest(biggest.getOrDefault(topic, List.of()), biggestSince,
                        DashboardStoryStores.BIGGEST_PER_TOPIC);
                Map<Instant, Alert> byWindow = new LinkedHashMap<>();
                alerts.getOrDefault(topic, List.of()).forEach(al -> byWindow.putIfAbsent(al.windowStart(), al));
                List<Alert> latest = new ArrayList<>(byWindow.values());
                latest.sort(RecordAlert.NEWEST_FIRST);
                out.add(new DashboardView.Conflict(topic, list(a), list(s), sum(a), sum(s), big,
                        List.copyOf(latest.subList(0, Math.min(latest.size(), DashboardStoryStores.ALERTS_PER_TOPIC)))));
            }
            out.sort(ORDER);
            return out;
        }
    }

    /**
     * This instance's stores.
     *
     * @throws org.apache.kafka.streams.errors.UnknownStateStoreException when the story stores are not in the topology
     */
    static List<DashboardView.Conflict> local(KafkaStreams streams, List<Instant> hours, long now) {
        Gathered g = new Gathered(hours);
        Instant from = hours.get(0);
        Instant to = Instant.ofEpochMilli(now);
        countPerMinute(streams, DashboardStores.ARTICLES_PER_MINUTE, from, to, g, g.articles);
        countPerMinute(streams, DashboardStoryStores.STORIES_PER_MINUTE, from, to, g, g.stories);
        ReadOnlyKeyValueStore<String, byte[]> biggest = streams.store(StoreQueryParameters.fromNameAndType(
                DashboardStoryStores.BIGGEST_STORIES, QueryableStoreTypes.keyValueStore()));
        try (KeyValueIterator<String, byte[]> it = biggest.all()) {
            it.forEachRemaining(kv -> g.biggest.computeIfAbsent(kv.key, k -> new ArrayList<>()).addAll(StoryEntry.listFrom(kv.value)));
        }
        ReadOnlyKeyValueStore<String, byte[]> alerts = streams.store(StoreQueryParameters.fromNameAndType(
                DashboardStoryStores.LATEST_ALERTS, QueryableStoreTypes.keyValueStore()));
        try (KeyValueIterator<String, byte[]> it = alerts.all()) {
            it.forEachRemaining(kv -> g.alerts.computeIfAbsent(kv.key, k -> new ArrayList<>()).addAll(RecordAlert.listFrom(kv.value)));
        }
        return g.conflicts(Instant.ofEpochMilli(now).minus(DashboardStoryStores.BIGGEST_HORIZON));
    }

    private static void countPerMinute(KafkaStreams streams, String storeName, Instant from, Instant to, Gathered g,
                                       Map<String, long[]> into) {
        for (TimeBucketStore.Entry<String, Long> e : DashboardStores.countsPerMinute(streams, storeName, from.toEpochMilli(), to.toEpochMilli())) {
            if (e.value() != null) {
                g.count(into, e.key(), e.bucket(), e.value());
            }
        }
    }

    private static List<Long> list(long[] counts) {
        List<Long> out = new ArrayList<>(counts.length);
        for (long c : counts) {
            out.add(c);
        }
        return out;
    }

    private static long sum(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }
}
