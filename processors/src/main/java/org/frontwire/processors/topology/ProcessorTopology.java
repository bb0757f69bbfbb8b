package org.frontwire.processors.topology;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.frontwire.processors.alerts.SurgeAlerts;
import org.frontwire.processors.conflicttopics.ConflictTopics;
import org.frontwire.processors.dashboard.DashboardCounts;
import org.frontwire.processors.dashboard.DashboardStoryStores;
import org.frontwire.processors.dashboard.DeadLetterCounts;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.processors.stories.StoryClustering;
import org.frontwire.processors.stories.StoryStreams;
import org.frontwire.records.Alert;
import org.frontwire.records.Article;

/**
 * The processor: raw pages are parsed, extracted against what their site's template taught so far, classified and
 * written keyed by conflict topic; whatever fails goes to the dead-letter topic with the reason. Composed of
 * sub-topologies, each drawn in its own class:
 *
 * <pre>
 * raw-pages ─▶ ArticleFlow ─┬─ articles ─▶ DashboardCounts ─▶ StoryClustering ─┬─ articles ─▶ ArticleSinks ─┬─▶ articles, articles.other
 *                           │                                                  │                             └▶ ConflictTopics ─▶ conflict.&lt;slug&gt; (off by default)
 *                           │                                                  └─ story updates ─┬─▶ stories
 *                           │                                                                    ├─▶ SurgeAlerts ─┬─▶ alerts
 *                           │                                                                    └─▶ DashboardStoryStores ◀┘
 *                           └─ dead letters ─────────────────────────────────────────────────────▶ ArticleSinks ─▶ dead-letter
 * dead-letter ─▶ DeadLetterCounts
 * </pre>
 * ({@link ArticleFlow}, {@link StoryClustering}, {@link SurgeAlerts}, {@link DashboardStoryStores},
 * {@link DashboardCounts}, {@link ArticleSinks}, {@link ConflictTopics}, {@link DeadLetterCounts}.) With
 * {@code stories.enabled=false} the articles go from the dashboard counts straight to the sinks, and there are no
 * stories or alerts. The dashboard counts come before story clustering, where articles are still partitioned by site,
 * so every instance counts its share.
 */
public final class ProcessorTopology {
    private ProcessorTopology() {}

    public static Topology build(ProcessorSettings settings, ArticlePipeline pipeline) {
        StreamsBuilder builder = new StreamsBuilder();
        ArticleStreams classified = ArticleFlow.addTo(builder, settings, pipeline);
        KStream<byte[], Article> articles = DashboardCounts.addTo(builder, classified.articles());
        if (settings.stories().enabled()) {
            StoryStreams stories = StoryClustering.addTo(builder, settings.stories(),
                    articles.selectKey((url, article) -> article.id(), Named.as("key-by-article-id")));
            articles = stories.articles().selectKey((topic, article) -> topic.getBytes(StandardCharsets.UTF_8),
                    Named.as("story-article-key"));
            KStream<String, Alert> alerts = SurgeAlerts.addTo(builder, settings.alerts(), stories.stories());
            DashboardStoryStores.addTo(builder, stories.stories(), alerts);
        }
        ArticleStreams counted = classified.withArticles(articles);
        ArticleSinks.addTo(builder, settings, counted);
        if (settings.conflictTopics().enabled()) {
            ConflictTopics.addTo(builder, settings.conflictTopics(), counted.articles()
                    .filter((key, article) -> article.aboutConflict(), Named.as("conflict-topic-article"))
                    .selectKey((key, article) -> article.topic(), Named.as("conflict-topic-key")));
        }
        DeadLetterCounts.addTo(builder, settings);
        return builder.build();
    }
}
