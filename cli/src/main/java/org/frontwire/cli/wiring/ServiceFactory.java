package org.frontwire.cli.wiring;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.frontwire.cli.config.FrontwireConfig;
import org.frontwire.cli.kafka.KafkaSession;
import org.frontwire.config.ConfigKeys;
import org.frontwire.processors.ProcessorService;
import org.frontwire.processors.classify.TopicClassifier;
import org.frontwire.processors.extract.ArticleExtractor;
import org.frontwire.processors.language.LanguageDetector;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.processors.topology.ProcessorSettings;
import org.frontwire.processors.topology.StreamsSettings;

/** Builds the services (the processor) and the article pipeline from the configuration. */
public final class ServiceFactory {
    private ServiceFactory() {}

    /** Extraction, classification with the configured taxonomy (processor.taxonomy), language detection. */
    public static ArticlePipeline pipeline(FrontwireConfig config) {
        return new ArticlePipeline(new ArticleExtractor(), classifier(config), new LanguageDetector());
    }

    /** The classifier of the configured taxonomy (processor.taxonomy), or of the one shipped in the project. */
    public static TopicClassifier classifier(FrontwireConfig config) {
        String taxonomy = config.processorSettings().taxonomy();
        TopicClassifier classifier;
        if (taxonomy.isBlank()) {
            classifier = TopicClassifier.loadDefault();
        } else {
            Path file = Path.of(taxonomy);
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("cannot read the taxonomy file " + file + " (" + ConfigKeys.PROCESSOR_TAXONOMY + ")");
            }
            classifier = TopicClassifier.load(file);
        }
        return classifier;
    }

    /** The processor with its HTTP server (dashboard, metrics, health) on processor.http-port of http.bind-address. */
    public static ProcessorService servingProcessor(FrontwireConfig config, KafkaSession kafka) {
        ProcessorSettings settings = config.processorSettings();
        Properties streams = StreamsSettings.streamsConfig(kafka.clientConfig(), settings, config.dataDir().resolve("streams"));
        if (settings.httpPort() > 0) {
            streams.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer(settings.applicationServer(), settings.httpPort()));
        }
        return new ProcessorService(settings, pipeline(config), streams, settings.httpPort());
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
            System.err.printf("dashboard: http://%s:%d/ (metrics: /metrics, health: /health/ready)%n",
                    displayHost(processor.httpAddress()), processor.httpPort());
        }
    }

    /** localhost for a loopback or wildcard address, else the address listened on. */
    public static String displayHost(java.net.InetSocketAddress address) {
        InetAddress a = address.getAddress();
        return a.isLoopbackAddress() || a.isAnyLocalAddress() ? "localhost" : a.getHostAddress();
    }
}
