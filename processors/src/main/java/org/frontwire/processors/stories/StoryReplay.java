package org.frontwire.processors.stories;

import java.time.Instant;
import org.frontwire.records.Article;

/**
 * Story clustering outside Kafka, for {@code extract} and replays: articles in the order given, the same
 * {@link StoryClusterer} as the stream, its memory in bounded maps that drop what is older than the window.
 */
public final class StoryReplay {
    private final InMemoryStoryMemory memory;
    private final StoryClusterer clusterer;

    public StoryReplay(StorySettings settings) {
        this.memory = new InMemoryStoryMemory(settings.window().multipliedBy(2));
        this.clusterer = new StoryClusterer(settings, memory);
    }

    /** The article carrying the story it joined (or started). */
    public Article add(Article article) {
        return article.withStory(assign(article).ref());
    }

    public StoryClusterer.Assignment assign(Article article) {
        return clusterer.assign(article, StoryClusterer.eventTime(article, Instant.EPOCH));
    }

    /** Stories kept now. */
    public int storiesKept() {
        return memory.storyCount();
    }
}
