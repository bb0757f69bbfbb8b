package org.frontwire.processors.topology;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.frontwire.processors.dashboard.CountDeadLetter;
import org.frontwire.processors.dashboard.DashboardStores;
import org.frontwire.processors.dashboard.RecordArticle;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.Article;
import org.frontwire.records.DeadLetter;
import org.frontwire.records.JsonSerde;
import org.frontwire.records.Sites;

/**
 * The processor: raw pages are parsed, extracted against what their site's template taught so far, classified and
 * written keyed by conflict topic. Whatever fails goes to the dead-letter topic with the reason.
 *
 * <pre>
 * raw-pages ─▶ parse-raw-page ─┬─▶ [by-site repartition] ─▶ extract-article(site-memory) ─┬─▶ articles (key = topic)
 *                              │                                                         ├─▶ articles.other (key none)
 *                              └─────────────────────────────────────────────────────────┴─▶ dead-letter
 * </pre>
 * Each site's template is learned by one task, so all pages of a site must share a partition. Producers of the raw
 * topic place them so ({@link org.frontwire.records.SitePartitioner}), and the key stays the page's URL; for a raw
 * topic written by other producers, {@link ProcessorSettings#repartitionBySite()} adds the repartition. The article
 * branches also feed the dashboard stores ({@link DashboardStores}), and the dead-letter topic is read back to count
 * dead letters by stage, whichever step or exception handler wrote them.
 */
public final class ProcessorTopology {
    public static final String SITE_MEMORY_STORE = "site-memory";
    public static final String BY_SITE_REPARTITION = "raw-pages-by-site";

    private ProcessorTopology() {}

    public static Topology build(ProcessorSettings settings, ArticlePipeline pipeline) {
        StreamsBuilder builder = new StreamsBuilder();

        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SITE_MEMORY_STORE), Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(DashboardStores.articlesPerMinute());
        builder.addStateStore(DashboardStores.latestArticles());
        builder.addStateStore(DashboardStores.deadLetters());

        Map<String, KStream<byte[], Outcome>> parsed = builder
                .stream(settings.rawPagesTopic(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw-pages"))
                .processValues(ParseRawPage::new, Named.as("parse-raw-page"))
                .split(Named.as("parsed-"))
                .branch((key, outcome) -> outcome.failed(), Branched.as("failed"))
                .defaultBranch(Branched.as("ok"));

        KStream<byte[], Outcome> pages = parsed.get("parsed-ok");
        if (settings.repartitionBySite()) {
            pages = pages.repartition(Repartitioned.with(Serdes.ByteArray(), new JsonSerde<>(Outcome.class))
                    .withName(BY_SITE_REPARTITION)
                    .withStreamPartitioner((topic, url, outcome, partitions) ->
                            Optional.of(Set.of(Sites.partitionOf(ArticlePipeline.siteKeyOf(outcome.page()), partitions)))));
        }
        Map<String, KStream<byte[], Outcome>> processed = pages
                .processValues(() -> new ExtractArticle(pipeline), Named.as("extract-article"), SITE_MEMORY_STORE)
                .split(Named.as("processed-"))
                .branch((url, outcome) -> outcome.failed(), Branched.as("failed"))
                .branch((url, outcome) -> outcome.article().aboutConflict(), Branched.as("conflict"))
                .defaultBranch(Branched.as("other"));

        parsed.get("parsed-failed")
                .mapValues(Outcome::deadLetter, Named.as("unparsable-to-dead-letter"))
                .to(settings.deadLetterTopic(), deadLetterSink("unparsable-dead-letter-sink"));
        processed.get("processed-failed")
                .mapValues(Outcome::deadLetter, Named.as("failed-to-dead-letter"))
                .to(settings.deadLetterTopic(), deadLetterSink("failed-dead-letter-sink"));

        JsonSerde<Article> articles = new JsonSerde<>(Article.class);
        processed.get("processed-conflict")
                .processValues(RecordArticle::new, Named.as("dashboard-conflict-article"),
                        DashboardStores.ARTICLES_PER_MINUTE, DashboardStores.LATEST_ARTICLES)
                .map((url, outcome) -> KeyValue.pair(outcome.article().topic(), outcome.article()),
                        Named.as("key-by-topic"))
                .to(settings.articlesTopic(), Produced.with(Serdes.String(), articles).withName("articles-sink"));
        processed.get("processed-other")
                .processValues(RecordArticle::new, Named.as("dashboard-other-article"),
                        DashboardStores.ARTICLES_PER_MINUTE, DashboardStores.LATEST_ARTICLES)
                .map((url, outcome) -> KeyValue.pair(Article.NO_TOPIC, outcome.article()),
                        Named.as("key-none"))
                .to(settings.otherArticlesTopic(), Produced.with(Serdes.String(), articles).withName("other-articles-sink"));

        builder.stream(settings.deadLetterTopic(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("dead-letters"))
                .process(CountDeadLetter::new, Named.as("dashboard-count-dead-letter"), DashboardStores.DEAD_LETTERS);

        return builder.build();
    }

    /** A new one per sink: {@link Produced#withName} changes the instance it is called on. */
    private static Produced<byte[], DeadLetter> deadLetterSink(String name) {
        return Produced.with(Serdes.ByteArray(), new JsonSerde<>(DeadLetter.class)).withName(name);
    }
}
