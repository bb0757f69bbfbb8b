package org.frontwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontwire.broker.EmbeddedKafka;
import org.frontwire.cli.child.ProcessorProcess;
import org.frontwire.cli.command.ProcessCommand;
import org.frontwire.cli.kafka.OutputCount;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;
import org.frontwire.records.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor as a service: started before its broker it says so and waits; SIGTERM stops it cleanly and a
 * restart resumes where it stopped; a broker that goes away mid-run is reported, and processing resumes when it is back.
 * Every page comes out exactly once (read_committed) through all of it.
 */
class ServiceLifecycleIT {

    @Test
    void waitsForItsBrokerStopsCleanlyOnSigtermAndRidesOutABrokerOutage(@TempDir Path work) throws Exception {
        int port = freePort();
        String servers = "127.0.0.1:" + port;
        Path log = work.resolve("processor.log");
        List<String> args = List.of("--bootstrap-servers", servers, "--data-dir", work.resolve("processor").toString(),
                "--set", "processor.session-timeout-ms=6000");

        ProcessorProcess processor = ProcessorProcess.start(ProcessCommand.class, args, log);
        awaitLog(log, "cannot reach Kafka at " + servers, Duration.ofSeconds(60));
        EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("kafka"), port);
        try {
            awaitLog(log, "processor running against " + servers, Duration.ofSeconds(120));

            publish(servers, 0, 60);
            awaitOutputs(servers, 1, Duration.ofSeconds(120));
            int exit = processor.stop();
            assertThat(exit).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(Files.readString(log)).contains("processor stopped cleanly");

            processor = ProcessorProcess.start(ProcessCommand.class, args, log);
            awaitLog(log, "processor running against " + servers, 2, Duration.ofSeconds(120));
            Map<String, Integer> outputs = awaitOutputs(servers, 60, Duration.ofSeconds(180));
            assertThat(outputs).hasSize(60).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));

            kafka.close();
            awaitLog(log, "Kafka at " + servers + " is unreachable", Duration.ofSeconds(60));
            kafka = EmbeddedKafka.start(work.resolve("kafka"), port);
            awaitLog(log, "Kafka at " + servers + " is reachable again", Duration.ofSeconds(60));
            publish(servers, 60, 90);
            outputs = awaitOutputs(servers, 90, Duration.ofSeconds(180));
            assertThat(outputs).hasSize(90).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
        } finally {
            processor.stop();
            kafka.close();
        }
    }

    private static void publish(String servers, int from, int to) {
        Map<String, Object> config = new HashMap<>(Map.of("bootstrap.servers", servers, "acks", "all"));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (int n = from; n < to; n++) {
                String url = "https://site" + (n % 7) + ".lifecycle.example/story/" + n;
                String html = "<html><head><title>Story " + n + "</title></head><body><article><p>"
                        + ("The harbour council met on Tuesday, number " + n + ", and agreed to repair the old pier before winter. ").repeat(4)
                        + "</p></article></body></html>";
                producer.send(new ProducerRecord<>(Topics.RAW_PAGES, url,
                        Json.toBytes(RawPage.ofText(url, "lifecycle", "text/html", html, Instant.now()))));
            }
        }
    }

    /** Waits until at least {@code atLeast} pages came out; returns how often each page key came out. */
    private static Map<String, Integer> awaitOutputs(String servers, int atLeast, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Integer> outputs = countOutputs(servers);
        while (outputs.values().stream().mapToInt(Integer::intValue).sum() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            outputs = countOutputs(servers);
        }
        return outputs;
    }

    private static Map<String, Integer> countOutputs(String servers) throws IOException {
        return OutputCount.read(Map.of("bootstrap.servers", servers), Topics.ARTICLES, Topics.ARTICLES_OTHER, Topics.DEAD_LETTER).byKey();
    }

    private static void awaitLog(Path log, String text, Duration timeout) throws Exception {
        awaitLog(log, text, 1, timeout);
    }

    /** Waits until the log holds the text {@code times} times (once per start of the processor, for example). */
    private static void awaitLog(Path log, String text, int times, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split(java.util.regex.Pattern.quote(text), -1).length > times) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the processor never logged \"" + text + "\" " + times + " times; its log:\n"
                + (Files.exists(log) ? Files.readString(log) : "(none)"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
