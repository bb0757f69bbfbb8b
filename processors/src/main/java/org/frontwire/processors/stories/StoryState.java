package org.frontwire.processors.stories;

import java.util.List;
import java.util.Map;
import org.frontwire.records.Story;

/**
 * A story as the clustering keeps it: the published {@link Story}, plus what later reports are matched against.
 *
 * @param story       the published state
 * @param group       the clustering group (conflict topic, or language for the others)
 * @param anchor      event time (epoch ms) the story is filed under; the join window counts from it
 * @param members     fingerprints of its first reports, bounded
 * @param posted      the index keys it is already posted under
 * @param topicCounts articles per conflict topic
 */
public record StoryState(
        Story story,
        String group,
        long anchor,
        List<Fingerprint> members,
        List<String> posted,
        Map<String, Integer> topicCounts) {

    /** Member fingerprints kept: the first ones, which later reports are compared with. */
    public static final int MAX_MEMBERS = 6;

    /** This state with other member fingerprints. */
    public StoryState withMembers(List<Fingerprint> others) {
        return new StoryState(story, group, anchor, others, posted, topicCounts);
    }
}
