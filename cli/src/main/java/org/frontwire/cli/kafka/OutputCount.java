package org.frontwire.cli.kafka;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.frontwire.records.Article;
import org.frontwire.records.DeadLetter;
import org.frontwire.records.Json;

/**
 * What came out of the processor so far, read from the beginning with read_committed: articles, dead letters, and how
 * often each raw page came out (keyed by the article's URL or the dead letter's key).
 */
public record OutputCount(Map<String, Integer> byKey, int articles, int deadLetters) {

    public int total() {
        return articles + deadLetters;
    }

    public static OutputCount read(Map<String, Object> clientConfig, String articlesTopic, String otherArticlesTopic,
                                   String deadLetterTopic) throws IOException {
        Map<String, Integer> byKey = new HashMap<>();
        int articles = 0;
        int deadLetters = 0;
        try (KafkaConsumer<String, byte[]> consumer = CommittedReader.open(clientConfig)) {
            List<TopicPartition> partitions = CommittedReader.assignAll(consumer,
                    List.of(articlesTopic, otherArticlesTopic, deadLetterTopic));
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    String key;
                    if (r.topic().equals(deadLetterTopic)) {
                        deadLetters++;
                        key = Json.fromBytes(r.value(), DeadLetter.class).key();
                    } else {
                        articles++;
                        key = Json.fromBytes(r.value(), Article.class).url();
                    }
                    byKey.merge(key, 1, Integer::sum);
                }
            }
        }
        return new OutputCount(byKey, articles, deadLetters);
    }
}
