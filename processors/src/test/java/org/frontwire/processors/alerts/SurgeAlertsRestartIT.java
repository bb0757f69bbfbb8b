package org.frontwire.processors.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.frontwire.broker.EmbeddedKafka;
import org.frontwire.records.Alert;
import org.frontwire.records.JsonSerde;
import org.frontwire.records.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real broker, with exactly-once: the synthetic week is processed by one instance up to the middle of the burst
 * window, which then stops and loses its local state; a fresh instance restores the counts from the changelogs and
 * processes the rest. The alert is the one an uninterrupted replay gives.
 */
class SurgeAlertsRestartIT {
    private static final String STORIES = "it.stories";
    private static final String APP = "surge-alerts-it";
    private static final String REPARTITION = APP + "-" + SurgeAlerts.BY_CONFLICT_REPARTITION + "-repartition";

    @TempDir
    Path dir;

    @Test
    void aRestartWithLostLocalStateGivesTheSameAlertAsOneRun() throws Exception {
        List<StoryFeed.Update> week = SurgeAlertsTest.syntheticWeek().drain();
        int half = 0;
        while (week.get(half).at().isBefore(Instant.parse("2026-03-02T00:00:00Z")
                .plus(Duration.ofHours(SurgeAlertsTest.BURST_HOUR)).plus(Duration.ofMinutes(20)))) {
            half++;
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            String bootstrap = kafka.bootstrapServers();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                // the week's event times are long past: no time-based retention, or the broker deletes them at once
                Map<String, String> keep = Map.of("retention.ms", "-1");
                admin.createTopics(List.of(new NewTopic(STORIES, 2, (short) 1).configs(keep),
                        new NewTopic(SurgeAlertsTest.SETTINGS.alertsTopic(), 2, (short) 1).configs(keep))).all().get();
            }
            produce(bootstrap, week.subList(0, half));
            runUntilConsumed(bootstrap, dir.resolve("state-1"), half);
            produce(bootstrap, week.subList(half, week.size()));
            runUntilConsumed(bootstrap, dir.resolve("state-2"), week.size());

            List<ConsumerRecord<String, Alert>> alerts = readAlerts(bootstrap);
            assertThat(alerts).hasSize(1);
            Alert alert = alerts.get(0).value();
            assertThat(alerts.get(0).key()).isEqualTo("sudan");
            assertThat(alert.windowStart()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z")
                    .plus(Duration.ofHours(SurgeAlertsTest.BURST_HOUR)));
            assertThat(alert.topStories()).extracting(Alert.AlertStory::id).startsWith("sudan-burst-3", "sudan-burst-7");
            assertThat(alert.newStories()).isEqualTo(20 + 1 + SurgeAlertsTest.BURST_HOUR % 3);
        }
    }

    private static void produce(String bootstrap, List<StoryFeed.Update> updates) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all");
        // the key is the story id; one partition keeps the input in time order, as the test driver has it
        try (KafkaProducer<String, Story> producer = new KafkaProducer<>(config, new StringSerializer(),
                new JsonSerde<>(Story.class).serializer())) {
            updates.forEach(u -> producer.send(new ProducerRecord<>(STORIES, 0, u.at().toEpochMilli(), u.story().id(), u.story())));
            producer.flush();
        }
    }

    /** Runs the sub-topology with a fresh state directory until its group has committed {@code offset} on the input. */
    private static void runUntilConsumed(String bootstrap, Path stateDir, long offset) throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        SurgeAlerts.addTo(builder, SurgeAlertsTest.SETTINGS,
                builder.stream(STORIES, Consumed.with(Serdes.String(), new JsonSerde<>(Story.class))));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, APP);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        try (KafkaStreams streams = new KafkaStreams(builder.build(), props);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            streams.start();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline) {
                var committed = admin.listConsumerGroupOffsets(APP).partitionsToOffsetAndMetadata().get();
                var input = committed.get(new TopicPartition(STORIES, 0));
                if (input != null && input.offset() >= offset && repartitionLag(admin, committed) == 0) {
                    break;
                }
                Thread.sleep(200);
            }
            streams.close(Duration.ofSeconds(30));
        }
    }

    /** Records written to the repartition topic and not yet processed (the topic exists once the group has run). */
    private static long repartitionLag(Admin admin, Map<TopicPartition, OffsetAndMetadata> committed) throws Exception {
        long lag = 0;
        for (int p = 0; p < 2; p++) {
            TopicPartition tp = new TopicPartition(REPARTITION, p);
            long end = admin.listOffsets(Map.of(tp, OffsetSpec.latest())).partitionResult(tp).get().offset();
            OffsetAndMetadata done = committed.get(tp);
            // under exactly-once the end may be one past the last record: the transaction's commit marker
            lag += Math.max(0, end - (done == null ? 0 : done.offset()) - 1);
        }
        return lag;
    }

    private static List<ConsumerRecord<String, Alert>> readAlerts(String bootstrap) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.GROUP_ID_CONFIG, "it-alerts-reader");
        List<ConsumerRecord<String, Alert>> out = new ArrayList<>();
        try (KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new JsonSerde<>(Alert.class).deserializer())) {
            consumer.subscribe(List.of(SurgeAlertsTest.SETTINGS.alertsTopic()));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }
}
