package org.frontwire.cli.kafka;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.frontwire.records.Article;
import org.frontwire.records.DeadLetter;
import org.frontwire.records.Json;

/**
 * Follows the output topics (articles, other articles, dead letters) from their current end, counting what
 * arrives, so {@code run} can print progress and know when a batch is fully processed.
 */
public final class OutputWatcher implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final String deadLetterTopic;
    private final Map<String, Integer> perTopic = new TreeMap<>();
    private int articles;
    private int deadLetters;

    public OutputWatcher(Map<String, Object> clientConfig, List<String> articleTopics, String deadLetterTopic) {
        this.consumer = CommittedReader.open(clientConfig);
        this.deadLetterTopic = deadLetterTopic;
        List<String> all = new java.util.ArrayList<>(articleTopics);
        all.add(deadLetterTopic);
        List<TopicPartition> partitions = CommittedReader.assignAll(consumer, all);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Polls once, handing each new article and dead letter to the callbacks. */
    public void poll(Duration timeout, Consumer<Article> onArticle, Consumer<DeadLetter> onDeadLetter) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(timeout)) {
            try {
                if (r.topic().equals(deadLetterTopic)) {
                    deadLetters++;
                    onDeadLetter.accept(Json.fromBytes(r.value(), DeadLetter.class));
                } else {
                    articles++;
                    Article a = Json.fromBytes(r.value(), Article.class);
                    perTopic.merge(a.topic(), 1, Integer::sum);
                    onArticle.accept(a);
                }
            } catch (IOException e) {
                throw new IllegalStateException("unreadable record on " + r.topic() + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Polls once and counts what arrived without reading it, by the record key (articles are keyed by their topic
     * slug): for a caller that needs only how many, such as {@code bench}, whose own reading would otherwise take CPU
     * from the processor it measures.
     */
    public void count(Duration timeout) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(timeout)) {
            if (r.topic().equals(deadLetterTopic)) {
                deadLetters++;
            } else {
                articles++;
                perTopic.merge(r.key() == null ? Article.NO_TOPIC : r.key(), 1, Integer::sum);
            }
        }
    }

    public int articles() {
        return articles;
    }

    public int deadLetters() {
        return deadLetters;
    }

    public int total() {
        return articles + deadLetters;
    }

    public Map<String, Integer> perTopic() {
        return perTopic;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
