package org.frontwire.processors.dashboard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.UnknownStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.frontwire.processors.metrics.PipelineMetrics;
import org.frontwire.processors.state.TimeBucketStore;
import org.frontwire.records.Article;

/**
 * Reads the dashboard stores of this instance with interactive queries and merges the tasks' shares (the article
 * stream is partitioned by site, so one topic's counts and latest articles are spread over tasks). With several
 * instances each answers for the partitions it hosts.
 */
public final class DashboardQueries {
    public static final int CHART_MINUTES = 30;
    /** Conflict topics by most articles, then {@code none}. */
    static final Comparator<DashboardView.Series> SERIES_ORDER =
            Comparator.comparing((DashboardView.Series s) -> Article.NO_TOPIC.equals(s.topic()))
                    .thenComparing(Comparator.comparingLong(DashboardView.Series::total).reversed());
    /** Conflict topics by newest article, then {@code none}. */
    static final Comparator<DashboardView.TopicArticles> LATEST_ORDER =
            Comparator.comparing((DashboardView.TopicArticles t) -> Article.NO_TOPIC.equals(t.topic()))
                    .thenComparing(t -> t.articles().isEmpty() ? null : t.articles().get(0).processedAt(),
                            Comparator.nullsLast(Comparator.reverseOrder()));

    private final KafkaStreams streams;
    private final PipelineMetrics metrics;
    private final Clock clock;
    private final RecentLatency recentLatency = new RecentLatency();

    public DashboardQueries(KafkaStreams streams, PipelineMetrics metrics, Clock clock) {
        this.streams = streams;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The stores this instance hosts (all its tasks merged). */
    public DashboardView localView() {
        KafkaStreams.State state = streams.state();
        long window = DashboardStores.WINDOW.toMillis();
        long now = clock.millis();
        long last = now - Math.floorMod(now, window);
        long first = last - (CHART_MINUTES - 1) * window;
        List<Instant> minutes = new ArrayList<>();
        for (long t = first; t <= last; t += window) {
            minutes.add(Instant.ofEpochMilli(t));
        }
        String note = null;
        List<DashboardView.Series> series = List.of();
        List<DashboardView.TopicArticles> latest = List.of();
        Map<String, Long> deadLetters = Map.of();
        try {
            series = series(first, last, minutes.size());
            latest = latest();
            deadLetters = deadLetters();
        } catch (InvalidStateStoreException e) {
            note = "stores not queryable yet (" + state + "): " + e.getMessage();
        }
        List<Instant> hours = ConflictQueries.hours(now);
        List<DashboardView.Conflict> conflicts = List.of();
        try {
            conflicts = ConflictQueries.local(streams, hours, now);
        } catch (UnknownStateStoreException e) {
            // stories are off: no story stores in the topology
        } catch (InvalidStateStoreException e) {
            String m = "story stores not queryable yet (" + state + "): " + e.getMessage();
            note = note == null ? m : note + "; " + m;
        }
        return new DashboardView(Instant.ofEpochMilli(now), state.name(), state == KafkaStreams.State.RUNNING,
                minutes, series, latest, deadLetters, stats(), note,
                List.of(new DashboardView.Instance("local", true, state.name(), null)), hours, conflicts);
    }

    private List<DashboardView.Series> series(long first, long last, int size) {
        Map<String, long[]> counts = new TreeMap<>();
        for (TimeBucketStore.Entry<String, Long> e : DashboardStores.countsPerMinute(streams, DashboardStores.ARTICLES_PER_MINUTE, first, last)) {
            int index = (int) ((e.bucket() - first) / DashboardStores.WINDOW.toMillis());
            if (index >= 0 && index < size && e.value() != null) {
                counts.computeIfAbsent(e.key(), t -> new long[size])[index] += e.value();
            }
        }
        return series(counts, size);
    }

    /** Per topic, its counts per minute and their sum, busiest topic first. */
    static List<DashboardView.Series> series(Map<String, long[]> counts, int size) {
        List<DashboardView.Series> out = new ArrayList<>();
        counts.forEach((topic, perMinute) -> {
            List<Long> list = new ArrayList<>(size);
            long total = 0;
            for (long c : perMinute) {
                list.add(c);
                total += c;
            }
            out.add(new DashboardView.Series(topic, list, total));
        });
        out.sort(SERIES_ORDER);
        return out;
    }

    private List<DashboardView.TopicArticles> latest() {
        ReadOnlyKeyValueStore<String, byte[]> store = streams.store(StoreQueryParameters.fromNameAndType(
                DashboardStores.LATEST_ARTICLES, QueryableStoreTypes.keyValueStore()));
        Map<String, List<LatestArticle>> byTopic = new HashMap<>();
        // all() goes through every local task's store, so a topic appears once per task that saw it
        try (KeyValueIterator<String, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> next = it.next();
                byTopic.computeIfAbsent(next.key, t -> new ArrayList<>()).addAll(LatestArticle.listFrom(next.value));
            }
        }
        List<DashboardView.TopicArticles> out = new ArrayList<>();
        byTopic.forEach((topic, articles) -> {
            articles.sort(LatestArticle.NEWEST_FIRST);
            out.add(new DashboardView.TopicArticles(topic,
                    articles.subList(0, Math.min(articles.size(), DashboardStores.LATEST_PER_TOPIC))));
        });
        out.sort(LATEST_ORDER);
        return out;
    }

    private Map<String, Long> deadLetters() {
        ReadOnlyKeyValueStore<String, Long> store = streams.store(StoreQueryParameters.fromNameAndType(
                DashboardStores.DEAD_LETTERS, QueryableStoreTypes.keyValueStore()));
        Map<String, Long> out = new LinkedHashMap<>();
        try (KeyValueIterator<String, Long> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, Long> next = it.next();
                out.merge(next.key, next.value == null ? 0L : next.value, Long::sum);
            }
        }
        return out;
    }

    private DashboardView.Stats stats() {
        long articles = 0;
        long other = 0;
        for (Counter c : metrics.registry().find("frontwire.articles").counters()) {
            long n = (long) c.count();
            articles += n;
            if (Article.NO_TOPIC.equals(c.getId().getTag("topic"))) {
                other += n;
            }
        }
        Double p50 = null;
        Double p99 = null;
        for (ValueAtPercentile v : metrics.latency().takeSnapshot().percentileValues()) {
            if (v.percentile() == 0.5) {
                p50 = v.value(TimeUnit.MILLISECONDS);
            } else if (v.percentile() == 0.99) {
                p99 = v.value(TimeUnit.MILLISECONDS);
            }
        }
        Double chrome = metrics.chromeRemoved().count() == 0 ? null : metrics.chromeRemoved().mean();
        RecentLatency.Figures latency = recentLatency.observe(p50, p99, clock.instant());
        return new DashboardView.Stats(articles, other, latency.p50Ms(), latency.p99Ms(), chrome, latency.asOf());
    }
}
