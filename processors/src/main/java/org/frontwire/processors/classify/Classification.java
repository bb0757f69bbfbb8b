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
 * @param anchors  per topic, the conflict vocabulary found near its terms (shelling, ceasefire, two-state
 *                 solution): why the article is about the war and not only about its places
 */
public record Classification(String primary, List<TopicScore> topics, Map<String, List<String>> evidence,
        Map<String, List<String>> anchors) {

    public Classification(String primary, List<TopicScore> topics, Map<String, List<String>> evidence) {
        this(primary, topics, evidence, Map.of());
    }

    public static Classification none() {
        return new Classification("none", List.of(), Map.of(), Map.of());
    }
}
