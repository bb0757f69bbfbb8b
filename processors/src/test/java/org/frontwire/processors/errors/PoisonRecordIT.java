package org.frontwire.processors.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.frontwire.broker.EmbeddedKafka;
import org.frontwire.processors.ProcessorService;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.processors.topology.ProcessorSettings;
import org.frontwire.processors.topology.StreamsSettings;
import org.frontwire.processors.topology.TestPages;
import org.frontwire.records.Article;
import org.frontwire.records.DeadLetter;
import org.frontwire.records.Hashes;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;
import org.frontwire.config.ConfigValues;
import org.frontwire.config.ConfigKeys;
import org.frontwire.config.FrontwireTopic;
import org.frontwire.config.TopicSetup;
import org.frontwire.config.TopicSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 1, on a real broker: a raw record with a 9 MiB key and a 9 MB value that is not JSON (compressed,
 * it is far under the topic's 16 MiB limit) becomes one dead letter that fits, and the good pages published after it,
 * on its partition and the other, all come out; the processor stays ready and drops no dead letter.
 */
class PoisonRecordIT {
    private static final ProcessorSettings TOPICS = ProcessorSettings.from(ConfigValues.defaults().with(Map.of(
            FrontwireTopic.RAW_PAGES.nameKey(), "poison.raw", FrontwireTopic.ARTICLES.nameKey(), "poison.articles",
            FrontwireTopic.ARTICLES_OTHER.nameKey(), "poison.other", FrontwireTopic.DEAD_LETTER.nameKey(), "poison.dead",
            ConfigKeys.TOPICS_PARTITIONS, "2")));
    private static final int MAX_MESSAGE_BYTES = TopicSettings.MAX_MESSAGE_BYTES;
    private static final int GOOD_PAGES = 10;

    @TempDir
    Path dir;

    @Test
    void aPoisonRecordBecomesOneDeadLetterThatFitsAndTheGoodPagesAfterItAllComeOut() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Map<String, Object> client = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            try (Admin admin = Admin.create(client)) {
                TopicSetup.ensure(admin, TOPICS.topics(), EnumSet.allOf(FrontwireTopic.class), Duration.ofSeconds(60));
            }
            Properties streams = StreamsSettings.streamsConfig(client,
                    org.frontwire.processors.topology.TopologyDrivers.forTest(TOPICS, "poison-it"), dir.resolve("streams"));
            try (ProcessorService processor = new ProcessorService(TOPICS, ArticlePipeline.createDefault(), streams, 0)) {
                processor.start();
                assertThat(processor.awaitRunning(Duration.ofSeconds(120))).as("processor RUNNING").isTrue();

                byte[] key = new byte[9 * 1024 * 1024];
                Arrays.fill(key, (byte) 'k');
                byte[] value = new byte[9_000_000];
                Arrays.fill(value, (byte) '~');
                List<String> good = publish(kafka.bootstrapServers(), key, value);

                Set<String> out = awaitArticles(kafka.bootstrapServers(), good.size(), Duration.ofSeconds(180));
                assertThat(out).containsExactlyInAnyOrderElementsOf(good);

                List<ConsumerRecord<byte[], byte[]>> dead = readAll(kafka.bootstrapServers(), List.of(TOPICS.deadLetterTopic()), 1,
                        Duration.ofSeconds(30));
                assertThat(dead).hasSize(1);
                assertThat(dead.get(0).serializedKeySize() + dead.get(0).serializedValueSize()).isLessThan(MAX_MESSAGE_BYTES / 2);
                assertThat(new String(dead.get(0).key(), StandardCharsets.US_ASCII)).isEqualTo(Hashes.sha256(key));
                DeadLetter letter = Json.fromBytes(dead.get(0).value(), DeadLetter.class);
                assertThat(letter.stage()).isEqualTo("deserialize");
                assertThat(letter.keyBytes()).isEqualTo(key.length);
                assertThat(letter.keyTruncated()).isTrue();
                assertThat(letter.key()).hasSize(DeadLetter.MAX_KEY_BYTES);
                assertThat(letter.keySha256()).isEqualTo(Hashes.sha256(key));
                assertThat(letter.valueBytes()).isEqualTo(value.length);
                assertThat(letter.valueTruncated()).isTrue();
                assertThat(letter.valueSha256()).isEqualTo(Hashes.sha256(value));
                assertThat(letter.value()).hasSize(DeadLetter.MAX_VALUE_BYTES);

                assertThat(processor.readiness().ready()).as(processor.readiness().detail()).isTrue();
                assertThat(processor.metrics().registry().find("frontwire.dead.letters.dropped").counters()).isEmpty();
            }
        }
    }

    /** The poison record on partition 0, then good pages on both partitions; returns the good pages' URLs. */
    private static List<String> publish(String bootstrap, byte[] poisonKey, byte[] poisonValue) throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 64 * 1024 * 1024);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        List<String> urls = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPICS.rawPagesTopic(), 0, poisonKey, poisonValue)).get();
            for (int i = 0; i < GOOD_PAGES; i++) {
                String url = "https://site" + i + ".example/story/" + i;
                RawPage page = RawPage.ofText(url, "it", "text/html", i % 2 == 0 ? TestPages.WAR_PAGE : TestPages.MATCH_PAGE,
                        Instant.now());
                producer.send(new ProducerRecord<>(TOPICS.rawPagesTopic(), i % 2, url.getBytes(StandardCharsets.UTF_8),
                        Json.toBytes(page))).get();
                urls.add(url);
            }
        }
        return urls;
    }

    private static Set<String> awaitArticles(String bootstrap, int expected, Duration timeout) throws Exception {
        Set<String> urls = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> r : readAll(bootstrap, List.of(TOPICS.articlesTopic(), TOPICS.otherArticlesTopic()),
                expected, timeout)) {
            urls.add(Json.fromBytes(r.value(), Article.class).url());
        }
        return urls;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrap, List<String> topics, int expected,
                                                                Duration timeout) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "poison-it-reader-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_MESSAGE_BYTES);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(topics);
            long deadline = System.nanoTime() + timeout.toNanos();
            int quiet = 0;
            while (System.nanoTime() < deadline && (records.size() < expected || quiet < 3)) {
                var polled = consumer.poll(Duration.ofMillis(500));
                quiet = polled.isEmpty() ? quiet + 1 : 0;
                polled.forEach(records::add);
            }
        }
        return records;
    }
}
