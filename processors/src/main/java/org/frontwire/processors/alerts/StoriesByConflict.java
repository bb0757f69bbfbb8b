package org.frontwire.processors.alerts;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.frontwire.records.Article;
import org.frontwire.records.Story;

/**
 * Re-keys a story update by each conflict it is about ({@code none} is not a conflict) and stamps it with its event
 * time: the story's {@code lastSeen} (the time of the article that just joined), so that stream time downstream is
 * event time. A story without a {@code firstSeen} is taken as first seen at the record's own time.
 */
final class StoriesByConflict implements Processor<String, Story, String, StorySize> {
    private ProcessorContext<String, StorySize> context;

    @Override
    public void init(ProcessorContext<String, StorySize> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Story> record) {
        Story story = record.value();
        if (story == null || story.id() == null || story.topics() == null) {
            return;
        }
        Instant firstSeen = story.firstSeen() != null ? story.firstSeen() : Instant.ofEpochMilli(record.timestamp());
        Instant lastSeen = story.lastSeen() != null && story.lastSeen().isAfter(firstSeen) ? story.lastSeen() : firstSeen;
        StorySize size = StorySize.of(story, firstSeen);
        Set<String> conflicts = new LinkedHashSet<>(story.topics());
        conflicts.remove(Article.NO_TOPIC);
        conflicts.remove(null);
        for (String conflict : conflicts) {
            context.forward(new Record<>(conflict, size, lastSeen.toEpochMilli(), record.headers()));
        }
    }
}
