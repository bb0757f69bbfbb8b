package org.frontwire.processors.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.frontwire.records.Json;

/**
 * The dashboard of the whole application, the Kafka Streams way: every instance announces its HTTP address as
 * {@code application.server}; {@link KafkaStreams#metadataForAllStreamsClients()} says which instance hosts which
 * dashboard stores; this instance asks each other one for its local view ({@code /api/dashboard/local}) and merges
 * them with its own. Without an {@code application.server} (one instance, HTTP off) the local view is the view.
 */
public final class DashboardCluster {
    public static final String LOCAL_PATH = "/api/dashboard/local";
    private static final Set<String> STORES = Set.of(DashboardStores.ARTICLES_PER_MINUTE, DashboardStores.LATEST_ARTICLES,
            DashboardStores.DEAD_LETTERS, DashboardStoryStores.STORIES_PER_MINUTE, DashboardStoryStores.BIGGEST_STORIES,
            DashboardStoryStores.LATEST_ALERTS);

    private final KafkaStreams streams;
    private final DashboardQueries local;
    private final HostInfo self;
    private final Duration timeout;
    private final HttpClient http;

    /** @param self this instance's {@code application.server}, or null when it has none */
    public DashboardCluster(KafkaStreams streams, DashboardQueries local, HostInfo self, Duration timeout) {
        this.streams = streams;
        this.local = local;
        this.self = self;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public DashboardView view() {
        DashboardView mine = local.localView();
        if (self == null) {
            return mine;
        }
        List<HostInfo> others = new ArrayList<>();
        String problem = null;
        try {
            for (StreamsMetadata m : streams.metadataForAllStreamsClients()) {
                if (!m.hostInfo().equals(self) && m.stateStoreNames().stream().anyMatch(STORES::contains)) {
                    others.add(m.hostInfo());
                }
            }
        } catch (RuntimeException e) {
            problem = "other instances unknown (" + mine.state() + "): " + e.getMessage();
        }
        Map<HostInfo, CompletableFuture<DashboardView>> asked = new LinkedHashMap<>();
        for (HostInfo other : others) {
            asked.put(other, fetch(other));
        }
        List<DashboardView> views = new ArrayList<>();
        List<DashboardView.Instance> instances = new ArrayList<>();
        instances.add(new DashboardView.Instance(server(self), true, mine.state(), null));
        List<String> missing = new ArrayList<>();
        asked.forEach((host, answer) -> {
            try {
                DashboardView v = answer.join();
                views.add(v);
                instances.add(new DashboardView.Instance(server(host), false, v.state(), null));
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                String error = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                instances.add(new DashboardView.Instance(server(host), false, null, error));
                missing.add(server(host));
            }
        });
        String note = mine.note();
        if (problem != null) {
            note = note == null ? problem : note + "; " + problem;
        }
        if (!missing.isEmpty()) {
            String m = "instances not answering, their partitions are missing: " + String.join(", ", missing);
            note = note == null ? m : note + "; " + m;
        }
        return merge(mine, views).withInstances(instances, note);
    }

    private CompletableFuture<DashboardView> fetch(HostInfo host) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + server(host) + LOCAL_PATH))
                .timeout(timeout).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(r -> {
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode());
            }
            try {
                return Json.fromBytes(r.body(), DashboardView.class);
            } catch (IOException e) {
                throw new IllegalStateException("unreadable answer: " + e.getMessage(), e);
            }
        });
    }

    private static String server(HostInfo host) {
        return host.host() + ":" + host.port();
    }

    /**
     * Merges other instances' local views into this one's: counts per minute and dead letters add up, the latest
     * articles are the newest {@link DashboardStores#LATEST_PER_TOPIC} of all, articles since start add up; latency
     * percentiles cannot be merged, so the highest instance figure is shown, and the chrome share is the mean
     * weighted by articles. Per conflict, counts per hour add up, the biggest stories and the alerts are the
     * biggest and newest of all.
     */
    static DashboardView merge(DashboardView mine, List<DashboardView> others) {
        if (others.isEmpty()) {
            return mine;
        }
        Map<Instant, Integer> index = new HashMap<>();
        for (int i = 0; i < mine.minutes().size(); i++) {
            index.put(mine.minutes().get(i), i);
        }
        int size = mine.minutes().size();
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, List<LatestArticle>> latest = new TreeMap<>();
        Map<String, Long> dead = new TreeMap<>();
        long articles = 0;
        long other = 0;
        Double p50 = null;
        Double p99 = null;
        Double lastP50 = null;
        Double lastP99 = null;
        Instant lastAt = null;
        double chromeWeighted = 0;
        long chromeWeight = 0;
        List<DashboardView> all = new ArrayList<>();
        all.add(mine);
        all.addAll(others);
        for (DashboardView v : all) {
            for (DashboardView.Series s : v.series()) {
                long[] target = counts.computeIfAbsent(s.topic(), t -> new long[size]);
                for (int i = 0; i < s.counts().size() && i < v.minutes().size(); i++) {
                    Integer at = index.get(v.minutes().get(i));
                    if (at != null && s.counts().get(i) != null) {
                        target[at] += s.counts().get(i);
                    }
                }
            }
            for (DashboardView.TopicArticles t : v.latest()) {
                latest.computeIfAbsent(t.topic(), k -> new ArrayList<>()).addAll(t.articles());
            }
            v.deadLetters().forEach((stage, n) -> dead.merge(stage, n, Long::sum));
            DashboardView.Stats s = v.stats();
            if (s != null) {
                articles += s.articles();
                other += s.otherArticles();
                if (s.latencyAsOf() == null) {
                    p50 = max(p50, s.latencyP50Ms());
                    p99 = max(p99, s.latencyP99Ms());
                } else {
                    lastP50 = max(lastP50, s.latencyP50Ms());
                    lastP99 = max(lastP99, s.latencyP99Ms());
                    lastAt = lastAt == null || s.latencyAsOf().isAfter(lastAt) ? s.latencyAsOf() : lastAt;
                }
                if (s.chromeRemovedMean() != null && s.articles() > 0) {
                    chromeWeighted += s.chromeRemovedMean() * s.articles();
                    chromeWeight += s.articles();
                }
            }
        }
        List<DashboardView.Series> series = DashboardQueries.series(counts, size);
        List<DashboardView.TopicArticles> topics = new ArrayList<>();
        latest.forEach((topic, list) -> {
            list.sort(LatestArticle.NEWEST_FIRST);
            topics.add(new DashboardView.TopicArticles(topic,
                    List.copyOf(list.subList(0, Math.min(list.size(), DashboardStores.LATEST_PER_TOPIC)))));
        });
        topics.sort(DashboardQueries.LATEST_ORDER);
        boolean current = p50 != null || p99 != null || lastAt == null;
        DashboardView.Stats stats = new DashboardView.Stats(articles, other, current ? p50 : lastP50,
                current ? p99 : lastP99, chromeWeight == 0 ? null : chromeWeighted / chromeWeight, current ? null : lastAt);
        ConflictQueries.Gathered conflicts = new ConflictQueries.Gathered(mine.hours());
        for (DashboardView v : all) {
            conflicts.add(v.hours(), v.conflicts());
        }
        return new DashboardView(mine.generatedAt(), mine.state(), mine.ready(), mine.minutes(), series, topics, dead,
                stats, mine.note(), mine.instances(), mine.hours(),
                conflicts.conflicts(mine.generatedAt().minus(DashboardStoryStores.BIGGEST_HORIZON)));
    }

    private static Double max(Double a, Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }
}
