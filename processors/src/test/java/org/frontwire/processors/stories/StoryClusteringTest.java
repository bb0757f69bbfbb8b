package org.frontwire.processors.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwire.processors.stories.StoryFixtures.*;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.frontwire.processors.state.TimeBucketStore;
import org.frontwire.records.Article;
import org.frontwire.records.JsonSerde;
import org.frontwire.records.Story;
import org.frontwire.records.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StoryClustering#addTo} in a {@link TopologyTestDriver}, with exactly-once as the service runs it. */
class StoryClusteringTest {
    private static final String IN = "classified";
    private static final String OUT = "articles-with-story";
    private static final String UPDATES = "story-updates";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> in;
    private TestOutputTopic<String, Article> out;
    private TestOutputTopic<String, Story> stories;
    private TestOutputTopic<String, Story> updates;

    private void start(StorySettings settings) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, Article> classified = builder.stream(IN, Consumed.with(Serdes.String(), new JsonSerde<>(Article.class)));
        StoryStreams s = StoryClustering.addTo(builder, settings, classified);
        s.articles().to(OUT, Produced.with(Serdes.String(), new JsonSerde<>(Article.class)));
        s.stories().to(UPDATES, Produced.with(Serdes.String(), new JsonSerde<>(Story.class)));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "stories-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), props);
        in = driver.createInputTopic(IN, Serdes.String().serializer(), new JsonSerde<>(Article.class).serializer());
        out = driver.createOutputTopic(OUT, Serdes.String().deserializer(), new JsonSerde<>(Article.class).deserializer());
        stories = driver.createOutputTopic(settings.storiesTopic(), Serdes.String().deserializer(), new JsonSerde<>(Story.class).deserializer());
        updates = driver.createOutputTopic(UPDATES, Serdes.String().deserializer(), new JsonSerde<>(Story.class).deserializer());
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private void send(Article a) {
        in.pipeInput(a.topic(), a, StoryClusterer.eventTime(a, T0));
    }

    @Test
    void reportsOfOneEventShareAStoryAndEachUpdateIsWrittenKeyedByStoryId() {
        start(StorySettings.defaults());
        send(FIRST_FLIGHT);
        send(FIRST_FLIGHT_REPRINT);
        send(SECOND_FLIGHT);

        List<KeyValue<String, Article>> articles = out.readKeyValuesToList();
        assertThat(articles).extracting(kv -> kv.key).containsExactly("yemen", "yemen", "yemen");
        String first = "s-" + FIRST_FLIGHT.id();
        assertThat(articles).extracting(kv -> kv.value.story().id()).containsExactly(first, first, "s-" + SECOND_FLIGHT.id());
        assertThat(articles.get(1).value.story().articles()).isEqualTo(2);
        assertThat(articles.get(1).value.story().outlets()).isEqualTo(2);
        assertThat(articles.get(1).value.story().firstSeen()).isEqualTo(T0);

        List<KeyValue<String, Story>> written = stories.readKeyValuesToList();
        assertThat(written).extracting(kv -> kv.key).containsExactly(first, first, "s-" + SECOND_FLIGHT.id());
        assertThat(written.get(1).value.articles()).isEqualTo(2);
        assertThat(written.get(1).value.urls()).containsExactly(FIRST_FLIGHT.url(), FIRST_FLIGHT_REPRINT.url());
        assertThat(updates.readKeyValuesToList()).isEqualTo(written);
    }

    /** An upgrade meets the bare JSON articles an earlier version left in the repartition topic: none is lost. */
    @Test
    void anArticleAnEarlierVersionRepartitionedAsJsonStillJoinsItsStory() {
        start(StorySettings.defaults());
        send(FIRST_FLIGHT);
        String first = out.readValue().story().id();
        driver.createInputTopic("stories-test-" + StoryClustering.BY_GROUP_REPARTITION + "-repartition",
                        Serdes.String().serializer(), new JsonSerde<>(Article.class).serializer())
                .pipeInput(StoryClusterer.groupOf(FIRST_FLIGHT_REPRINT, StorySettings.defaults()), FIRST_FLIGHT_REPRINT,
                        StoryClusterer.eventTime(FIRST_FLIGHT_REPRINT, T0));

        Article reprint = out.readValue();
        assertThat(reprint.id()).isEqualTo(FIRST_FLIGHT_REPRINT.id());
        assertThat(reprint.story().id()).isEqualTo(first);
        assertThat(reprint.story().articles()).isEqualTo(2);
    }

