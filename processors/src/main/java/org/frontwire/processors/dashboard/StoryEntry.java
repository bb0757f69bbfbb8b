package org.frontwire.processors.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontwire.records.Json;
import org.frontwire.records.Story;

/**
 * What the dashboard shows of one story: its size as last updated.
 *
 * @param url       the story's first report
 * @param updatedAt when its latest update went through the processor (record time), which decides "now"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryEntry(String id, String title, String url, int articles, int outlets, Instant firstSeen, Instant lastSeen,
                         Instant updatedAt) {
    private static final TypeReference<List<StoryEntry>> LIST = new TypeReference<>() {};
    /** Most outlets, then most articles, then most recently updated, then by id. */
    static final Comparator<StoryEntry> BIGGEST_FIRST = Comparator.comparingInt(StoryEntry::outlets).reversed()
            .thenComparing(Comparator.comparingInt(StoryEntry::articles).reversed())
            .thenComparing(StoryEntry::updatedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(StoryEntry::id);

    static StoryEntry of(Story story, Instant updatedAt) {
        String url = story.urls() == null || story.urls().isEmpty() ? null : story.urls().get(0);
        return new StoryEntry(story.id(), story.title(), url, story.articles(), story.outlets(), story.firstSeen(),
                story.lastSeen(), updatedAt);
    }

    static List<StoryEntry> listFrom(byte[] json) {
        return Json.listFrom(json, LIST);
    }


    /**
     * The biggest of {@code stories} updated at or after {@code since}, one entry per story id (its biggest), at most
     * {@code max}.
     */
    static List<StoryEntry> biggest(List<StoryEntry> stories, Instant since, int max) {
        Map<String, StoryEntry> byId = new LinkedHashMap<>();
        for (StoryEntry s : stories) {
            if (s.updatedAt() != null && !s.updatedAt().isBefore(since)) {
                byId.merge(s.id(), s, (a, b) -> BIGGEST_FIRST.compare(a, b) <= 0 ? a : b);
            }
        }
        List<StoryEntry> out = new ArrayList<>(byId.values());
        out.sort(BIGGEST_FIRST);
        return List.copyOf(out.subList(0, Math.min(out.size(), max)));
    }
}
