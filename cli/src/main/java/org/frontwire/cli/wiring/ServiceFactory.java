package org.frontwire.cli.wiring;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.frontwire.cli.config.FrontwireConfig;
import org.frontwire.cli.kafka.KafkaSession;
import org.frontwire.ingest.Ingestor;
import org.frontwire.processors.ProcessorService;
import org.frontwire.processors.classify.TopicClassifier;
import org.frontwire.processors.extract.ArticleExtractor;
import org.frontwire.processors.language.LanguageDetector;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.processors.topology.StreamsSettings;

/** Builds the services (processor, ingest) and the article pipeline from the configuration. */
public final class ServiceFactory {
    private ServiceFactory() {}

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

    /** The processor with its HTTP server (dashboard, metrics, health) on processor.http-port. */
    public static ProcessorService servingProcessor(FrontwireConfig config, KafkaSession kafka) {
        return processor(config, kafka, config.getInt("processor.http-port"));
    }

    private static ProcessorService processor(FrontwireConfig config, KafkaSession kafka, int httpPort) {
        Properties streams = StreamsSettings.streamsConfig(kafka.clientConfig(), config.get("processor.application-id"),
                config.dataDir().resolve("streams"), config.getInt("processor.threads"),
                config.getLong("processor.commit-interval-ms"), config.getInt("topics.replication-factor"),
                config.get("topics.dead-letter"));
        streams.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), config.getInt("processor.session-timeout-ms"));
        streams.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), config.get("processor.compression-type"));
        if (httpPort > 0) {
            streams.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer(config.get("processor.application-server"), httpPort));
        }
        return new ProcessorService(config.processorSettings(), pipeline(config), streams, httpPort);
    }

    /**
     * This instance's address for the other instances' dashboards: processor.application-server, or this machine's
     * host name with the HTTP port.
     */
    public static String applicationServer(String configured, int httpPort) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + httpPort;
    }

    /** Tells where the dashboard is, once the processor is started. */
    public static void printDashboard(ProcessorService processor) {
        if (processor.httpPort() > 0) {
            System.err.printf("dashboard: http://localhost:%d/ (metrics: /metrics, health: /health/ready)%n", processor.httpPort());
        }
    }

    public static Ingestor ingestor(FrontwireConfig config, KafkaSession kafka) {
        return new Ingestor(config.ingestSettings(), kafka.clientConfig());
    }
}
