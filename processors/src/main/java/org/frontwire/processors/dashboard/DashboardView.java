package org.frontwire.processors.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.frontwire.records.Alert;

/**
 * What {@code /api/dashboard} answers: the stores of all instances merged ({@code /api/dashboard/local}: the stores
 * this instance hosts).
 *
 * @param minutes     start of each minute of the chart, oldest first
 * @param series      per topic, articles in each of those minutes (conflict topics by most articles, then {@code none})
 * @param latest      per topic (conflict topics, then {@code none}), the newest articles first
 * @param deadLetters dead letters by stage
 * @param instances   the instances whose stores are in this view (this one first), and the ones that did not answer
 * @param hours       start of each hour of the per-conflict counts, oldest first
 * @param conflicts   per conflict: articles and new stories per hour, the biggest stories now, the latest alerts
 *                    (empty when stories are off)
 */
public record DashboardView(Instant generatedAt, String state, boolean ready, List<Instant> minutes, List<Series> series,
                            List<TopicArticles> latest, Map<String, Long> deadLetters, Stats stats, String note,
                            List<Instance> instances, List<Instant> hours, List<Conflict> conflicts) {

    public DashboardView {
        hours = hours == null ? List.of() : hours;
        conflicts = conflicts == null ? List.of() : conflicts;
    }

    /** A view without stories. */
    public DashboardView(Instant generatedAt, String state, boolean ready, List<Instant> minutes, List<Series> series,
                         List<TopicArticles> latest, Map<String, Long> deadLetters, Stats stats, String note,
                         List<Instance> instances) {
        this(generatedAt, state, ready, minutes, series, latest, deadLetters, stats, note, instances, List.of(), List.of());
    }

    /**
     * One processor instance.
     *
     * @param server its {@code application.server} (host:port), or {@code local} when none is configured
     * @param error  why its view is missing, or null
     */
    public record Instance(String server, boolean local, String state, String error) {}

    public DashboardView withInstances(List<Instance> list, String newNote) {
        return new DashboardView(generatedAt, state, ready, minutes, series, latest, deadLetters, stats, newNote, list,
                hours, conflicts);
    }

    public DashboardView withConflicts(List<Instant> newHours, List<Conflict> newConflicts) {
        return new DashboardView(generatedAt, state, ready, minutes, series, latest, deadLetters, stats, note, instances,
                newHours, newConflicts);
    }

    /**
     * One conflict's stories beside its articles.
     *
     * @param articlesPerHour articles in each of {@link #hours()}
     * @param storiesPerHour  new stories in each of {@link #hours()}
     * @param biggest         its biggest stories updated in the last day, most outlets first
     * @param alerts          its latest alerts, newest window first
     */
    public record Conflict(String topic, List<Long> articlesPerHour, List<Long> storiesPerHour, long articles, long stories,
                           List<StoryEntry> biggest, List<Alert> alerts) {}

    public record Series(String topic, List<Long> counts, long total) {}

    public record TopicArticles(String topic, List<LatestArticle> articles) {}

    /**
     * Since this instance started: articles out, other (no conflict), latency p50/p99 in ms over the last minutes, mean
     * chrome share; {@code latencyAsOf} is null for current latency figures, else when the shown (last known) ones were
     * measured: no article came out since.
     */
    public record Stats(long articles, long otherArticles, Double latencyP50Ms, Double latencyP99Ms, Double chromeRemovedMean,
                        Instant latencyAsOf) {
        public Stats(long articles, long otherArticles, Double latencyP50Ms, Double latencyP99Ms, Double chromeRemovedMean) {
            this(articles, otherArticles, latencyP50Ms, latencyP99Ms, chromeRemovedMean, null);
        }
    }
}
