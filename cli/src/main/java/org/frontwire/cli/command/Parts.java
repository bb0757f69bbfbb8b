package org.frontwire.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import org.frontwire.cli.config.FrontwireConfig;
import org.frontwire.cli.kafka.KafkaSession;
import org.frontwire.ingest.Ingestor;
import org.frontwire.processors.ProcessorService;
import org.frontwire.processors.classify.TopicClassifier;
import org.frontwire.processors.extract.ArticleExtractor;
import org.frontwire.processors.language.LanguageDetector;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.processors.topology.StreamsSettings;

/** Builds the pipeline's parts from the configuration. */
public final class Parts {
    private Parts() {}

    public static ArticlePipeline pipeline(FrontwireConfig config) {
        String taxonomy = config.get("processor.taxonomy");
        TopicClassifier classifier;
        if (taxonomy.isBlank()) {
            classifier = TopicClassifier.loadDefault();
        } else {
            Path file = Path.of(taxonomy);
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("cannot read the taxonomy file " + file + " (processor.taxonomy)");
            }
            classifier = TopicClassifier.load(file);
        }
        return new ArticlePipeline(new ArticleExtractor(), classifier, new LanguageDetector());
    }

    public static ProcessorService processor(FrontwireConfig config, KafkaSession kafka) {
        return new ProcessorService(config.processorSettings(), pipeline(config),
                StreamsSettings.streamsConfig(kafka.clientConfig(), config.get("processor.application-id"),
                        config.dataDir().resolve("streams"), config.getInt("processor.threads"),
                        config.getLong("processor.commit-interval-ms"), config.getInt("topics.replication-factor"),
                        config.get("topics.dead-letter")));
    }

    public static Ingestor ingestor(FrontwireConfig config, KafkaSession kafka) {
        return new Ingestor(config.ingestSettings(), kafka.clientConfig());
    }
}
