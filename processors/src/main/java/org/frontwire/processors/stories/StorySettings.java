package org.frontwire.processors.stories;

import static org.frontwire.config.ConfigKeys.*;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.frontwire.config.ConfigValues;
import org.frontwire.config.FrontwireTopic;
import org.frontwire.config.TopicSettings;

/**
 * How reports are grouped into stories ({@code stories.*} in frontwire.properties).
 *
 * @param enabled          whether the processor clusters stories at all
 * @param storiesTopic     the compacted topic story states are written to, keyed by story id
 * @param window           how far apart in event time two reports of one story may be (from the story's first report)
 * @param joinSimilarity   the least cosine of a report's TF-IDF vector (title and opening words) with a member's for it to join
 * @param leadSimilarity   the least weighted overlap of a report's headline and opening with a member's for it to join
 * @param reprintSimilarity the least estimated shingle overlap (MinHash) at which a report is a copy of a member
 * @param maxCandidates    stories a report is compared with in full, the best by shared rare terms
 * @param postingsCap      stories read per index term; a term more common than this is not used to find candidates
 * @param maxUrls          member URLs kept in a story record
 * @param byTopic          stories are clustered apart per conflict topic (and per language for the others), which
 *                         spreads the work over more tasks but misses reports of one event classified apart;
 *                         otherwise per language
 */
public record StorySettings(
        boolean enabled,
        String storiesTopic,
        Duration window,
        double joinSimilarity,
        double leadSimilarity,
        double reprintSimilarity,
        int maxCandidates,
        int postingsCap,
        int maxUrls,
        boolean byTopic) {

    public static final Duration DEFAULT_WINDOW = Duration.ofDays(3);

    public StorySettings {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("stories.window must be a positive duration, got " + window);
        }
        if (joinSimilarity <= 0 || joinSimilarity > 1 || leadSimilarity < 0 || leadSimilarity > 1 || reprintSimilarity <= 0 || reprintSimilarity > 1) {
            throw new IllegalArgumentException("stories similarities must be in (0, 1]");
        }
        if (maxCandidates < 1 || postingsCap < 1 || maxUrls < 1) {
            throw new IllegalArgumentException("stories.max-candidates, stories.postings-cap and stories.max-urls must be at least 1");
        }
    }

    public static StorySettings from(ConfigValues config) {
        Duration window;
        try {
            window = Duration.parse(config.get(STORIES_WINDOW));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(STORIES_WINDOW + " must be an ISO-8601 duration such as P3D or PT36H, not '"
                    + config.get(STORIES_WINDOW) + "'");
        }
        return new StorySettings(config.getBoolean(STORIES_ENABLED), TopicSettings.from(config).name(FrontwireTopic.STORIES),
                window, config.getDouble(STORIES_JOIN_SIMILARITY), config.getDouble(STORIES_LEAD_SIMILARITY),
                config.getDouble(STORIES_REPRINT_SIMILARITY), config.getInt(STORIES_MAX_CANDIDATES),
                config.getInt(STORIES_POSTINGS_CAP), config.getInt(STORIES_MAX_URLS), config.getBoolean(STORIES_BY_TOPIC));
    }

    /** The defaults of {@code frontwire.properties}. */
    public static StorySettings defaults() {
        return from(ConfigValues.defaults());
    }

    public StorySettings withWindow(Duration w) {
        return new StorySettings(enabled, storiesTopic, w, joinSimilarity, leadSimilarity, reprintSimilarity, maxCandidates, postingsCap, maxUrls, byTopic);
    }

    public StorySettings withJoinSimilarity(double s) {
        return new StorySettings(enabled, storiesTopic, window, s, leadSimilarity, reprintSimilarity, maxCandidates, postingsCap, maxUrls, byTopic);
    }

    public StorySettings withStoriesTopic(String topic) {
        return new StorySettings(enabled, topic, window, joinSimilarity, leadSimilarity, reprintSimilarity, maxCandidates, postingsCap, maxUrls, byTopic);
    }

    public StorySettings withByTopic(boolean b) {
        return new StorySettings(enabled, storiesTopic, window, joinSimilarity, leadSimilarity, reprintSimilarity, maxCandidates, postingsCap, maxUrls, b);
    }
}
