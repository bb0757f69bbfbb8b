package org.frontwire.cli.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontwire.broker.EmbeddedKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OutputWatcher} on a real broker: counting by key reads no value, so it counts what it could not parse. */
class OutputWatcherIT {
    @TempDir
    Path dataDir;

    @Test
    void countsArticlesByTopicKeyAndDeadLettersWithoutReadingThem() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir.resolve("kafka"))) {
            Map<String, Object> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
            try (Admin admin = Admin.create(client)) {
                admin.createTopics(List.of(new NewTopic("articles", 2, (short) 1), new NewTopic("articles.other", 1, (short) 1),
                        new NewTopic("dead-letter", 1, (short) 1))).all().get();
            }
            try (OutputWatcher watcher = new OutputWatcher(client, List.of("articles", "articles.other"), "dead-letter");
                 KafkaProducer<String, byte[]> producer = new KafkaProducer<>(client, new StringSerializer(), new ByteArraySerializer())) {
                byte[] notJson = "not an article".getBytes(StandardCharsets.UTF_8);
                producer.send(new ProducerRecord<>("articles", "nagorno-karabakh", notJson));
                producer.send(new ProducerRecord<>("articles", "nagorno-karabakh", notJson));
                producer.send(new ProducerRecord<>("articles", "yemen", notJson));
                producer.send(new ProducerRecord<>("articles.other", "none", notJson));
                producer.send(new ProducerRecord<>("dead-letter", "https://example.org/a", notJson));
                producer.flush();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (watcher.total() < 5 && System.nanoTime() < deadline) {
                    watcher.count(Duration.ofMillis(100));
                }
                assertThat(watcher.articles()).isEqualTo(4);
                assertThat(watcher.deadLetters()).isEqualTo(1);
                assertThat(watcher.perTopic()).containsExactlyInAnyOrderEntriesOf(Map.of("nagorno-karabakh", 2, "yemen", 1, "none", 1));
            }
        }
    }
}
