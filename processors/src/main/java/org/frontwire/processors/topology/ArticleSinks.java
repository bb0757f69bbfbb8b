package org.frontwire.processors.topology;

import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.frontwire.processors.errors.DeadLetters;
import org.frontwire.records.Article;
import org.frontwire.records.DeadLetter;
import org.frontwire.records.JsonSerde;

/**
 * Writes what the processor made: articles about a conflict keyed by their topic slug, the others keyed
 * {@value Article#NO_TOPIC}, and every dead-letter stream to the dead-letter topic keyed by the original key.
 *
 * <pre>
 * articles ─▶ split ─┬─ about a conflict ─▶ key-by-topic ─▶ articles        (key = topic slug)
 *                    └─ other ──────────▶ key-none ─────▶ articles.other  (key = none)
 * dead letters "x" ─▶ x-dead-letter-key ──────────────────▶ dead-letter     (key = original key or its SHA-256 when over 8 KiB)
 * </pre>
 */
public final class ArticleSinks {
    private ArticleSinks() {}

    public static void addTo(StreamsBuilder builder, ProcessorSettings settings, ArticleStreams streams) {
        for (Map.Entry<String, KStream<byte[], DeadLetter>> dead : streams.deadLetters().entrySet()) {
            dead.getValue()
                    .map((key, letter) -> KeyValue.pair(DeadLetters.keyOf(key), letter), Named.as(dead.getKey() + "-dead-letter-key"))
                    .to(settings.deadLetterTopic(), deadLetterSink(dead.getKey() + "-dead-letter-sink"));
        }
        Map<String, KStream<byte[], Article>> byTopic = streams.articles()
                .split(Named.as("article-"))
                .branch((url, article) -> article.aboutConflict(), Branched.as("conflict"))
                .defaultBranch(Branched.as("other"));
        JsonSerde<Article> articles = new JsonSerde<>(Article.class);
        byTopic.get("article-conflict")
                .map((url, article) -> KeyValue.pair(article.topic(), article), Named.as("key-by-topic"))
                .to(settings.articlesTopic(), Produced.with(Serdes.String(), articles).withName("articles-sink"));
        byTopic.get("article-other")
                .map((url, article) -> KeyValue.pair(Article.NO_TOPIC, article), Named.as("key-none"))
                .to(settings.otherArticlesTopic(), Produced.with(Serdes.String(), articles).withName("other-articles-sink"));
    }

    /** A new one per sink: {@link Produced#withName} changes the instance it is called on. */
    private static Produced<byte[], DeadLetter> deadLetterSink(String name) {
        return Produced.with(Serdes.ByteArray(), new JsonSerde<>(DeadLetter.class)).withName(name);
    }
}
