package org.frontwire.processors.conflicttopics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.frontwire.records.Article;
import org.frontwire.records.JsonSerde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictTopicsTest {
    private static final String ARTICLES = "test.articles";
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path stateDir;

    private static Article article(String url, String topic) {
        return new Article(Article.SCHEMA_VERSION, url, url, null, "site.example", "Title " + url, null, "text", "en",
                T0, T0, null, null, null, topic, null, null, "test");
    }

    private TopologyTestDriver driver(ConflictTopicSettings settings) {
        StreamsBuilder builder = new StreamsBuilder();
        ConflictTopics.addTo(builder, settings, builder.stream(ARTICLES, Consumed.with(Serdes.String(), new JsonSerde<>(Article.class))));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "conflict-topics-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new TopologyTestDriver(builder.build(), props);
    }

    private static List<String> urlsIn(TopologyTestDriver driver, String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new JsonSerde<>(Article.class).deserializer())
                .readRecordsToList().stream().map(r -> r.key() + " " + r.value().url()).toList();
    }

    @Test
    void eachConflictsArticlesGoToItsOwnTopicAndOthersNowhere() {
        ConflictTopicSettings on = new ConflictTopicSettings(true, "frontwire.conflict.");
        try (TopologyTestDriver driver = driver(on)) {
            TestInputTopic<String, Article> in = driver.createInputTopic(ARTICLES, new StringSerializer(),
                    new JsonSerde<>(Article.class).serializer());
            in.pipeInput("sudan", article("https://a.example/1", "sudan"), T0);
            in.pipeInput("yemen", article("https://a.example/2", "yemen"), T0);
            in.pipeInput("sudan", article("https://a.example/3", "sudan"), T0);
            in.pipeInput("none", article("https://a.example/4", "none"), T0);

            assertThat(urlsIn(driver, "frontwire.conflict.sudan")).containsExactly("sudan https://a.example/1", "sudan https://a.example/3");
            assertThat(urlsIn(driver, "frontwire.conflict.yemen")).containsExactly("yemen https://a.example/2");
            assertThat(driver.producedTopicNames()).doesNotContain("frontwire.conflict.none");
        }
    }

    @Test
    void offByDefaultItAddsNothing() {
        assertThat(ConflictTopicSettings.defaults().enabled()).isFalse();
        try (TopologyTestDriver driver = driver(ConflictTopicSettings.defaults())) {
            driver.createInputTopic(ARTICLES, new StringSerializer(), new JsonSerde<>(Article.class).serializer())
                    .pipeInput("sudan", article("https://a.example/1", "sudan"), T0);
            assertThat(driver.producedTopicNames()).isEmpty();
        }
    }

    @Test
    void topicNamesAreLegalAndNoneHasNoTopic() {
        ConflictTopicSettings on = new ConflictTopicSettings(true, "fw.c.");
        assertThat(ConflictTopics.topicsFor(on, List.of("sudan", "none", "gaza/west bank", "sudan")))
                .containsExactly("fw.c.sudan", "fw.c.gaza_west_bank");
    }
}
