package org.frontwire.processors.conflicttopics;

import org.frontwire.config.ConfigKeys;
import org.frontwire.config.ConfigValues;

/**
 * Whether each conflict's articles are also written to a topic of their own ({@code topics.per-conflict-topics}),
 * named {@code prefix + slug} ({@code topics.conflict-prefix}).
 */
public record ConflictTopicSettings(boolean enabled, String prefix) {
    public ConflictTopicSettings {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("topics.conflict-prefix must not be empty");
        }
    }

    public static ConflictTopicSettings from(ConfigValues config) {
        return new ConflictTopicSettings(config.getBoolean(ConfigKeys.TOPICS_PER_CONFLICT_TOPICS),
                config.get(ConfigKeys.TOPICS_CONFLICT_PREFIX));
    }

    /** The defaults of {@code frontwire.properties}. */
    public static ConflictTopicSettings defaults() {
        return from(ConfigValues.defaults());
    }
}
