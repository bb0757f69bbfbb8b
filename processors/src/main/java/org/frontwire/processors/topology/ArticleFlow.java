package org.frontwire.processors.topology;

import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.Article;
import org.frontwire.records.JsonSerde;
import org.frontwire.records.RawPage;

/**
 * Raw pages in, classified articles and dead letters out: each page is parsed, then extracted against what its
 * site's template taught so far ({@link #SITE_MEMORY_STORE}) and classified. Writes nothing itself; the streams it
 * returns go on to {@link ArticleSinks} (or through further steps first).
 *
 * <pre>
 * raw-pages ─▶ parse-raw-page ─┬─▶ [raw-pages-by-site] ─▶ extract-article(site-memory) ─┬─▶ articles (key = URL)
 *                              │                                                       │
 *                              └─▶ dead letters "unparsable"                           └─▶ dead letters "failed"
 * </pre>
 * Each site's template is learned by one task, so all pages of a site must share a partition. Producers of the raw
 * topic place them so ({@link org.frontwire.records.SitePartitioner}), and the key stays the page's URL; for a raw
 * topic written by other producers, {@link ProcessorSettings#repartitionBySite()} adds the repartition
 * {@value #BY_SITE_REPARTITION}.
 */
public final class ArticleFlow {
    public static final String SITE_MEMORY_STORE = "site-memory";
    public static final String BY_SITE_REPARTITION = "raw-pages-by-site";

    private ArticleFlow() {}

    public static ArticleStreams addTo(StreamsBuilder builder, ProcessorSettings settings, ArticlePipeline pipeline) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SITE_MEMORY_STORE), Serdes.String(), Serdes.ByteArray()));

        Map<String, KStream<byte[], Outcome>> parsed = builder
                .stream(settings.rawPagesTopic(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw-pages"))
                .processValues(ParseRawPage::new, Named.as("parse-raw-page"))
                .split(Named.as("parsed-"))
                .branch((key, outcome) -> outcome instanceof Outcome.Dead, Branched.as("failed"))
                .defaultBranch(Branched.as("ok"));

        KStream<byte[], RawPage> pages = parsed.get("parsed-ok")
                .mapValues(outcome -> ((Outcome.Page) outcome).page(), Named.as("parsed-page"));
        if (settings.repartitionBySite()) {
            pages = pages.repartition(Repartitioned.with(Serdes.ByteArray(), new JsonSerde<>(RawPage.class))
                    .withName(BY_SITE_REPARTITION)
                    .withStreamPartitioner(new BySitePartitioner()));
        }
        Map<String, KStream<byte[], Outcome>> processed = pages
                .processValues(() -> new ExtractArticle(pipeline), Named.as("extract-article"), SITE_MEMORY_STORE)
                .split(Named.as("processed-"))
                .branch((url, outcome) -> outcome instanceof Outcome.Dead, Branched.as("failed"))
                .defaultBranch(Branched.as("done"));

        KStream<byte[], Article> articles = processed.get("processed-done")
                .mapValues(outcome -> ((Outcome.Done) outcome).article(), Named.as("classified-article"));
        return new ArticleStreams(articles, Map.of())
                .withDeadLetters("unparsable", parsed.get("parsed-failed")
                        .mapValues(outcome -> ((Outcome.Dead) outcome).deadLetter(), Named.as("unparsable-to-dead-letter")))
                .withDeadLetters("failed", processed.get("processed-failed")
                        .mapValues(outcome -> ((Outcome.Dead) outcome).deadLetter(), Named.as("failed-to-dead-letter")));
    }
}
