package org.frontwire.cli.command;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.frontwire.cli.config.FrontwireConfig;
import org.frontwire.cli.kafka.KafkaSession;
import org.frontwire.cli.kafka.OutputWatcher;
import org.frontwire.ingest.IngestReport;
import org.frontwire.ingest.Ingestor;
import org.frontwire.processors.ProcessorService;
import org.frontwire.records.Article;
import org.frontwire.records.DeadLetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline: broker (unless --bootstrap-servers), processor and ingest together.",
                "Prints one line per article (topic, title, site) and progress counts."})
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

    static Map<String, String> ingestFlags(boolean allowPrivate) {
        return allowPrivate ? Map.of("ingest.allow-private-addresses", "true") : Map.of();
    }

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = new java.util.HashMap<>(ingestFlags(allowPrivate));
        if (httpPort != null || once) {
            flags.put("processor.http-port", String.valueOf(httpPort == null ? 0 : httpPort));
        }
        FrontwireConfig config = common.config(flags);
        List<String> chosen = sources.isEmpty() ? config.getList("ingest.default-sources") : sources;
        PrintStream out = System.out;
        try (KafkaSession kafka = KafkaSession.open(config, System.err)) {
            kafka.createTopics();
            var settings = config.processorSettings();
            try (OutputWatcher watcher = new OutputWatcher(kafka.clientConfig(),
                         List.of(settings.articlesTopic(), settings.otherArticlesTopic()), settings.deadLetterTopic());
                 ProcessorService processor = Parts.servingProcessor(config, kafka);
                 Ingestor ingestor = Parts.ingestor(config, kafka)) {
                processor.start();
                Parts.printDashboard(processor);
                return once ? runOnce(chosen, ingestor, watcher, out) : runContinuously(chosen, ingestor, watcher, out);
            }
        }
    }

    private int runOnce(List<String> chosen, Ingestor ingestor, OutputWatcher watcher, PrintStream out) {
        IngestReport report = ingestor.ingestOnce(chosen);
        printIngestReport(report);
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        long nextProgress = System.nanoTime();
        while (watcher.total() < report.published() && System.nanoTime() < deadline) {
            watcher.poll(Duration.ofMillis(200), a -> printArticle(out, a), d -> printDeadLetter(out, d));
            if (System.nanoTime() >= nextProgress) {
                nextProgress = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                printProgress(report.published(), watcher);
            }
        }
        boolean complete = watcher.total() >= report.published();
        out.printf("summary: %d pages in, %d articles out %s, %d dead letters, %d sources failed%s%n",
                report.published(), watcher.articles(), watcher.perTopic(), watcher.deadLetters(), report.failed(),
                complete ? "" : " — timed out after " + timeoutSeconds + " s waiting for the processor");
        return complete ? 0 : 1;
    }

    private int runContinuously(List<String> chosen, Ingestor ingestor, OutputWatcher watcher, PrintStream out)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.set(true);
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        Thread ingest = new Thread(() -> ingestor.runContinuously(chosen, stop::get), "ingest");
        ingest.start();
        long nextProgress = System.nanoTime();
        try {
            while (!stop.get()) {
                watcher.poll(Duration.ofMillis(500), a -> printArticle(out, a), d -> printDeadLetter(out, d));
                if (System.nanoTime() >= nextProgress) {
                    nextProgress = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                    printProgress(-1, watcher);
                }
            }
            ingest.join(Duration.ofSeconds(10).toMillis());
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    static void printIngestReport(IngestReport report) {
        System.err.printf("ingest: %d pages published, %d sources failed%n", report.published(), report.failed());
        report.problems().forEach(p -> System.err.println("  source problem: " + p));
    }

    private static void printProgress(int expected, OutputWatcher watcher) {
        System.err.printf("progress: %s%d articles %s, %d dead letters%n",
                expected >= 0 ? watcher.total() + "/" + expected + " pages processed, " : "",
                watcher.articles(), watcher.perTopic(), watcher.deadLetters());
    }

    private static void printArticle(PrintStream out, Article a) {
        out.printf("%-22s %s — %s%n", "[" + a.topic() + "]", a.title() == null ? "(untitled)" : a.title(),
                a.site() == null ? a.url() : a.site());
    }

    private static void printDeadLetter(PrintStream out, DeadLetter d) {
        out.printf("%-22s %s: %s%n", "[dead-letter]", d.key(), d.message());
    }
}
