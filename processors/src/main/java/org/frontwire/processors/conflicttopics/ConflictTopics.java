package org.frontwire.processors.conflicttopics;

import java.util.Collection;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.frontwire.records.Article;
import org.frontwire.records.JsonSerde;

/**
 * Optional per-conflict topics: every article about a conflict is also written to {@code frontwire.conflict.<slug>},
 * for consumers that want one conflict without filtering on the key. Off by default.
 *
 * <pre>
 * articles (key = slug) ─▶ conflict-topics-about-a-conflict ─▶ conflict-topics-sink ─▶ frontwire.conflict.&lt;slug&gt;
 * </pre>
 * Kafka Streams does not create the topics a {@link TopicNameExtractor} names: create {@link #topicsFor} the
 * taxonomy's slugs before the processor starts (or let the cluster create them on first write).
 */
public final class ConflictTopics {
    private ConflictTopics() {}

    /** Adds the per-conflict sink when {@link ConflictTopicSettings#enabled()}; otherwise adds nothing. */
    public static void addTo(StreamsBuilder builder, ConflictTopicSettings settings, KStream<String, Article> articlesByTopic) {
        if (!settings.enabled()) {
            return;
        }
        TopicNameExtractor<String, Article> topicOfConflict = (slug, article, context) -> topicOf(settings, article.topic());
        articlesByTopic
                .filter((slug, article) -> article != null && article.aboutConflict(), Named.as("conflict-topics-about-a-conflict"))
                .to(topicOfConflict, Produced.with(Serdes.String(), new JsonSerde<>(Article.class)).withName("conflict-topics-sink"));
    }

    /** The topic of one conflict; characters Kafka does not allow in a topic name become {@code _}. */
    public static String topicOf(ConflictTopicSettings settings, String slug) {
        return settings.prefix() + slug.replaceAll("[^a-zA-Z0-9._-]", "_");
    }

    /** The topics of these conflicts, to create before the processor starts. */
    public static List<String> topicsFor(ConflictTopicSettings settings, Collection<String> slugs) {
        return slugs.stream().filter(s -> !Article.NO_TOPIC.equals(s)).map(s -> topicOf(settings, s)).distinct().toList();
    }
}
