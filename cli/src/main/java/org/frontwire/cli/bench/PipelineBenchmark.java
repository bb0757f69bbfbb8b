package org.frontwire.cli.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontwire.cli.child.HeapPeak;
import org.frontwire.cli.child.ProcessorProcess;
import org.frontwire.cli.wiring.ServiceFactory;
import org.frontwire.cli.config.FrontwireConfig;
import org.frontwire.cli.kafka.KafkaSession;
import org.frontwire.cli.kafka.OutputWatcher;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;
import org.frontwire.records.SitePartitioner;
import org.frontwire.config.ConfigKeys;

/**
 * The end-to-end benchmark: a backlog of warm-up, N measured pages and a margin drained by the processor (sustained
 * pages/s over the N after the warm-up, when the JIT has compiled what a long-running processor runs, as the offline
 * rate is taken; and over the whole backlog from the first article), then load at the measured rate and at half of it
 * (latency from publication to the committed article), then the offline ceiling.
 * <p>
 * The margin ({@link #margin}) keeps input in every partition while the measured pages come out: stream threads own
 * their partitions, and one whose tasks have more to do (the one that clusters the stories of a language) still
 * works alone on its last pages when the others are done; timed up to the last page, the rate measured that tail.
 */
public final class PipelineBenchmark {
    private final FrontwireConfig config;
    private final Class<?> processMain;

    private final int warmUp;

    /**
     * @param processMain main class of the {@code process} command, started in child JVMs
     * @param warmUp      pages published before the measured ones, drained but not measured
     */
    public PipelineBenchmark(FrontwireConfig config, Class<?> processMain, int warmUp) {
        this.config = config;
        this.processMain = processMain;
        this.warmUp = warmUp;
    }

