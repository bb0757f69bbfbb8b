package org.frontwire.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An extracted, classified article, published to {@link Topics#ARTICLES} keyed by {@link #topic()}
 * (a slug of the conflict taxonomy), or to {@link Topics#ARTICLES_OTHER} keyed {@code none}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
        int schemaVersion,
        String id,
        String url,
        String canonicalUrl,
        String site,
        String title,
        String summary,
        String text,
        String language,
        Instant publishedAt,
        Instant fetchedAt,
        String author,
        List<String> keywords,
        String sourceLine,
        String topic,
        List<TopicScore> topics,
        Map<String, List<String>> evidence,
        String processorVersion,
        StoryRef story) {

    /** 2: {@code story}, the story the article joined. */
    public static final int SCHEMA_VERSION = 2;
    public static final String NO_TOPIC = "none";

    /** This article as a member of {@code ref}'s story. */
    public Article withStory(StoryRef ref) {
        return new Article(schemaVersion, id, url, canonicalUrl, site, title, summary, text, language, publishedAt, fetchedAt,
                author, keywords, sourceLine, topic, topics, evidence, processorVersion, ref);
    }

    public boolean aboutConflict() {
        return topic != null && !NO_TOPIC.equals(topic);
    }
}
