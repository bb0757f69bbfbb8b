package org.frontwire.cli.command;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.frontwire.cli.wiring.ServiceFactory;
import org.frontwire.cli.config.FrontwireConfig;
import org.frontwire.cli.datadir.DataDirLock;
import org.frontwire.cli.kafka.KafkaSession;
import org.frontwire.cli.kafka.OutputWatcher;
import org.frontwire.cli.progress.ProgressCounts;
import org.frontwire.cli.progress.ProgressDisplay;
import org.frontwire.ingest.IngestReport;
import org.frontwire.ingest.Ingestor;
import org.frontwire.processors.ProcessorService;
import org.frontwire.records.Article;
import org.frontwire.records.DeadLetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.frontwire.config.ConfigKeys;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline: broker (unless --bootstrap-servers), processor and ingest together.",
                "Prints one line per article (topic, title, site) and a progress line: pages in, articles out by topic, "
                        + "dead letters, errors, rate (redrawn every second on a terminal)."})
public final class RunCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--source", paramLabel = "FOLDER|FILE|URL",
            description = "A folder of .html/.txt pages, a file, a WARC, a URL list, a feed, sitemap or page URL "
                    + "(repeatable; default: ingest.default-sources).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--once", description = "Ingest each source once, wait until everything is processed, print a summary and exit.")
    boolean once;

    @Option(names = "--allow-private-addresses", description = "Allow fetching loopback and private addresses.")
    boolean allowPrivate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "With --once: how long to wait for the processor (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve the dashboard, /metrics and /health on this port (default: processor.http-port; "
                    + "with --once: none); 0 = off.")
    Integer httpPort;

    /** How long a stop may take: the ingest's last requests, the processor's close (30 s), the broker's. */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(150);

    static Map<String, String> ingestFlags(boolean allowPrivate) {
        return allowPrivate ? Map.of(ConfigKeys.INGEST_ALLOW_PRIVATE_ADDRESSES, "true") : Map.of();
    }

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "Progress display on stderr: auto (redrawn every second on a terminal, a line every "
                    + "few seconds otherwise), redraw, lines or off (default: ${DEFAULT-VALUE}).")
    String progress;

    @Override
    public Integer call() throws Exception {
        ProgressDisplay.Mode progressMode = ProgressDisplay.Mode.parse(progress);
        Map<String, String> flags = new java.util.HashMap<>(ingestFlags(allowPrivate));
        if (httpPort != null || once) {
            flags.put(ConfigKeys.PROCESSOR_HTTP_PORT, String.valueOf(httpPort == null ? 0 : httpPort));
        }
        FrontwireConfig config = common.config(flags);
        List<String> chosen = sources.isEmpty() ? config.ingestSettings().defaultSources() : sources;
        PrintStream out = System.out;
        try (OrderedStop stop = once ? null : new OrderedStop(STOP_PATIENCE, System.err);
             DataDirLock lock = DataDirLock.acquire(config.dataDir());
             KafkaSession kafka = KafkaSession.open(config, System.err)) {
            kafka.createTopics();
            var settings = config.processorSettings();
            try (OutputWatcher watcher = new OutputWatcher(kafka.clientConfig(),
                         List.of(settings.articlesTopic(), settings.otherArticlesTopic()), settings.deadLetterTopic());
                 ProcessorService processor = ServiceFactory.servingProcessor(config, kafka);
                 ServedIngest ingest = ServedIngest.start(config, kafka, once ? 0 : config.ingestSettings().httpPort())) {
                if (stop != null) {
                    stop.report(processor);
                }
                processor.start();
                ServiceFactory.printDashboard(processor);
                ingest.printEndpoints();
                ProgressDisplay display = new ProgressDisplay(System.err, progressMode, ProgressDisplay.terminal(),
                        Duration.ofSeconds(once ? 5 : 10));
                Run run = new Run(ingest.ingestor(), watcher, display, out);
                try (AutoCloseable logs = display.routeStandardError()) {
                    return once ? run.once(chosen, timeoutSeconds) : run.continuously(chosen, stop);
                }
            }
        }
    }

    /** One run: the ingest feeding, the watcher counting the outputs, the display showing both. */
    private static final class Run {
        private final Ingestor ingestor;
        private final OutputWatcher watcher;
        private final ProgressDisplay display;
        private final PrintStream out;
        private volatile long expected = -1;
        private volatile long sourceErrors;

        Run(Ingestor ingestor, OutputWatcher watcher, ProgressDisplay display, PrintStream out) {
            this.ingestor = ingestor;
            this.watcher = watcher;
            this.display = display;
            this.out = out;
        }

        ProgressCounts counts() {
            return new ProgressCounts(ingestor.metrics().published(), expected, watcher.perTopic(),
                    watcher.deadLetters(), Math.max(ingestor.metrics().failed(), sourceErrors));
        }

        /** Polls the outputs once, printing articles and dead letters, then shows the progress when due. */
        void poll(Duration timeout) {
            boolean[] printed = {false};
            watcher.poll(timeout, a -> {
                beforePrinting(printed);
                printArticle(out, a);
            }, d -> {
                beforePrinting(printed);
                printDeadLetter(out, d);
            });
            if (printed[0] && display.redraws()) {
                out.flush();
                display.showNow(counts());
            }
            display.tick(this::counts);
        }

        private void beforePrinting(boolean[] printed) {
            if (!printed[0]) {
                display.clear();
                printed[0] = true;
            }
        }

        int once(List<String> chosen, int timeoutSeconds) {
            CompletableFuture<IngestReport> ingesting = CompletableFuture.supplyAsync(() -> ingestor.ingestOnce(chosen));
            while (!ingesting.isDone()) {
                poll(Duration.ofMillis(200));
            }
            IngestReport report = ingesting.join();
            expected = report.published();
            sourceErrors = report.failed();
            display.clear();
            printIngestReport(report);
            long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
            while (watcher.total() < report.published() && System.nanoTime() < deadline) {
                poll(Duration.ofMillis(200));
            }
            boolean complete = watcher.total() >= report.published();
            display.showNow(counts());
            display.finish();
            out.printf("summary: %d pages in, %d articles out %s, %d dead letters, %d sources failed%s%n",
                    report.published(), watcher.articles(), watcher.perTopic(), watcher.deadLetters(), report.failed(),
                    complete ? "" : " — timed out after " + timeoutSeconds + " s waiting for the processor");
            int sourcesStatus = LostSources.exitCode(report, System.err);
            return complete ? sourcesStatus : 1;
        }

        /** Until a stop is requested; then waits for the ingest to finish its pass, the caller closes the rest. */
        int continuously(List<String> chosen, OrderedStop stop) throws InterruptedException {
            Thread ingest = new Thread(() -> ingestor.runContinuously(chosen, stop::requested), "ingest");
            ingest.start();
            while (!stop.requested()) {
                poll(Duration.ofMillis(250));
            }
            ingest.join(ingestor.settings().readTimeout().plusSeconds(15).toMillis());
            display.finish();
            return 0;
        }
    }

    static void printIngestReport(IngestReport report) {
        System.err.printf("ingest: %d pages published, %d sources failed%n", report.published(), report.failed());
        report.problems().forEach(p -> System.err.println("  source problem: " + p));
    }

    private static void printArticle(PrintStream out, Article a) {
        out.printf("%-22s %s — %s%n", "[" + a.topic() + "]", a.title() == null ? "(untitled)" : a.title(),
                a.site() == null ? a.url() : a.site());
    }

    private static void printDeadLetter(PrintStream out, DeadLetter d) {
        out.printf("%-22s %s: %s%n", "[dead-letter]", d.key(), d.message());
    }
}
