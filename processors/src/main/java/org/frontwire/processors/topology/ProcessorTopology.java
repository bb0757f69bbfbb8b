package org.frontwire.processors.topology;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
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
import org.frontwire.processors.metrics.MeasurePage;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.Article;
import org.frontwire.records.DeadLetter;
import org.frontwire.records.JsonSerde;

/**
 * The processor: raw pages are parsed, repartitioned by host (so one task learns each site's template), extracted,
 * classified and written keyed by conflict topic. Whatever fails goes to the dead-letter topic with the reason.
 *
 * <pre>
 * raw-pages ─▶ parse-raw-page ─┬─▶ key-by-host ─▶ repartition ─▶ extract-article(site-memory) ─┬─▶ articles (key = topic)
 *                              │                                                               ├─▶ articles.other (key none)
 *                              └───────────────────────────────────────────────────────────────┴─▶ dead-letter
 * </pre>
 * The article branches also feed the dashboard stores ({@link DashboardStores}), and the dead-letter topic is read
 * back to count dead letters by stage, whichever step or exception handler wrote them.
 */
public final class ProcessorTopology {
    public static final String SITE_MEMORY_STORE = "site-memory";
    public static final String BY_HOST_REPARTITION = "raw-pages-by-host";

    private ProcessorTopology() {}

    public static Topology build(ProcessorSettings settings, ArticlePipeline pipeline) {
        StreamsBuilder builder = new StreamsBuilder();
        JsonSerde<Outcome> outcomes = new JsonSerde<>(Outcome.class);

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

        parsed.get("parsed-failed")
                .mapValues(Outcome::deadLetter, Named.as("unparsable-to-dead-letter"))
                .to(settings.deadLetterTopic(), Produced.with(Serdes.ByteArray(), new JsonSerde<>(DeadLetter.class))
                        .withName("unparsable-dead-letter-sink"));

        Map<String, KStream<String, Outcome>> processed = parsed.get("parsed-ok")
                .selectKey((key, outcome) -> ArticlePipeline.siteKeyOf(outcome.page()), Named.as("key-by-site"))
                .repartition(Repartitioned.with(Serdes.String(), outcomes).withName(BY_HOST_REPARTITION))
                .processValues(MeasurePage::new, Named.as("measure-page"))
                .processValues(() -> new ExtractArticle(pipeline), Named.as("extract-article"), SITE_MEMORY_STORE)
                .split(Named.as("processed-"))
                .branch((host, outcome) -> outcome.failed(), Branched.as("failed"))
                .branch((host, outcome) -> outcome.article().aboutConflict(), Branched.as("conflict"))
                .defaultBranch(Branched.as("other"));

        processed.get("processed-failed")
                .map((host, outcome) -> org.apache.kafka.streams.KeyValue.pair(
                        outcome.deadLetter().key() == null ? null : outcome.deadLetter().key().getBytes(StandardCharsets.UTF_8),
                        outcome.deadLetter()), Named.as("failed-to-dead-letter"))
                .to(settings.deadLetterTopic(), Produced.with(Serdes.ByteArray(), new JsonSerde<>(DeadLetter.class))
                        .withName("failed-dead-letter-sink"));

        JsonSerde<Article> articles = new JsonSerde<>(Article.class);
        processed.get("processed-conflict")
                .processValues(RecordArticle::new, Named.as("dashboard-conflict-article"),
                        DashboardStores.ARTICLES_PER_MINUTE, DashboardStores.LATEST_ARTICLES)
                .map((host, outcome) -> org.apache.kafka.streams.KeyValue.pair(outcome.article().topic(), outcome.article()),
                        Named.as("key-by-topic"))
                .to(settings.articlesTopic(), Produced.with(Serdes.String(), articles).withName("articles-sink"));
        processed.get("processed-other")
                .processValues(RecordArticle::new, Named.as("dashboard-other-article"),
                        DashboardStores.ARTICLES_PER_MINUTE, DashboardStores.LATEST_ARTICLES)
                .map((host, outcome) -> org.apache.kafka.streams.KeyValue.pair(Article.NO_TOPIC, outcome.article()),
                        Named.as("key-none"))
                .to(settings.otherArticlesTopic(), Produced.with(Serdes.String(), articles).withName("other-articles-sink"));

        builder.stream(settings.deadLetterTopic(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("dead-letters"))
                .process(CountDeadLetter::new, Named.as("dashboard-count-dead-letter"), DashboardStores.DEAD_LETTERS);

        return builder.build();
    }
}
