package org.frontwire.processors.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.test.TestRecord;
import org.frontwire.processors.state.TimeBucketStore;
import org.frontwire.records.Alert;
import org.frontwire.records.JsonSerde;
import org.frontwire.records.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurgeAlertsTest {
    private static final String STORIES = "test.stories";
    private static final Instant MONDAY = Instant.parse("2026-03-02T00:00:00Z");
    private static final List<String> CONFLICTS = List.of("sudan", "yemen", "sahel");
    static final AlertSettings SETTINGS = AlertSettings.defaults();

    @TempDir
    Path stateDir;

    private static Instant hour(int h) {
        return MONDAY.plus(Duration.ofHours(h));
    }

    private static Instant at(int h, int minute) {
        return hour(h).plus(Duration.ofMinutes(minute));
    }

    /** A driver of the sub-topology alone, fed by a topic of story updates, with exactly-once as the service runs. */
    private final class Driver implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestInputTopic<String, Story> stories;
        final TestOutputTopic<String, Alert> alerts;

        Driver(String name, AlertSettings settings) {
            StreamsBuilder builder = new StreamsBuilder();
            SurgeAlerts.addTo(builder, settings,
                    builder.stream(STORIES, Consumed.with(Serdes.String(), new JsonSerde<>(Story.class))));
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-test");
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(name).toString());
            driver = new TopologyTestDriver(builder.build(), props);
            stories = driver.createInputTopic(STORIES, new StringSerializer(), new JsonSerde<>(Story.class).serializer());
            alerts = driver.createOutputTopic(settings.alertsTopic(), new StringDeserializer(),
                    new JsonSerde<>(Alert.class).deserializer());
        }

        /** The count a conflict's window holds in the store, null when none. */
        Long count(String conflict, Instant windowStart) {
            return TimeBucketStore.read(driver.<Bytes, byte[]>getKeyValueStore(SurgeAlerts.NEW_STORIES_STORE),
                            Serdes.String().deserializer(), Serdes.Long().deserializer(), windowStart.toEpochMilli(), windowStart.toEpochMilli())
                    .stream().filter(e -> e.key().equals(conflict)).map(TimeBucketStore.Entry::value).findFirst().orElse(null);
        }

        @Override
        public void close() {
            driver.close();
        }
    }

    /** Each conflict's steady background in hour {@code h}: 1 to 3 new stories, every other hour the first joined by a second outlet. */
    private static void background(StoryFeed feed, int h, String... onlyConflicts) {
        List<String> conflicts = onlyConflicts.length == 0 ? CONFLICTS : List.of(onlyConflicts);
        for (int i = 0; i < conflicts.size(); i++) {
            String conflict = conflicts.get(i);
            int n = 1 + (h + i) % 3;
            for (int k = 0; k < n; k++) {
                String id = conflict + "-" + h + "-" + k;
                feed.story(id, at(h, (7 + 13 * k + i) % 60), conflict);
                if (k == 0 && h % 2 == 0) {
                    feed.join(id, at(h, (7 + i) % 60 + 5), true);
                }
            }
        }
    }

    static final int BURST_HOUR = 5 * 24 + 10;
    private static final int REPRINT_HOUR = 5 * 24 + 15;

    /**
     * A week: every conflict's steady background; on Saturday at 10:00 twenty distinct new stories about Sudan (two of
     * them picked up by several outlets); at 15:00 one statement about Yemen reprinted forty times by as many outlets.
     */
    static StoryFeed syntheticWeek() {
        StoryFeed feed = new StoryFeed();
        for (int h = 0; h < 7 * 24; h++) {
            background(feed, h);
        }
        for (int k = 0; k < 20; k++) {
            feed.story("sudan-burst-" + k, at(BURST_HOUR, 1 + 2 * k), "sudan");
        }
        feed.reprints("sudan-burst-3", at(BURST_HOUR, 10), Duration.ofMinutes(3), 5);
        feed.reprints("sudan-burst-7", at(BURST_HOUR, 20), Duration.ofMinutes(3), 3);
        feed.story("yemen-statement", at(REPRINT_HOUR, 0), "yemen", "none");
        feed.reprints("yemen-statement", at(REPRINT_HOUR, 1), Duration.ofMinutes(1), 40);
        return feed;
    }

    private List<TestRecord<String, Alert>> replayWeek(String name) {
        try (Driver d = new Driver(name, SETTINGS)) {
            syntheticWeek().pipeTo(d.stories);
            return d.alerts.readRecordsToList();
        }
    }

    @Test
    void aWeekWithABurstOfStoriesAndABurstOfReprintsGivesOneAlertForTheStoriesAtTheirWindowEveryTimeItIsReplayed() {
        List<TestRecord<String, Alert>> alerts = replayWeek("week");

        assertThat(alerts).hasSize(1);
        TestRecord<String, Alert> record = alerts.get(0);
        Alert alert = record.value();
        assertThat(record.key()).isEqualTo("sudan");
        assertThat(alert.topic()).isEqualTo("sudan");
        assertThat(alert.windowStart()).isEqualTo(hour(BURST_HOUR));
        assertThat(alert.windowEnd()).isEqualTo(hour(BURST_HOUR + 1));
        assertThat(record.getRecordTime()).isEqualTo(hour(BURST_HOUR + 1));
        int background = 1 + BURST_HOUR % 3;
        assertThat(alert.newStories()).isEqualTo(20 + background);
        assertThat(alert.baseline()).isBetween(1.9, 2.1);
        assertThat(alert.threshold()).isBetween(alert.baseline() * SETTINGS.factor() - 0.01, 20.0);
        assertThat(alert.topStories()).hasSize(SETTINGS.topStories());
        assertThat(alert.topStories()).extracting(Alert.AlertStory::id).startsWith("sudan-burst-3", "sudan-burst-7");
        assertThat(alert.topStories().get(0)).isEqualTo(new Alert.AlertStory("sudan-burst-3", "Title of sudan-burst-3", 6, 6));

        List<TestRecord<String, Alert>> again = replayWeek("again");
        assertThat(again).usingRecursiveFieldByFieldElementComparator().isEqualTo(alerts);
    }

    @Test
    void aQuietConflictGoingFromNoStoryToTwoIsNotASurgeButToSixIs() {
        try (Driver d = new Driver("floor", SETTINGS)) {
            StoryFeed feed = new StoryFeed();
            for (int h = 0; h < 2 * 24; h++) {
                background(feed, h, "sudan");
            }
            feed.story("quiet-a", at(30, 5), "quiet").story("quiet-b", at(30, 40), "quiet");
            for (int k = 0; k < 6; k++) {
                feed.story("quiet-surge-" + k, at(40, 5 * k), "quiet");
            }
            feed.pipeTo(d.stories);

            List<Alert> alerts = d.alerts.readValuesToList();
            assertThat(alerts).extracting(Alert::topic, Alert::windowStart, Alert::newStories)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("quiet", hour(40), 6));
            assertThat(alerts.get(0).threshold()).isEqualTo(SETTINGS.minStories());
        }
    }

    @Test
    void aSurgeLastingSeveralWindowsGivesOneAlertAndTheNextSurgeAnother() {
        try (Driver d = new Driver("lasting", SETTINGS)) {
            StoryFeed feed = new StoryFeed();
            for (int h = 0; h < 64; h++) {
                background(feed, h, "sudan");
            }
            int[] surgeHours = {50, 51, 52, 60};
            for (int h : surgeHours) {
                for (int k = 0; k < 30; k++) {
                    feed.story("sudan-surge-" + h + "-" + k, at(h, k), "sudan");
                }
            }
            feed.pipeTo(d.stories);

            assertThat(d.alerts.readValuesToList()).extracting(Alert::windowStart).containsExactly(hour(50), hour(60));
        }
    }

    @Test
    void storiesOutOfOrderWithinTheGraceCountAndLaterOnesDoNot() {
        try (Driver d = new Driver("late", SETTINGS)) {
            StoryFeed feed = new StoryFeed();
            for (int h = 0; h < 29; h++) {
                background(feed, h, "sudan");
            }
            for (int k = 0; k < 4; k++) {
                feed.story("quiet-" + k, at(28, 10 * k), "quiet");
            }
            feed.pipeTo(d.stories);
            feed.story("sudan-late-clock", at(29, 2), "sudan").pipeNow(d.stories);
            // stream time is past 29:00 (the window's end) but within the grace: these two still count
            feed.story("quiet-ooo-1", at(28, 50), "quiet").pipeNow(d.stories);
            feed.story("quiet-ooo-2", at(28, 55), "quiet").pipeNow(d.stories);
            assertThat(d.alerts.readValuesToList()).isEmpty();

            feed.story("sudan-closes", at(29, 11), "sudan").pipeNow(d.stories);
            List<Alert> alerts = d.alerts.readValuesToList();
            assertThat(alerts).extracting(Alert::topic, Alert::windowStart, Alert::newStories)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("quiet", hour(28), 6));

            // the window is judged: a story of it arriving now is late and counted nowhere
            feed.story("quiet-too-late", at(28, 59), "quiet").pipeNow(d.stories);
            for (int h = 30; h < 33; h++) {
                background(feed, h, "sudan");
            }
            feed.pipeTo(d.stories);
            assertThat(d.alerts.readValuesToList()).isEmpty();
            assertThat(d.count("quiet", hour(28))).isEqualTo(6L);
        }
    }

    @Test
    void aStorysFirstUpdateSeenTwiceCountsOnce() {
        try (Driver d = new Driver("twice", SETTINGS)) {
            StoryFeed feed = new StoryFeed();
            feed.story("sudan-1", at(3, 5), "sudan").story("sudan-1", at(3, 6), "sudan").story("sudan-2", at(3, 7), "sudan");
            feed.pipeTo(d.stories);
            assertThat(d.count("sudan", hour(3))).isEqualTo(2L);
        }
    }

    @Test
    void noWindowSurgesBeforeTheWarmUp() {
        try (Driver d = new Driver("warm-up", SETTINGS)) {
            StoryFeed feed = new StoryFeed();
            for (int h = 0; h < 30; h++) {
                background(feed, h, "sudan");
            }
            for (int k = 0; k < 30; k++) {
                feed.story("sudan-early-" + k, at(5, k), "sudan");
            }
            feed.pipeTo(d.stories);
            assertThat(d.alerts.readValuesToList()).isEmpty();
        }
    }
}
