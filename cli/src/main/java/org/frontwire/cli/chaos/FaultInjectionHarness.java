package org.frontwire.cli.chaos;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontwire.broker.EmbeddedKafka;
import org.frontwire.cli.bench.BenchPages;
import org.frontwire.cli.child.ProcessorProcess;
import org.frontwire.cli.config.FrontwireConfig;
import org.frontwire.cli.kafka.KafkaSession;
import org.frontwire.cli.kafka.OutputCount;
import org.frontwire.records.SitePartitioner;
import org.frontwire.config.ConfigKeys;

/**
 * Publishes pages (good and bad), kills the processor with SIGKILL at random moments and restarts it, restarts the
 * broker once, then reads every output topic with read_committed and counts lost, duplicated and dead-lettered pages.
 */
public final class FaultInjectionHarness {

    public record Result(int published, int bad, int articles, int deadLetters, int lost, int duplicated, int kills,
                         List<String> lostKeys, List<String> duplicatedKeys) {
        public String summary() {
            return String.format("published %d (%d bad), articles %d, dead letters %d, lost %d, duplicated %d, processor kills %d, broker restarts 1",
                    published, bad, articles, deadLetters, lost, duplicated, kills);
        }
    }

    private final Path workDir;
    private final List<BenchPages.Sample> pages;
    private final Random random;
    private final PrintStream log;
    private final Class<?> processMain;

    /** @param processMain main class of the {@code process} command, started (and killed) in child JVMs */
    public FaultInjectionHarness(Path workDir, List<BenchPages.Sample> pages, long seed, PrintStream log,
                                 Class<?> processMain) {
        this.workDir = workDir;
        this.processMain = processMain;
        this.pages = pages;
        this.random = new Random(seed);
        this.log = log;
    }

    public Result run(int count, int kills, Duration timeout) throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(workDir.resolve("kafka"));
        String servers = kafka.bootstrapServers();
        FrontwireConfig config = FrontwireConfig.load(null, Map.of(),
                Map.of(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS, servers, ConfigKeys.DATA_DIR, workDir.toString()));
        try (KafkaSession session = KafkaSession.open(config, log)) {
            session.createTopics();
        }
        Map<String, Object> client = Map.of("bootstrap.servers", servers);
        List<String> processorArgs = List.of("--bootstrap-servers", servers, "--data-dir", workDir.resolve("processor").toString(),
                "--set", "processor.session-timeout-ms=6000");
        int bad = 0;
        try (KafkaProducer<String, byte[]> producer = producer(client)) {
            for (int n = 0; n < count; n++) {
                ChaosInput.Item item = ChaosInput.item(n, pages);
                bad += item.bad() ? 1 : 0;
                producer.send(new ProducerRecord<>(config.processorSettings().rawPagesTopic(), item.key(), item.value()));
            }
        }
        log.printf("published %d raw pages (%d bad)%n", count, bad);

        Path processorLog = workDir.resolve("processor.log");
        ProcessorProcess processor = ProcessorProcess.start(processMain, processorArgs, processorLog);
        int brokerRestartAt = Math.max(1, kills / 2);
        for (int k = 1; k <= kills; k++) {
            awaitProgress(config, client, Duration.ofSeconds(60));
            Thread.sleep(500 + random.nextInt(3500));
            processor.kill();
            log.printf("kill -9 #%d of the processor at %d committed outputs%n", k, countOutputs(config, client).total());
            if (k == brokerRestartAt) {
                kafka.close();
                log.println("broker stopped; restarting it on the same data directory");
                kafka = EmbeddedKafka.start(workDir.resolve("kafka"), kafka.port());
            }
            processor = ProcessorProcess.start(processMain, processorArgs, processorLog);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        OutputCount counts = countOutputs(config, client);
        while (counts.total() < count && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            counts = countOutputs(config, client);
        }
        processor.stop();
        kafka.close();

        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String key = ChaosInput.item(n, pages).key();
            int seen = counts.byKey().getOrDefault(key, 0);
            if (seen == 0) {
                lost.add(key);
            } else if (seen > 1) {
                duplicated.add(key);
            }
        }
        return new Result(count, bad, counts.articles(), counts.deadLetters(), lost.size(), duplicated.size(), kills,
                lost.subList(0, Math.min(10, lost.size())), duplicated.subList(0, Math.min(10, duplicated.size())));
    }

    /** Waits until the processor commits new outputs, so the next kill lands while it is working. */
    private static void awaitProgress(FrontwireConfig config, Map<String, Object> client, Duration timeout) throws Exception {
        int before = countOutputs(config, client).total();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (countOutputs(config, client).total() == before && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
    }

    private static OutputCount countOutputs(FrontwireConfig config, Map<String, Object> client) throws IOException {
        return OutputCount.read(client, config.processorSettings().articlesTopic(),
                config.processorSettings().otherArticlesTopic(), config.processorSettings().deadLetterTopic());
    }

    private static KafkaProducer<String, byte[]> producer(Map<String, Object> client) {
        Map<String, Object> c = new HashMap<>(client);
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, SitePartitioner.class);
        c.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        c.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        return new KafkaProducer<>(c, new StringSerializer(), new ByteArraySerializer());
    }
}