    public void run(Path pagesDir, int count, int loadSeconds, int offlineSeconds, PrintStream out) throws Exception {
        List<BenchPages.Sample> pages = BenchPages.load(pagesDir);
        out.printf("machine: %d cores, Java %s, max heap %d MB; %d distinct pages from %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, pages.size(), pagesDir);
        out.printf("publishing %d raw pages (%d to warm up, %d measured, %d behind them) to %s …%n",
                warmUp + count + margin(count), warmUp, count, margin(count), config.processorSettings().rawPagesTopic());
        withBacklog(pages, count, (kafka, producer, watcher, sequence) -> {
            Path processorLog = Files.createTempFile("frontwire-bench-processor", ".log");
            List<ProcessorProcess> processors = new ArrayList<>();
            try {
                double sustained = drain(kafka, watcher, count, 1, processorLog, processors, true, out);
                Latencies full = underLoad(producer, watcher, pages, sequence, sustained, loadSeconds);
                out.printf("latency at full load (%.0f pages/s): %s%n", sustained, full.summary());
                Latencies half = underLoad(producer, watcher, pages, sequence, sustained / 2, loadSeconds);
                out.printf("latency at half load (%.0f pages/s): %s%n", sustained / 2, half.summary());
                processors.get(0).stop();
                out.println(Files.readAllLines(processorLog).stream().filter(l -> l.startsWith(HeapPeak.LINE_PREFIX))
                        .findFirst().orElse(HeapPeak.LINE_PREFIX + " not reported (see " + processorLog + ")"));

                OfflineRates.Rates offline = OfflineRates.measure(pages, ServiceFactory.pipeline(config), config.storySettings(),
                        offlineSeconds);
                out.printf("offline, one thread: the processor's work (site memory learned, stories %s) %.0f pages/s, "
                                + "extraction alone %.0f pages/s, Jsoup.parse alone %.0f pages/s (after %.0f s of warm-up)%n",
                        config.storySettings().enabled() ? "clustered" : "off", offline.processorPagesPerSecond(),
                        offline.extractPagesPerSecond(), offline.jsoupPagesPerSecond(), offline.warmUpSeconds());
                out.printf("end to end / offline processor's work = %.2f, / offline extraction alone = %.2f%n",
                        sustained / offline.processorPagesPerSecond(), sustained / offline.extractPagesPerSecond());
                return sustained;
            } finally {
                stopAll(processors);
            }
        });
    }

    /** Only the backlog phase, with {@code instances} processor JVMs: one point of a tuning sweep. */
    public double backlogRate(Path pagesDir, int count, int instances, PrintStream out) throws Exception {
        return withBacklog(BenchPages.load(pagesDir), count, (kafka, producer, watcher, sequence) -> {
            List<ProcessorProcess> processors = new ArrayList<>();
            try {
                return drain(kafka, watcher, count, instances, Files.createTempFile("frontwire-sweep-processor", ".log"),
                        processors, false, out);
            } finally {
                stopAll(processors);
            }
        });
    }

    /** What a benchmark does once its backlog is published; returns the sustained rate. */
    private interface Phases {
        double run(KafkaSession kafka, KafkaProducer<String, byte[]> producer, OutputWatcher watcher, AtomicLong sequence)
                throws Exception;
    }

    /** Opens Kafka, creates the run's topics, publishes {@code count} pages, runs the phases, deletes the topics. */
    private double withBacklog(List<BenchPages.Sample> pages, int count, Phases phases) throws Exception {
        AtomicLong sequence = new AtomicLong();
        try (KafkaSession kafka = KafkaSession.open(config, System.err)) {
            kafka.createTopics();
            var topics = config.processorSettings();
            try (KafkaProducer<String, byte[]> producer = producer(kafka);
                 OutputWatcher watcher = new OutputWatcher(kafka.clientConfig(),
                         List.of(topics.articlesTopic(), topics.otherArticlesTopic()), topics.deadLetterTopic())) {
                for (int i = 0; i < warmUp + count + margin(count); i++) {
                    send(producer, pages, sequence.getAndIncrement());
                }
                producer.flush();
                return phases.run(kafka, producer, watcher, sequence);
            } finally {
                deleteTopics(kafka);
            }
        }
    }

    private static void stopAll(List<ProcessorProcess> processors) throws InterruptedException {
        for (ProcessorProcess p : processors) {
            p.stop();
        }
    }

    /**
     * Pages published behind the measured ones: half as many as the warm-up and measured pages, so that a thread with
     * up to half as much again to do as another still has input when the last measured page comes out.
     */
    private int margin(int count) {
        return (warmUp + count) / 2;
    }

    /**
     * Starts {@code instances} processors on the backlog already published and waits until the measured pages came
     * out, then, with {@code drainAll}, until every page did.
     *
     * @return pages per second over the measured pages, from the last warm-up output (the first output without a
     *         warm-up) to the last measured one, while every partition still had input
     */
    private double drain(KafkaSession kafka, OutputWatcher watcher, int count, int instances, Path processorLog,
                         List<ProcessorProcess> started, boolean drainAll, PrintStream out) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < instances; i++) {
            List<String> args = childArgs(kafka);
            args.addAll(List.of("--data-dir", Files.createTempDirectory("frontwire-bench-instance").toString()));
            started.add(ProcessorProcess.start(processMain, args, processorLog));
        }
        int measuredTo = warmUp + count;
        int total = measuredTo + margin(count);
        int measuredFrom = Math.max(1, warmUp);
        long first = 0;
        long warm = 0;
        int warmTotal = 0;
        long measuredEnd = 0;
        int endTotal = 0;
        CpuUsed cpuAtWarm = new CpuUsed(Duration.ZERO, Duration.ZERO);
        CpuUsed cpuAtEnd = cpuAtWarm;
        while (watcher.total() < (drainAll ? total : measuredTo)) {
            watcher.count(Duration.ofMillis(50));
            requireRunning(started, processorLog);
            if (first == 0 && watcher.total() > 0) {
                first = System.nanoTime();
            }
            if (warm == 0 && watcher.total() >= measuredFrom) {
                warm = System.nanoTime();
                warmTotal = watcher.total();
                cpuAtWarm = cpuTimes(kafka, started);
            }
            if (measuredEnd == 0 && watcher.total() >= measuredTo) {
                measuredEnd = System.nanoTime();
                endTotal = watcher.total();
                cpuAtEnd = cpuTimes(kafka, started);
            }
        }
        long end = System.nanoTime();
        double measured = endTotal - warmTotal;
        double sustained = measured / ((measuredEnd - warm) / 1e9);
        if (drainAll) {
            out.printf("backlog: %d pages in %.1f s from start (%.1f s from the first article: %.0f pages/s, the last pages included)%n",
                    total, (end - start) / 1e9, (end - first) / 1e9, (total - 1) / ((end - first) / 1e9));
        }
        out.printf("%d pages after %d of warm-up in %.1f s, every partition still with input: %.0f pages/s sustained "
                        + "(%d articles, %d dead letters)%n",
                (int) measured, warmTotal, (measuredEnd - warm) / 1e9, sustained, watcher.articles(), watcher.deadLetters());
        out.printf("CPU per measured page: processor %.2f ms, broker %.2f ms%n",
                cpuAtEnd.processors().minus(cpuAtWarm.processors()).toNanos() / 1e6 / measured,
                cpuAtEnd.broker().minus(cpuAtWarm.broker()).toNanos() / 1e6 / measured);
        return sustained;
    }

    /** A processor that exits before its pages came out would leave the bench waiting for them for ever. */
    static void requireRunning(List<ProcessorProcess> processors, Path processorLog) {
        for (ProcessorProcess p : processors) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the processor exited with code " + p.exitCode()
                        + " before its pages came out (its log: " + processorLog + ")");
            }
        }
    }

    /** CPU used so far by the processors' processes and by the embedded broker's (zero for a cluster of one's own). */
    private record CpuUsed(Duration processors, Duration broker) {}

    private static CpuUsed cpuTimes(KafkaSession kafka, List<ProcessorProcess> processors) {
        Duration processing = Duration.ZERO;
        for (ProcessorProcess p : processors) {
            processing = processing.plus(p.cpuTime());
        }
        return new CpuUsed(processing, kafka.embedded() ? kafka.embeddedBroker().cpuTime() : Duration.ZERO);
    }

    /** The processor runs in its own JVM (capped at 512 MB heap), so its heap is measured alone. */
    private List<String> childArgs(KafkaSession kafka) {
        List<String> args = new ArrayList<>(List.of("--bootstrap-servers", kafka.bootstrapServers()));
        config.describe().forEach((key, valueAndOrigin) -> {
            if (!"default".equals(valueAndOrigin[1]) && !key.equals(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS)) {
                args.add("--set");
                args.add(key + "=" + config.get(key));
            }
        });
        return args;
    }

    private Latencies underLoad(KafkaProducer<String, byte[]> producer, OutputWatcher watcher, List<BenchPages.Sample> pages,
                                AtomicLong sequence, double rate, int seconds) {
        Latencies latencies = new Latencies();
        int expected = watcher.total() + (int) (rate * seconds);
        long start = System.nanoTime();
        long sent = 0;
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < deadline || watcher.total() < expected) {
            long due = (long) ((System.nanoTime() - start) / 1e9 * rate);
            while (sent < due && System.nanoTime() < deadline) {
                send(producer, pages, sequence.getAndIncrement());
                sent++;
            }
            producer.flush();
            watcher.poll(Duration.ofMillis(5), a -> latencies.add(Duration.between(a.fetchedAt(), Instant.now()).toMillis()),
                    d -> { });
            if (System.nanoTime() > deadline + Duration.ofSeconds(60).toNanos()) {
                break;
            }
        }
        return latencies;
    }

    private void send(KafkaProducer<String, byte[]> producer, List<BenchPages.Sample> pages, long n) {
        BenchPages.Sample sample = pages.get((int) (n % pages.size()));
        // a host per copy, so repeated copies of one page don't teach a site template
        String url = "https://copy" + n + ".bench.example/" + sample.name();
        RawPage page = RawPage.ofText(url, "bench", sample.contentType(), sample.body(), Instant.now());
        producer.send(new ProducerRecord<>(config.processorSettings().rawPagesTopic(), url, Json.toBytes(page)));
    }

    private static KafkaProducer<String, byte[]> producer(KafkaSession kafka) {
        Map<String, Object> c = new HashMap<>(kafka.clientConfig());
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, SitePartitioner.class);
        c.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        c.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        c.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        return new KafkaProducer<>(c, new StringSerializer(), new ByteArraySerializer());
    }

    private void deleteTopics(KafkaSession kafka) {
        String app = config.processorSettings().applicationId();
        try (Admin admin = kafka.admin()) {
            List<String> ours = admin.listTopics().names().get().stream()
                    .filter(t -> t.startsWith(app + ".") || t.startsWith(app + "-")).toList();
            admin.deleteTopics(ours).all().get();
        } catch (Exception e) {
            System.err.println("could not delete the benchmark's topics: " + e.getMessage());
        }
    }
}
