package org.frontwire.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A surge: the number of new stories about one conflict in a window rose far above that conflict's own baseline.
 * Published to {@link Topics#ALERTS} keyed by {@link #topic()}, once per surge.
 *
 * @param topic       the conflict slug
 * @param windowStart start of the window (event time) in which the surge was seen
 * @param windowEnd   end of that window (exclusive)
 * @param newStories  new stories about the conflict in the window
 * @param baseline    the conflict's baseline of new stories per window (trailing mean)
 * @param threshold   the count the window had to reach
 * @param topStories  the biggest stories of the window, biggest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alert(
        int schemaVersion,
        String topic,
        Instant windowStart,
        Instant windowEnd,
        int newStories,
        double baseline,
        double threshold,
        List<AlertStory> topStories) {

    public static final int SCHEMA_VERSION = 1;

    /** One story named in an alert. */
    public record AlertStory(String id, String title, int articles, int outlets) {}
}
