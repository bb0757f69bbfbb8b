package org.frontwire.processors.topology;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.frontwire.processors.dashboard.DashboardCounts;
import org.frontwire.processors.dashboard.DeadLetterCounts;
import org.frontwire.processors.pipeline.ArticlePipeline;

/**
 * The processor: raw pages are parsed, extracted against what their site's template taught so far, classified and
 * written keyed by conflict topic; whatever fails goes to the dead-letter topic with the reason. Composed of
 * sub-topologies, each drawn in its own class:
 *
 * <pre>
 * raw-pages ─▶ ArticleFlow ─┬─ articles ─▶ DashboardCounts ─▶ ArticleSinks ─┬─▶ articles, articles.other
 *                           └─ dead letters ────────────────▶ ArticleSinks ─┴─▶ dead-letter
 * dead-letter ─▶ DeadLetterCounts
 * </pre>
 * ({@link ArticleFlow}, {@link DashboardCounts}, {@link ArticleSinks}, {@link DeadLetterCounts}.)
 * A step between classification and the sinks (story clustering) takes {@link ArticleStreams#articles()} after
 * {@link ArticleFlow} and hands back {@link ArticleStreams#withArticles}.
 */
public final class ProcessorTopology {
    private ProcessorTopology() {}

    public static Topology build(ProcessorSettings settings, ArticlePipeline pipeline) {
        StreamsBuilder builder = new StreamsBuilder();
        ArticleStreams classified = ArticleFlow.addTo(builder, settings, pipeline);
        ArticleStreams counted = classified.withArticles(DashboardCounts.addTo(builder, classified.articles()));
        ArticleSinks.addTo(builder, settings, counted);
        DeadLetterCounts.addTo(builder, settings);
        return builder.build();
    }
}
