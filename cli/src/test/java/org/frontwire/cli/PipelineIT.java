package org.frontwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.frontwire.broker.EmbeddedKafka;
import org.frontwire.records.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on a real embedded KRaft broker, driven through the command line. */
class PipelineIT {
    @TempDir
    static Path dataDir;
    static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start(dataDir.resolve("kafka"));
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    /** Topic names and application id of their own per test, so tests don't see each other's records. */
    private static String[] common(String name) {
        return new String[] {"--bootstrap-servers", kafka.bootstrapServers(), "--data-dir", dataDir.resolve(name).toString(),
                "--set", "topics.raw-pages=" + name + ".raw", "--set", "topics.articles=" + name + ".articles",
                "--set", "topics.articles-other=" + name + ".other", "--set", "topics.dead-letter=" + name + ".dead",
                "--set", "topics.stories=" + name + ".stories", "--set", "topics.alerts=" + name + ".alerts",
                "--set", "processor.application-id=" + name, "--set", "topics.partitions=2"};
    }

    private static String[] args(String name, String command, String... rest) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(common(name)));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    private static List<JsonNode> tail(String name, String topic) throws Exception {
        CliRunner.Result r = CliRunner.run(args(name, "tail", "--topic", topic, "--format", "json"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<JsonNode> records = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                records.add(Json.MAPPER.readTree(line));
            }
        }
        return records;
    }

    @Test
    void ownPagesGoFromIngestThroughTheBrokerAndProcessorToTopicKeyedOutput() throws Exception {
        Path pages = samplePages();
        CliRunner.Result run = CliRunner.run(args("own", "run", "--source", pages.toString(), "--once", "--timeout", "120"));

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("[armenia-azerbaijan]").contains("summary: 3 pages in");

        Map<String, String> topicByFile = tail("own", "own.articles").stream().collect(Collectors.toMap(
                a -> Path.of(a.get("url").asText()).getFileName().toString(), a -> a.get("topic").asText()));
        assertThat(topicByFile).containsOnly(
                Map.entry("caucasus-shelling.html", "armenia-azerbaijan"), Map.entry("karabakh-ar.txt", "armenia-azerbaijan"));
        List<JsonNode> other = tail("own", "own.other");
        assertThat(other).singleElement().satisfies(a -> {
            assertThat(a.get("topic").asText()).isEqualTo("none");
            assertThat(a.get("language").asText()).isEqualTo("fr");
        });
        assertThat(tail("own", "own.dead")).isEmpty();
    }

    @Test
    void reportsOfOneEventBecomeOneStoryInTheStream() throws Exception {
        Path pages = dataDir.resolve("story-pages");
        java.nio.file.Files.createDirectories(pages);
        java.nio.file.Files.writeString(pages.resolve("wire-convoy.txt"), """
                UN aid convoy reaches besieged El Fasher

                The United Nations said on Tuesday that a convoy of forty trucks carrying food and medicine reached the besieged city of El Fasher in North Darfur, the first aid to arrive in three months.

                The World Food Programme said the convoy crossed from Chad through the Tine border crossing and was unloaded at a warehouse in the city.

                Fighting between the army and the Rapid Support Forces has cut the city off since the spring, and aid agencies say famine conditions have spread through the camps around it.
                """);
        java.nio.file.Files.writeString(pages.resolve("daily-convoy.txt"), """
                First aid in three months arrives in Sudan's El Fasher

                A convoy of forty UN trucks with food and medicine has reached the besieged Sudanese city of El Fasher in North Darfur, the first aid delivery in three months, the United Nations said on Tuesday.

                The convoy entered from Chad through the Tine crossing, according to the World Food Programme, and its cargo was unloaded in a warehouse in the city.

                The war between the army and the Rapid Support Forces has isolated El Fasher since the spring; aid groups warn of famine in the surrounding camps.
                """);
        java.nio.file.Files.writeString(pages.resolve("odesa-drones.txt"), """
                Russian drones hit Odesa port and grain terminal

                Ukraine's air force said on Tuesday that Russia launched 42 drones and three cruise missiles overnight at the Odesa region, damaging port facilities and a grain terminal.

                Air defences shot down 35 of the drones and two of the missiles, the air force said. Two dockworkers were injured and a fire at the terminal was put out by morning.
                """);
        CliRunner.Result run = CliRunner.run(args("story", "run", "--source", pages.toString(), "--once", "--timeout", "120"));
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();

        List<JsonNode> articles = new ArrayList<>(tail("story", "story.articles"));
        articles.addAll(tail("story", "story.other"));
        Map<String, String> storyByFile = articles.stream().collect(Collectors.toMap(
                a -> Path.of(a.get("url").asText()).getFileName().toString(), a -> a.get("story").get("id").asText()));
        assertThat(storyByFile).hasSize(3);
        assertThat(storyByFile.get("wire-convoy.txt")).isEqualTo(storyByFile.get("daily-convoy.txt"))
                .isNotEqualTo(storyByFile.get("odesa-drones.txt"));
        List<JsonNode> stories = tail("story", "story.stories");
        assertThat(stories).anySatisfy(s -> {
            assertThat(s.get("id").asText()).isEqualTo(storyByFile.get("wire-convoy.txt"));
            assertThat(s.get("articles").asInt()).isEqualTo(2);
        });
        assertThat(tail("story", "story.dead")).isEmpty();
    }

    @Test
    void theFiveSeedPagesComeOutAsSpecified() throws Exception {
        Path seeds = SharedData.seeds().orElse(null);
        Assumptions.assumeTrue(seeds != null, "../shared/seeds is not here");
        CliRunner.Result run = CliRunner.run(args("seeds", "run", "--source", seeds.toString(), "--once", "--timeout", "120"));
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();

        List<JsonNode> expected = SeedExpectations.load(seeds);
        CliRunner.Result tail = CliRunner.run(args("seeds", "tail", "--topic", "seeds.articles", "--max", "5", "--format", "json"));
        String[] lines = tail.out().strip().split("\n");
        assertThat(lines).hasSize(expected.size());
        SoftAssertions soft = new SoftAssertions();
        for (String line : lines) {
            JsonNode article = Json.MAPPER.readTree(line);
            SeedExpectations.check(soft, SeedExpectations.entryFor(expected, article.get("url").asText()), article,
                    article.get("topic").asText());
        }
        soft.assertAll();
        assertThat(tail("seeds", "seeds.other")).isEmpty();
        assertThat(tail("seeds", "seeds.dead")).isEmpty();
    }

    @Test
    void anUnreachableBrokerIsAClearErrorNotAHang() {
        CliRunner.Result r = CliRunner.run("tail", "--bootstrap-servers", "localhost:1", "--max", "1");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("cannot reach Kafka at localhost:1");
    }

    @Test
    void aMissingSourceIsReportedAndTheRunStillEnds() {
        CliRunner.Result r = CliRunner.run(args("missing", "run", "--source", "/no/such/folder", "--once", "--timeout", "30"));
        assertThat(r.err()).contains("/no/such/folder")
                .contains("frontwire: 1 source gave nothing (failed, refused or empty); see the source problems above");
        assertThat(r.out()).contains("summary: 0 pages in");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    /** The sample pages shipped with the project (written for it), in {@code samples/pages} at the repository root. */
    static Path samplePages() {
        return Path.of("..", "samples", "pages").toAbsolutePath().normalize();
    }
}
