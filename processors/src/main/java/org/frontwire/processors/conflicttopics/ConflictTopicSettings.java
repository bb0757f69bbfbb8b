package org.frontwire.processors.conflicttopics;

/**
 * Whether each conflict's articles are also written to a topic of their own ({@code topics.per-conflict-topics}),
 * named {@code prefix + slug} ({@code topics.conflict-prefix}).
 */
public record ConflictTopicSettings(boolean enabled, String prefix) {
    public static final String DEFAULT_PREFIX = "frontwire.conflict.";

    public ConflictTopicSettings {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("topics.conflict-prefix must not be empty");
        }
    }

    public static ConflictTopicSettings defaults() {
        return new ConflictTopicSettings(false, DEFAULT_PREFIX);
    }
}
