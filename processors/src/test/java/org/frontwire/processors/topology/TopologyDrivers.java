package org.frontwire.processors.topology;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.Article;
import org.frontwire.records.DeadLetter;

/**
 * The processor topology in a {@link TopologyTestDriver} with the production Streams configuration
 * ({@link StreamsSettings#streamsConfig}: exactly-once and the dead-letter exception handlers), and its topics typed,
 * every record read checked against its JSON Schema ({@link RecordSchemas}).
 */
public final class TopologyDrivers {
    private TopologyDrivers() {}

    /** @param extra further application configs, such as the metrics instance */
    public static TopologyTestDriver start(String applicationId, ProcessorSettings settings, ArticlePipeline pipeline,
                                           Path stateDir, Map<String, Object> extra) {
        Properties props = StreamsSettings.streamsConfig(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "unused:9092"),
                forTest(settings, applicationId), stateDir);
        props.putAll(extra);
        return new TopologyTestDriver(ProcessorTopology.build(settings, pipeline), props);
    }

    /** {@code settings} with its own application id, one stream thread and a short commit interval. */
    public static ProcessorSettings forTest(ProcessorSettings settings, String applicationId) {
        return new ProcessorSettings(settings.topics(), settings.repartitionBySite(), applicationId, 1, 100,
                settings.compressionType(), settings.sessionTimeoutMs(), settings.taxonomy(), 0, settings.httpBindAddress(),
                settings.applicationServer());
    }

    public static TestInputTopic<byte[], byte[]> rawPages(TopologyTestDriver driver, ProcessorSettings settings) {
        return driver.createInputTopic(settings.rawPagesTopic(), new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Articles as they are written to {@code topic}, keyed by their topic slug; each checked against its schema. */
    public static TestOutputTopic<String, Article> articles(TopologyTestDriver driver, String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), RecordSchemas.checked(Article.class, "article.schema.json"));
    }

    /** Dead letters keyed by the original record's key; each checked against its schema. */
    public static TestOutputTopic<byte[], DeadLetter> deadLetters(TopologyTestDriver driver, ProcessorSettings settings) {
        return driver.createOutputTopic(settings.deadLetterTopic(), new ByteArrayDeserializer(),
                RecordSchemas.checked(DeadLetter.class, "dead-letter.schema.json"));
    }
}
