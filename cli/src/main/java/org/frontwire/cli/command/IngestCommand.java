package org.frontwire.cli.command;

import java.util.ArrayList;
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

    @Override
    public Integer call() throws Exception {
        FrontwireConfig config = common.config(RunCommand.ingestFlags(allowPrivate));
        List<String> chosen = sources.isEmpty() ? config.getList("ingest.default-sources") : sources;
        try (KafkaSession kafka = KafkaSession.openWaiting(config, System.err)) {
            kafka.createTopics();
            try (Ingestor ingestor = Parts.ingestor(config, kafka)) {
                if (once) {
                    IngestReport report = ingestor.ingestOnce(chosen);
                    RunCommand.printIngestReport(report);
                    return report.published() == 0 && report.failed() > 0 ? 1 : 0;
                }
                AtomicBoolean stop = new AtomicBoolean();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop.set(true)));
                ingestor.runContinuously(chosen, stop::get);
            }
        }
        return 0;
    }
}
