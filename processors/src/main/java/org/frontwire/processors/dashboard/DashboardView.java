package org.frontwire.processors.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@code /api/dashboard} answers: this instance's view of the stores it hosts.
 *
 * @param minutes     start of each minute of the chart, oldest first
 * @param series      per topic, articles in each of those minutes (conflict topics by most articles, then {@code none})
 * @param latest      per topic (conflict topics, then {@code none}), the newest articles first
 * @param deadLetters dead letters by stage
 */
public record DashboardView(Instant generatedAt, String state, boolean ready, List<Instant> minutes, List<Series> series,
                            List<TopicArticles> latest, Map<String, Long> deadLetters, Stats stats, String note) {

    public record Series(String topic, List<Long> counts, long total) {}

    public record TopicArticles(String topic, List<LatestArticle> articles) {}

    /** Since this instance started: articles out, other (no conflict), latency p50/p99 in ms, mean chrome share. */
    public record Stats(long articles, long otherArticles, Double latencyP50Ms, Double latencyP99Ms, Double chromeRemovedMean) {}
}
