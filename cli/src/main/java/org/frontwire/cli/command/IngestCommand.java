package org.frontwire.cli.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.frontwire.cli.config.FrontwireConfig;
import org.frontwire.cli.kafka.KafkaSession;
import org.frontwire.ingest.IngestReport;
import org.frontwire.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.frontwire.config.ConfigKeys;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Run the scraper alone: find pages in the sources and publish them to the raw-pages topic.")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--source", paramLabel = "FOLDER|FILE|URL",
            description = "A folder of .html/.txt pages, a file, a WARC, a URL list, a feed, sitemap or page URL (repeatable).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--once", description = "Ingest each source once and exit.")
    boolean once;

    @Option(names = "--allow-private-addresses", description = "Allow fetching loopback and private addresses.")
    boolean allowPrivate;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve /metrics, /health/live and /health/ready on this port (default: ingest.http-port); 0 = off.")
    Integer httpPort;

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = new HashMap<>(RunCommand.ingestFlags(allowPrivate));
        if (httpPort != null) {
            flags.put(ConfigKeys.INGEST_HTTP_PORT, String.valueOf(httpPort));
        }
        FrontwireConfig config = common.config(flags);
        List<String> chosen = sources.isEmpty() ? config.ingestSettings().defaultSources() : sources;
        try (KafkaSession kafka = KafkaSession.openWaiting(config, System.err)) {
            kafka.createTopics();
            try (ServedIngest served = ServedIngest.start(config, kafka, config.ingestSettings().httpPort())) {
                served.printEndpoints();
                Ingestor ingestor = served.ingestor();
                if (once) {
                    IngestReport report = ingestor.ingestOnce(chosen);
                    RunCommand.printIngestReport(report);
                    return LostSources.exitCode(report, System.err);
                }
                AtomicBoolean stop = new AtomicBoolean();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop.set(true)));
                ingestor.runContinuously(chosen, stop::get);
            }
        }
        return 0;
    }
}
