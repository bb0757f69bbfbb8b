package org.frontwire.records;

import java.time.Instant;

/**
 * The story an article joined, as it stood when the article joined: carried by every {@link Article}.
 *
 * @param id        the story's id (stable)
 * @param firstSeen event time of the story's first article
 * @param articles  the story's article count, this article included
 * @param outlets   the story's distinct outlets, this article's included
 */
public record StoryRef(String id, Instant firstSeen, int articles, int outlets) {}
