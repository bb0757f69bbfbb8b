package org.frontwire.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The current state of a story: the reports of one event, statement or decision across outlets. Published to
 * {@link Topics#STORIES} (compacted) keyed by {@link #id()}, once for each article that joins it.
 *
 * @param id        stable story id (the id of its first article's story, never changes)
 * @param topics    conflict slugs of its articles, most frequent first ({@code none} when none is about a conflict)
 * @param title     representative title (from the earliest or most complete report)
 * @param summary   representative summary or lead
 * @param languages languages of its articles
 * @param firstSeen event time of its first article (published, else fetched)
 * @param lastSeen  event time of its latest article
 * @param articles  number of articles that joined
 * @param outlets   number of distinct outlets (sites)
 * @param sites     the distinct outlets, bounded
 * @param urls      member URLs in joining order, bounded (the first {@link #MAX_URLS})
 * @param terms     the evidence terms that tie its reports together
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Story(
        int schemaVersion,
        String id,
        List<String> topics,
        String title,
        String summary,
        List<String> languages,
        Instant firstSeen,
        Instant lastSeen,
        int articles,
        int outlets,
        List<String> sites,
        List<String> urls,
        List<String> terms) {

    public static final int SCHEMA_VERSION = 1;
    public static final int MAX_URLS = 50;
}
