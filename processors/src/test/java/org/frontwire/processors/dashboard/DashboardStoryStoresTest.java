package org.frontwire.processors.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.common.utils.Bytes;
import org.frontwire.processors.state.TimeBucketStore;
import org.frontwire.records.Alert;
import org.frontwire.records.JsonSerde;
import org.frontwire.records.Story;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardStoryStoresTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:10Z");
    private static final long MINUTE = Instant.parse("2026-03-01T10:00:00Z").toEpochMilli();

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, Story> stories;
    private TestInputTopic<String, Alert> alerts;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        DashboardStoryStores.addTo(builder,
                builder.stream("test.stories", Consumed.with(Serdes.String(), new JsonSerde<>(Story.class))),
                builder.stream("test.alerts", Consumed.with(Serdes.String(), new JsonSerde<>(Alert.class))));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dashboard-stories-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), props);
        stories = driver.createInputTopic("test.stories", new StringSerializer(), new JsonSerde<>(Story.class).serializer());
        alerts = driver.createInputTopic("test.alerts", new StringSerializer(), new JsonSerde<>(Alert.class).serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void update(String id, int articles, int outlets, Instant at, String... topics) {
        Story s = new Story(Story.SCHEMA_VERSION, id, List.of(topics), "<b>" + id + "</b>", null, List.of("ar"), T0, at,
                articles, outlets, List.of(), List.of("https://news.example/" + id), List.of());
        stories.pipeInput(id, s, at);
    }

    private static Alert alert(String topic, Instant windowStart, int count) {
        return new Alert(Alert.SCHEMA_VERSION, topic, windowStart, windowStart.plus(Duration.ofHours(1)), count, 2.0, 6.0,
                List.of(new Alert.AlertStory("s1", "title", 3, 2)));
    }

    @Test
    void newStoriesAreCountedPerConflictPerMinuteAndUpdatesAndNoneAreNot() {
        update("s1", 1, 1, T0, "sudan", "none");
        update("s2", 1, 1, T0.plusSeconds(20), "sudan", "yemen");
        update("s1", 2, 2, T0.plusSeconds(30), "sudan", "none");
        update("s3", 1, 1, T0.plusSeconds(70), "sudan");
        update("s4", 1, 1, T0.plusSeconds(75), "none");

        Map<String, Long> stored = new TreeMap<>();
        TimeBucketStore.read(driver.<Bytes, byte[]>getKeyValueStore(DashboardStoryStores.STORIES_PER_MINUTE), Serdes.String().deserializer(),
                Serdes.Long().deserializer(), Long.MIN_VALUE, Long.MAX_VALUE).forEach(e -> stored.put(e.key() + "@" + (e.bucket() - MINUTE) / 60_000, e.value()));
        assertThat(stored).isEqualTo(Map.of("sudan@0", 2L, "sudan@1", 1L, "yemen@0", 1L));
    }

    @Test
    void biggestStoriesAreKeptPerConflictAtTheirLatestSizeAndOldOnesLeave() {
        update("old", 1, 1, T0, "sudan");
        update("old", 9, 9, T0.plusSeconds(1), "sudan");
        Instant later = T0.plus(Duration.ofHours(25));
        update("a", 1, 1, later, "sudan");
        update("b", 1, 1, later.plusSeconds(1), "sudan");
        update("a", 2, 2, later.plusSeconds(2), "sudan");
        update("a", 3, 2, later.plusSeconds(3), "sudan");

        KeyValueStore<String, byte[]> biggest = driver.getKeyValueStore(DashboardStoryStores.BIGGEST_STORIES);
        List<StoryEntry> kept = StoryEntry.listFrom(biggest.get("sudan"));
        assertThat(kept).extracting(StoryEntry::id).containsExactly("a", "b");
        assertThat(kept.get(0).articles()).isEqualTo(3);
        assertThat(kept.get(0).outlets()).isEqualTo(2);
        assertThat(kept.get(0).url()).isEqualTo("https://news.example/a");
        assertThat(biggest.get("none")).isNull();

        for (int i = 0; i < DashboardStoryStores.BIGGEST_PER_TOPIC + 3; i++) {
            update("n" + i, 1, 1, later.plusSeconds(10 + i), "sudan");
        }
        assertThat(StoryEntry.listFrom(biggest.get("sudan"))).hasSize(DashboardStoryStores.BIGGEST_PER_TOPIC)
                .first().extracting(StoryEntry::id).isEqualTo("a");
    }

    @Test
    void latestAlertsAreKeptPerConflictNewestFirstOncePerWindow() {
        Instant w = Instant.parse("2026-03-01T10:00:00Z");
        alerts.pipeInput("sudan", alert("sudan", w, 12), w);
        alerts.pipeInput("sudan", alert("sudan", w.plus(Duration.ofHours(5)), 20), w);
        alerts.pipeInput("sudan", alert("sudan", w, 12), w);
        alerts.pipeInput("yemen", alert("yemen", w, 7), w);

        KeyValueStore<String, byte[]> latest = driver.getKeyValueStore(DashboardStoryStores.LATEST_ALERTS);
        assertThat(RecordAlert.listFrom(latest.get("sudan"))).extracting(Alert::newStories).containsExactly(20, 12);
        assertThat(RecordAlert.listFrom(latest.get("yemen"))).extracting(Alert::topic).containsExactly("yemen");
    }

    @Test
    void instancesConflictsMergeCountsAddingUpBiggestStoriesOncePerIdAndAlertsOncePerWindow() {
        long now = Instant.parse("2026-03-01T12:30:00Z").toEpochMilli();
        List<Instant> hours = ConflictQueries.hours(now);
        assertThat(hours).hasSize(ConflictQueries.CHART_HOURS).last().isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        Instant updated = Instant.ofEpochMilli(now - 60_000);
        StoryEntry small = new StoryEntry("s1", "t", null, 2, 2, T0, T0, updated);
        StoryEntry grown = new StoryEntry("s1", "t", null, 5, 4, T0, T0, updated);
        StoryEntry other = new StoryEntry("s2", "t", null, 3, 3, T0, T0, updated);
        Alert a = alert("sudan", Instant.parse("2026-03-01T11:00:00Z"), 12);
        List<Long> ones = hours.stream().map(h -> 1L).toList();
        DashboardView.Conflict mine = new DashboardView.Conflict("sudan", ones, ones, 24, 24, List.of(small), List.of(a));
        DashboardView.Conflict theirs = new DashboardView.Conflict("sudan", ones, ones, 24, 24, List.of(grown, other), List.of(a));
        DashboardView.Conflict yemen = new DashboardView.Conflict("yemen", ones, ones.stream().map(x -> 0L).toList(), 24, 0,
                List.of(), List.of());

        ConflictQueries.Gathered g = new ConflictQueries.Gathered(hours);
        g.add(hours, List.of(mine));
        g.add(hours, List.of(theirs, yemen));
        List<DashboardView.Conflict> merged = g.conflicts(Instant.ofEpochMilli(now).minus(DashboardStoryStores.BIGGEST_HORIZON));

        assertThat(merged).extracting(DashboardView.Conflict::topic).containsExactly("sudan", "yemen");
        DashboardView.Conflict sudan = merged.get(0);
        assertThat(sudan.stories()).isEqualTo(48);
        assertThat(sudan.storiesPerHour()).allMatch(n -> n == 2L);
        assertThat(sudan.biggest()).containsExactly(grown, other);
        assertThat(sudan.alerts()).containsExactly(a);
        assertThat(merged.get(1).articles()).isEqualTo(24);
    }
}
