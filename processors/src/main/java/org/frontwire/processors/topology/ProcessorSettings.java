package org.frontwire.processors.topology;

import static org.frontwire.config.ConfigKeys.*;

import org.frontwire.config.ConfigValues;
import org.frontwire.config.FrontwireTopic;
import org.frontwire.config.TopicSettings;

/**
 * The processor's settings, read from the configuration ({@link #from}); every value and its default is documented in
 * {@code frontwire.properties}. Tests change single keys: {@code
 * ProcessorSettings.from(ConfigValues.defaults().with(ConfigKeys.FrontwireTopic.RAW_PAGES.nameKey(), "test.raw"))}.
 *
 * @param topics            names of the topics it reads and writes, and how they are created
 * @param repartitionBySite false when the raw topic is partitioned by site at the producer
 *                          ({@link org.frontwire.records.SitePartitioner}, as ingest does); true for raw topics
 *                          written by other producers, at the cost of a second trip of every page through Kafka
 * @param applicationId     Kafka Streams application id: instances with the same id share the partitions
 * @param threads           stream threads per instance
 * @param commitIntervalMs  how often transactions commit (latency against throughput)
 * @param compressionType   compression of what the processor produces
 * @param sessionTimeoutMs  how long a silent instance keeps its partitions
 * @param taxonomy          taxonomy file of the conflict topics; empty = the one shipped in the project
 * @param httpPort          port of the dashboard, metrics and health server; 0 = none
 * @param httpBindAddress   interface that server listens on
 * @param applicationServer host:port under which the other instances reach this one's server; empty = derived
 */
public record ProcessorSettings(TopicSettings topics, boolean repartitionBySite, String applicationId, int threads,
                                long commitIntervalMs, String compressionType, int sessionTimeoutMs, String taxonomy,
                                int httpPort, String httpBindAddress, String applicationServer) {

    public static ProcessorSettings from(ConfigValues config) {
        return new ProcessorSettings(TopicSettings.from(config),
                config.getBoolean(PROCESSOR_REPARTITION_BY_SITE),
                config.get(PROCESSOR_APPLICATION_ID),
                config.getInt(PROCESSOR_THREADS),
                config.getLong(PROCESSOR_COMMIT_INTERVAL_MS),
                config.get(PROCESSOR_COMPRESSION_TYPE),
                config.getInt(PROCESSOR_SESSION_TIMEOUT_MS),
                config.get(PROCESSOR_TAXONOMY),
                config.getInt(PROCESSOR_HTTP_PORT),
                config.get(HTTP_BIND_ADDRESS),
                config.get(PROCESSOR_APPLICATION_SERVER));
    }

    /** The values of {@code frontwire.properties}. */
    public static ProcessorSettings defaults() {
        return from(ConfigValues.defaults());
    }

    public String rawPagesTopic() {
        return topics.name(FrontwireTopic.RAW_PAGES);
    }

    public String articlesTopic() {
        return topics.name(FrontwireTopic.ARTICLES);
    }

    public String otherArticlesTopic() {
        return topics.name(FrontwireTopic.ARTICLES_OTHER);
    }

    public String deadLetterTopic() {
        return topics.name(FrontwireTopic.DEAD_LETTER);
    }
}
