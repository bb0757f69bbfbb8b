package org.frontwire.cli.command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.frontwire.cli.config.FrontwireConfig;
import org.frontwire.cli.kafka.CommittedReader;
import org.frontwire.cli.kafka.KafkaSession;
import org.frontwire.config.FrontwireTopic;
import org.frontwire.config.TopicSettings;
import org.frontwire.records.Article;
import org.frontwire.records.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print an output topic (committed records only), from the beginning or live.")
public final class TailCommand implements Callable<Integer> {
    enum Format { json, text }

    @Mixin
    CommonOptions common;

    @Option(names = "--topic", paramLabel = "TOPIC", completionCandidates = TopicLabels.class,
            description = "Topic to print: ${COMPLETION-CANDIDATES} (as configured), or any topic name (default: articles).")
    String topic;

    /** The short names of every Frontwire topic. */
    static final class TopicLabels implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(FrontwireTopic.values()).map(FrontwireTopic::label).iterator();
        }
    }

    @Option(names = "--key", paramLabel = "KEY", description = "Only records with this key, e.g. a conflict slug such as armenia-azerbaijan.")
    String key;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    Integer max;

    @Option(names = "--live", description = "Start at the end and print new records as they arrive.")
    boolean live;

    @Option(names = "--follow", description = "After printing from the beginning, keep waiting for new records.")
    boolean follow;

    @Override
    public Integer call() {
        FrontwireConfig config = common.config();
        TopicSettings topics = config.settings().topics();
        String chosen = topic == null ? topics.name(FrontwireTopic.ARTICLES)
                : FrontwireTopic.byLabel(topic).map(topics::name).orElse(topic);
        PrintStream out = System.out;
        try (KafkaSession kafka = KafkaSession.open(config, System.err)) {
            kafka.createTopics();
            try (KafkaConsumer<String, byte[]> consumer = CommittedReader.open(kafka.clientConfig())) {
                List<TopicPartition> partitions = CommittedReader.assignAll(consumer, List.of(chosen));
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                if (live) {
                    consumer.seekToEnd(partitions);
                } else {
                    consumer.seekToBeginning(partitions);
                }
                AtomicBoolean stop = new AtomicBoolean();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop.set(true)));
                int printed = 0;
                while (!stop.get() && (max == null || printed < max)) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        if (key != null && !key.equals(r.key())) {
                            continue;
                        }
                        print(out, r);
                        if (max != null && ++printed >= max) {
                            break;
                        }
                    }
                    if (!live && !follow && caughtUp(consumer, end)) {
                        break;
                    }
                }
            }
        }
        return 0;
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private void print(PrintStream out, ConsumerRecord<String, byte[]> r) {
        String value = r.value() == null ? "null" : new String(r.value(), StandardCharsets.UTF_8);
        if (format == Format.json) {
            out.println(value);
            return;
        }
        try {
            Article a = Json.fromBytes(r.value(), Article.class);
            if (a.text() != null) {
                out.println(ArticleText.format(r.key(), a));
                return;
            }
        } catch (Exception notAnArticle) {
            // dead letters and foreign records are printed as they are
        }
        out.printf("[%s] %s%n", r.key(), value);
    }
}
