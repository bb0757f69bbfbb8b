package org.frontwire.processors.alerts;

import java.time.Instant;
import java.util.Comparator;
import org.frontwire.records.Alert;
import org.frontwire.records.Story;

/**
 * What surge detection keeps of one story update: enough to count it once (when it is new) and to rank it among its
 * window's stories. It is what crosses the repartition by conflict, instead of the whole {@link Story}.
 */
public record StorySize(String id, String title, Instant firstSeen, int articles, int outlets) {
    /** Biggest first: most outlets, then most articles, then earliest, then by id (ties are broken the same way every time). */
    static final Comparator<StorySize> BIGGEST_FIRST = Comparator.comparingInt(StorySize::outlets).reversed()
            .thenComparing(Comparator.comparingInt(StorySize::articles).reversed())
            .thenComparing(StorySize::firstSeen)
            .thenComparing(StorySize::id);

    static StorySize of(Story story, Instant firstSeen) {
        return new StorySize(story.id(), story.title(), firstSeen, story.articles(), story.outlets());
    }

    /** The first update of a story: only these are counted. */
    boolean isNew() {
        return articles <= 1;
    }

    Alert.AlertStory toAlertStory() {
        return new Alert.AlertStory(id, title, articles, outlets);
    }
}