    @Test
    void anArticleKeepsTheStoryItWasWrittenWithWhileTheStoryGrows() {
        start(StorySettings.defaults());
        send(FIRST_FLIGHT);
        Article written = out.readValue();
        send(FIRST_FLIGHT_REPRINT);
        send(FIRST_FLIGHT_OWN_WORDS);
        List<Article> later = out.readValuesToList();
        assertThat(written.story().id()).isEqualTo("s-" + FIRST_FLIGHT.id());
        assertThat(written.story().articles()).isEqualTo(1);
        assertThat(later).extracting(a -> a.story().id()).containsOnly(written.story().id());
        assertThat(later).extracting(a -> a.story().articles()).containsExactly(2, 3);
    }

    @Test
    void storiesExpireWithTheirWindowAndLeaveTheStores() {
        start(StorySettings.defaults().withWindow(Duration.ofDays(1)));
        send(FIRST_FLIGHT);
        String first = out.readValue().story().id();
        Article muchLater = en("en-later", "late.example", FIRST_FLIGHT_REPRINT.title(), FIRST_FLIGHT_REPRINT.text(), T0.plus(Duration.ofDays(5)));
        send(muchLater);
        assertThat(out.readValue().story().id()).isNotEqualTo(first).isEqualTo("s-en-later");
        TimeBucketStore<String, StoryState> states = states(Duration.ofDays(1));
        assertThat(states.get(first, T0.toEpochMilli())).isNull();
        assertThat(states.get("s-en-later", T0.plus(Duration.ofDays(5)).toEpochMilli())).isNotNull();
        assertThat(storedKeys(StoryClustering.STATES_STORE)).as("the expired story is deleted, not only hidden")
                .containsExactly("s-en-later");
    }

    /**
     * The same report every other day for four weeks of event time, each a new story (two days is beyond the
     * one-day window): the index and the states keep only the buckets of the retention (twice the window), so their
     * size stays that of two days however long the stream runs.
     */
    @Test
    void oldBucketsOfTheIndexExpireSoTheStoresStayBounded() {
        Duration window = Duration.ofDays(1);
        start(StorySettings.defaults().withWindow(window));
        int oneStory = 0;
        for (int k = 0; k < 14; k++) {
            Instant at = T0.plus(window.multipliedBy(2L * k));
            send(en("en-day-" + k, "daily.example", FIRST_FLIGHT.title(), FIRST_FLIGHT.text(), at));
            assertThat(out.readValue().story().id()).isEqualTo("s-en-day-" + k);
            List<Long> buckets = storedBuckets(StoryClustering.INDEX_STORE);
            if (k == 0) {
                oneStory = buckets.size();
                assertThat(oneStory).isPositive();
            }
            assertThat(buckets).as("index entries after %d stories", k + 1).hasSizeLessThanOrEqualTo(2 * oneStory)
                    .allSatisfy(b -> assertThat(b).isGreaterThan(at.minus(window.multipliedBy(3)).toEpochMilli()));
            assertThat(storedKeys(StoryClustering.STATES_STORE)).hasSizeLessThanOrEqualTo(2).contains("s-en-day-" + k);
        }
        assertThat(storedKeys(StoryClustering.STATES_STORE)).containsExactlyInAnyOrder("s-en-day-12", "s-en-day-13");
    }

    /**
     * The test driver wipes its state directory on close, so the restart is played as the restoring consumer does:
     * the new instance's stores are filled from the first one's changelog records, and clustering carries on.
     */
    @Test
    void theStoresComeBackFromTheirChangelogsAfterARestart() {
        start(StorySettings.defaults());
        send(FIRST_FLIGHT);
        send(FIRST_FLIGHT_REPRINT);
        String first = "s-" + FIRST_FLIGHT.id();
        List<TestRecord<byte[], byte[]>> statesLog = changelog(StoryClustering.STATES_STORE);
        List<TestRecord<byte[], byte[]>> indexLog = changelog(StoryClustering.INDEX_STORE);
        List<TestRecord<byte[], byte[]>> membersLog = changelog(StoryClustering.MEMBERS_STORE);
        assertThat(statesLog).isNotEmpty();
        assertThat(indexLog).isNotEmpty();
        StoryState last = TimeBucketStore.valueOf(statesLog.get(statesLog.size() - 1).value(), StoreMemory.STATE_SERDE.deserializer());
        assertThat(last.story().id()).isEqualTo(first);
        assertThat(last.story().articles()).isEqualTo(2);
        assertThat(membersOf(membersLog.get(membersLog.size() - 1))).hasSize(2);

        driver.close();
        start(StorySettings.defaults());
        for (var log : List.of(KeyValue.pair(StoryClustering.STATES_STORE, statesLog), KeyValue.pair(StoryClustering.INDEX_STORE, indexLog),
                KeyValue.pair(StoryClustering.MEMBERS_STORE, membersLog))) {
            KeyValueStore<Bytes, byte[]> store = driver.getKeyValueStore(log.key);
            log.value.forEach(r -> store.put(Bytes.wrap(r.key()), r.value()));
        }
        send(FIRST_FLIGHT_OWN_WORDS);
        Article after = out.readValue();
        assertThat(after.story().id()).isEqualTo(first);
        assertThat(after.story().articles()).isEqualTo(3);
    }

