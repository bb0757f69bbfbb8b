package org.frontwire.processors.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontwire.processors.state.TimeBucketStore;
import org.frontwire.records.Json;
import org.frontwire.records.Article;
import org.frontwire.records.Story;

/**
 * For each conflict of a story update: counts a new story (its first update) in its minute, and keeps the story, at
 * its latest size, among the conflict's biggest of the last {@link DashboardStoryStores#BIGGEST_HORIZON}.
 */
final class RecordStory implements Processor<String, Story, Void, Void> {
    private TimeBucketStore<String, Long> perMinute;
    private KeyValueStore<String, byte[]> biggest;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.perMinute = DashboardStores.perMinute(context.getStateStore(DashboardStoryStores.STORIES_PER_MINUTE));
        this.biggest = context.getStateStore(DashboardStoryStores.BIGGEST_STORIES);
    }

    @Override
    public void process(Record<String, Story> record) {
        Story story = record.value();
        if (story == null || story.id() == null || story.topics() == null) {
            return;
        }
        Set<String> conflicts = new LinkedHashSet<>(story.topics());
        conflicts.remove(Article.NO_TOPIC);
        conflicts.remove(null);
        Instant at = Instant.ofEpochMilli(record.timestamp());
        long minute = record.timestamp() - Math.floorMod(record.timestamp(), DashboardStores.WINDOW.toMillis());
        StoryEntry entry = StoryEntry.of(story, at);
        for (String conflict : conflicts) {
            if (story.articles() <= 1) {
                Long count = perMinute.get(conflict, minute);
                perMinute.put(conflict, minute, count == null ? 1L : count + 1);
            }
            List<StoryEntry> kept = StoryEntry.listFrom(biggest.get(conflict));
            List<StoryEntry> others = new ArrayList<>(kept.size() + 1);
            others.add(entry);
            kept.stream().filter(s -> !s.id().equals(story.id())).forEach(others::add);
            biggest.put(conflict, Json.toBytes(StoryEntry.biggest(others,
                    at.minus(DashboardStoryStores.BIGGEST_HORIZON), DashboardStoryStores.BIGGEST_PER_TOPIC)));
        }
    }
}
