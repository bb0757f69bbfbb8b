package org.frontwire.broker;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;

/**
 * The child JVM of {@link EmbeddedKafka}: formats the log directory on first start, runs a combined
 * broker+controller, prints {@value #READY} when it serves, and shuts down cleanly when its stdin closes
 * (which also happens when the parent is killed). It ignores SIGINT: Ctrl-C in a terminal reaches every process of the
 * foreground group, and the broker must outlive its parent's clients (the processor leaving its group, committing its
 * last transaction) until the parent closes it.
 */
public final class KraftServerMain {
    static final String READY = "FRONTWIRE-BROKER-READY";

    private KraftServerMain() {}

    public static void main(String[] args) throws Exception {
        ignoreInterrupt();
        Properties props = new Properties();
        try (InputStream in = new FileInputStream(args[0])) {
            props.load(in);
        }
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        String logDir = props.getProperty("log.dirs");
        if (!Files.exists(Path.of(logDir, "meta.properties"))) {
            new Formatter()
                    .setPrintStream(System.err)
                    .setNodeId(config.nodeId())
                    .setClusterId(props.getProperty("frontwire.cluster.id"))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setDirectories(List.of(logDir))
                    .run();
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
        }, "kafka-shutdown"));
        server.startup();
        System.out.println(READY);
        System.out.flush();
        waitForStdinToClose();
        System.exit(0);
    }

    @SuppressWarnings("restriction")
    private static void ignoreInterrupt() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> { });
        } catch (IllegalArgumentException notOnThisPlatform) {
            // no SIGINT here: nothing to ignore
        }
    }

    private static void waitForStdinToClose() {
        try {
            while (System.in.read() >= 0) {
                // the parent writes nothing; it only closes the pipe
            }
        } catch (IOException ignored) {
            // a broken pipe means the parent is gone
        }
    }
}
