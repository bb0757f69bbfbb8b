package org.frontwire.processors.stories;

import org.apache.kafka.streams.kstream.KStream;
import org.frontwire.records.Article;
import org.frontwire.records.Story;

/**
 * What {@link StoryClustering#addTo} gives back.
 *
 * @param articles the articles, each carrying {@code story}, keyed by their topic as before ({@code none} for the others)
 * @param stories  the story updates (already written to the stories topic), keyed by story id: the alerts' input
 */
public record StoryStreams(KStream<String, Article> articles, KStream<String, Story> stories) {}
