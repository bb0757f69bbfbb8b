package org.frontwire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontwire.records.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract PAGES.jsonl}: pages in file order through story clustering, ids kept. */
class ExtractStoriesTest {

    private static final String REPORT = "The interior ministry said on Tuesday that border guards in Tabuk seized 2.3 million amphetamine pills "
            + "hidden in a shipment of pomegranates at the Haditha crossing, and arrested the driver of the lorry.";

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                nodes.add(Json.MAPPER.readTree(l));
            }
        }
        return nodes;
    }

    @Test
    void eachLineKeepsItsIdAndCarriesItsStory(@TempDir Path dir) throws Exception {
        Path pages = dir.resolve("pages.jsonl");
        Files.writeString(pages, String.join("\n",
                "{\"id\":\"p1\",\"url\":\"https://one.example/news/1\",\"source\":\"one\",\"fetchedAt\":\"2026-07-01T08:00:00Z\","
                        + "\"title\":\"Border guards seize 2.3 million pills at Haditha\",\"text\":\"" + REPORT + "\"}",
                "{\"id\":\"p2\",\"url\":\"https://two.example/news/2\",\"source\":\"two\",\"fetchedAt\":\"2026-07-01T09:00:00Z\","
                        + "\"title\":\"Amphetamine pills found in pomegranate shipment\",\"text\":\"" + REPORT + "\"}",
                "{\"id\":\"p3\",\"url\":\"https://two.example/news/3\",\"fetchedAt\":\"2026-07-01T09:30:00Z\","
                        + "\"title\":\"Football: Al-Hilal sign Brazilian striker\",\"text\":\"Al-Hilal announced the signing of a Brazilian "
                        + "striker on a three-year contract after his medical in Riyadh on Monday, the club said on its website.\"}",
                "{\"id\":\"p4\",\"url\":\"https://two.example/news/4\"}",
                "not json"), StandardCharsets.UTF_8);

        CliRunner.Result r = CliRunner.run("extract", pages.toString());

        List<JsonNode> out = lines(r.out());
        assertThat(out).hasSize(5);
        assertThat(out).extracting(n -> n.path("id").asText()).startsWith("p1", "p2", "p3", "p4");
        assertThat(out.get(1).path("story").path("id").asText()).isEqualTo(out.get(0).path("story").path("id").asText());
        assertThat(out.get(1).path("story").path("articles").asInt()).isEqualTo(2);
        assertThat(out.get(2).path("story").path("id").asText()).isNotEqualTo(out.get(0).path("story").path("id").asText());
        assertThat(out.get(3).path("error").asText()).contains("neither text nor body");
        assertThat(out.get(4).path("error").asText()).contains("line 5: not a JSON object");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void theStoryDevSetThroughExtractScoresPairwiseF1OfAtLeast082() throws Exception {
        Path set = SharedData.dir().map(d -> d.resolve("eval/stories-dev")).filter(Files::isDirectory).orElse(null);
        assumeTrue(set != null, "shared/eval/stories-dev not found beside the project");
        CliRunner.Result r = CliRunner.run("extract", set.resolve("pages.jsonl").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Map<String, String> pred = new HashMap<>();
        for (JsonNode n : lines(r.out())) {
            pred.put(n.path("id").asText(), n.path("story").path("id").asText());
        }
        Map<String, String> gold = new HashMap<>();
        List<String> rows = Files.readAllLines(set.resolve("stories.tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t");
            gold.put(f[0], f[1]);
        }
        long truePairs = 0;
        long predicted = 0;
        long correct = 0;
        List<String> ids = new ArrayList<>(gold.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean same = gold.get(ids.get(i)).equals(gold.get(ids.get(j)));
                boolean joined = pred.get(ids.get(i)) != null && pred.get(ids.get(i)).equals(pred.get(ids.get(j)));
                truePairs += same ? 1 : 0;
                predicted += joined ? 1 : 0;
                correct += same && joined ? 1 : 0;
            }
        }
        double p = predicted == 0 ? 1 : (double) correct / predicted;
        double rec = (double) correct / truePairs;
        double f1 = 2 * p * rec / (p + rec);
        System.out.printf("extract stories-dev: pairwise P %.4f R %.4f F1 %.4f%n", p, rec, f1);
        assertThat(f1).as("pairwise F1").isGreaterThanOrEqualTo(0.82);
        assertThat(p).as("pairwise precision").isGreaterThanOrEqualTo(0.93);
    }
}
