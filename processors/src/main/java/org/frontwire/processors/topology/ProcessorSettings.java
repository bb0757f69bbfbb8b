package org.frontwire.processors.topology;

import org.frontwire.records.Topics;

/** Topic names the processor reads and writes. */
public record ProcessorSettings(String rawPagesTopic, String articlesTopic, String otherArticlesTopic, String deadLetterTopic) {

    public static ProcessorSettings defaults() {
        return new ProcessorSettings(Topics.RAW_PAGES, Topics.ARTICLES, Topics.ARTICLES_OTHER, Topics.DEAD_LETTER);
    }
}