    /**
     * A story is rewritten by every report that joins it; its member fingerprints, the bulk of it, only while members
     * are added: nine reports of one event write nine states without members and {@value StoryState#MAX_MEMBERS}
     * member lists, and the story still matches on them.
     */
    @Test
    void aGrownStoryIsRewrittenWithoutItsMembers() {
        start(StorySettings.defaults());
        for (int k = 0; k < 9; k++) {
            send(en("en-copy-" + k, "copy" + k + ".example", FIRST_FLIGHT.title(), FIRST_FLIGHT.text(), T0.plus(Duration.ofMinutes(k))));
        }
        List<Article> written = out.readValuesToList();
        assertThat(written).extracting(a -> a.story().id()).containsOnly("s-en-copy-0");
        assertThat(written.get(8).story().articles()).isEqualTo(9);

        List<TestRecord<byte[], byte[]>> statesLog = changelog(StoryClustering.STATES_STORE);
        assertThat(statesLog).hasSize(9).allSatisfy(r -> assertThat(
                TimeBucketStore.valueOf(r.value(), StoreMemory.STATE_SERDE.deserializer()).members()).isEmpty());
        assertThat(changelog(StoryClustering.MEMBERS_STORE)).extracting(r -> membersOf(r).size())
                .containsExactly(1, 2, 3, 4, 5, 6);
    }

    /** A state an earlier version stored with its members inside is read with them, and saved apart from them. */
    @Test
    void aStateStoredWithItsMembersInsideStillMatches() {
        start(StorySettings.defaults());
        send(FIRST_FLIGHT);
        String first = out.readValue().story().id();
        long anchor = StoryClusterer.eventTime(FIRST_FLIGHT, T0).toEpochMilli();
        StoryState stored = states(StorySettings.defaults().window()).get(first, anchor);
        List<Fingerprint> itsMembers = membersOf(changelog(StoryClustering.MEMBERS_STORE).get(0));
        List<TestRecord<byte[], byte[]>> indexLog = changelog(StoryClustering.INDEX_STORE);

        driver.close();
        start(StorySettings.defaults());
        KeyValueStore<Bytes, byte[]> index = driver.getKeyValueStore(StoryClustering.INDEX_STORE);
        indexLog.forEach(r -> index.put(Bytes.wrap(r.key()), r.value()));
        states(StorySettings.defaults().window()).put(first, anchor, stored.withMembers(itsMembers));
        send(FIRST_FLIGHT_REPRINT);

        assertThat(out.readValue().story()).satisfies(story -> {
            assertThat(story.id()).isEqualTo(first);
            assertThat(story.articles()).isEqualTo(2);
        });
        assertThat(membersOf(changelog(StoryClustering.MEMBERS_STORE).get(0))).hasSize(2);
        assertThat(states(StorySettings.defaults().window()).get(first, anchor).members()).isEmpty();
    }

    private static List<Fingerprint> membersOf(TestRecord<byte[], byte[]> changelogRecord) {
        return TimeBucketStore.valueOf(changelogRecord.value(), StoreMemory.MEMBERS_SERDE.deserializer()).fingerprints();
    }

    private List<TestRecord<byte[], byte[]>> changelog(String store) {
        return driver.createOutputTopic("stories-test-" + store + "-changelog", new ByteArrayDeserializer(), new ByteArrayDeserializer())
                .readRecordsToList();
    }

    private TimeBucketStore<String, StoryState> states(Duration window) {
        return new TimeBucketStore<>(driver.getKeyValueStore(StoryClustering.STATES_STORE), Serdes.String(),
                StoreMemory.STATE_SERDE, window, window.multipliedBy(2));
    }

    /** The bucket start of every entry a store holds. */
    private List<Long> storedBuckets(String store) {
        return TimeBucketStore.read(driver.<Bytes, byte[]>getKeyValueStore(store), Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer(), Long.MIN_VALUE, Long.MAX_VALUE).stream().map(TimeBucketStore.Entry::bucket).toList();
    }

    /** The key of every entry a store holds. */
    private List<String> storedKeys(String store) {
        return TimeBucketStore.read(driver.<Bytes, byte[]>getKeyValueStore(store), Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer(), Long.MIN_VALUE, Long.MAX_VALUE).stream().map(TimeBucketStore.Entry::key).toList();
    }

    @Test
    void theStoriesTopicDefaultsToTheSharedName() {
        assertThat(StorySettings.defaults().storiesTopic()).isEqualTo(Topics.STORIES);
    }
}
