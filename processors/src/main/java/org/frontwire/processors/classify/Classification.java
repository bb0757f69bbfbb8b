package org.frontwire.processors.classify;

import java.util.List;
import java.util.Map;
import org.frontwire.records.TopicScore;

/**
 * The conflict topics an article is about.
 *
 * @param primary  the slug the article is keyed by, or {@code none}
 * @param topics   every topic above its threshold, best first
 * @param evidence the matched terms per topic, so an analyst can see why
 */
public record Classification(String primary, List<TopicScore> topics, Map<String, List<String>> evidence) {

    public static Classification none() {
        return new Classification("none", List.of(), Map.of());
    }
}
