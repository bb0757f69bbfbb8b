package org.frontwire.processors.topology;

import org.frontwire.records.Topics;

/**
 * The topics the processor reads and writes, and whether it must repartition the raw pages by site itself.
 *
 * @param repartitionBySite false when the raw topic is partitioned by site at the producer
 *                          ({@link org.frontwire.records.SitePartitioner}, as ingest does); true for raw topics
 *                          written by other producers, at the cost of a second trip of every page through Kafka
 */
public record ProcessorSettings(String rawPagesTopic, String articlesTopic, String otherArticlesTopic, String deadLetterTopic,
                                boolean repartitionBySite) {

    public ProcessorSettings(String rawPagesTopic, String articlesTopic, String otherArticlesTopic, String deadLetterTopic) {
        this(rawPagesTopic, articlesTopic, otherArticlesTopic, deadLetterTopic, false);
    }

    public static ProcessorSettings defaults() {
        return new ProcessorSettings(Topics.RAW_PAGES, Topics.ARTICLES, Topics.ARTICLES_OTHER, Topics.DEAD_LETTER);
    }

    public ProcessorSettings withRepartitionBySite(boolean repartition) {
        return new ProcessorSettings(rawPagesTopic, articlesTopic, otherArticlesTopic, deadLetterTopic, repartition);
    }
}
