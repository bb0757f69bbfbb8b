package org.frontwire.processors.dashboard;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.frontwire.records.Article;

/**
 * Counts every finished article in the dashboard stores on its way to the sinks and passes it on unchanged.
 *
 * <pre>
 * articles ─▶ dashboard-record-article(dashboard-articles-per-minute-kv, dashboard-latest-articles) ─▶ articles
 * </pre>
 */
public final class DashboardCounts {
    private DashboardCounts() {}

    /** @return the same articles, once counted (the page-length header taken off) */
    public static KStream<byte[], Article> addTo(StreamsBuilder builder, KStream<byte[], Article> articles) {
        builder.addStateStore(DashboardStores.articlesPerMinute());
        builder.addStateStore(DashboardStores.latestArticles());
        return articles.processValues(RecordArticle::new, Named.as("dashboard-record-article"),
                DashboardStores.ARTICLES_PER_MINUTE, DashboardStores.LATEST_ARTICLES);
    }
}
