package org.frontwire.processors.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.frontwire.records.Story;

/**
 * Synthetic story updates, as story clustering would emit them: a story's first update has one article from one
 * outlet; each article that joins makes a further update with the counts grown and {@code lastSeen} its time.
 * Updates are piped in time order (stable: equal times keep the order they were added in).
 */
final class StoryFeed {
    /** One story update and the time it happened. */
    record Update(Instant at, Story story) {}

    private final List<Update> updates = new ArrayList<>();
    private final Map<String, Story> current = new HashMap<>();

    /** A new story, first seen at {@code at}. */
    StoryFeed story(String id, Instant at, String... topics) {
        Story s = new Story(Story.SCHEMA_VERSION, id, List.of(topics), "Title of " + id, null, List.of("en"),
                at, at, 1, 1, List.of("outlet-0.example"), List.of("https://outlet-0.example/" + id), List.of());
        current.put(id, s);
        updates.add(new Update(at, s));
        return this;
    }

    /** Another article joins story {@code id} at {@code at}; {@code newOutlet}: from an outlet it had not yet. */
    StoryFeed join(String id, Instant at, boolean newOutlet) {
        Story s = current.get(id);
        int articles = s.articles() + 1;
        int outlets = s.outlets() + (newOutlet ? 1 : 0);
        Story grown = new Story(s.schemaVersion(), s.id(), s.topics(), s.title(), s.summary(), s.languages(),
                s.firstSeen(), at.isAfter(s.lastSeen()) ? at : s.lastSeen(), articles, outlets, s.sites(), s.urls(), s.terms());
        current.put(id, grown);
        updates.add(new Update(at, grown));
        return this;
    }

    /** {@code count} articles join story {@code id}, one every {@code every} from {@code from}, each from a new outlet. */
    StoryFeed reprints(String id, Instant from, Duration every, int count) {
        for (int i = 0; i < count; i++) {
            join(id, from.plus(every.multipliedBy(i)), true);
        }
        return this;
    }

    /** Pipes the updates in time order, each with its time as the record's timestamp, and forgets them. */
    void pipeTo(TestInputTopic<String, Story> topic) {
        updates.sort(Comparator.comparing(Update::at));
        updates.forEach(u -> topic.pipeInput(u.story().id(), u.story(), u.at()));
        updates.clear();
    }

    /** The updates in time order, forgotten here. */
    List<Update> drain() {
        updates.sort(Comparator.comparing(Update::at));
        List<Update> out = List.copyOf(updates);
        updates.clear();
        return out;
    }

    /** Pipes one update at once, out of time order. */
    void pipeNow(TestInputTopic<String, Story> topic) {
        updates.forEach(u -> topic.pipeInput(u.story().id(), u.story(), u.at()));
        updates.clear();
    }
}
