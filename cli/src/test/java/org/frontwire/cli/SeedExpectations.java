package org.frontwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.frontwire.records.Json;

/** Checks an article (as JSON) against one entry of {@code seeds/expected.json}. */
public final class SeedExpectations {
    private SeedExpectations() {}

    public static List<JsonNode> load(Path seedsDir) throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        Json.MAPPER.readTree(seedsDir.resolve("expected.json").toFile()).forEach(entries::add);
        return entries;
    }

    /** Every condition of the entry; {@code key} is the record key the article was published under (null offline). */
    public static void check(SoftAssertions soft, JsonNode expected, JsonNode article, String key) {
        String file = expected.get("file").asText();
        String text = article.path("text").asText("").strip();
        List<String> lines = Arrays.stream(text.split("\n")).map(String::strip).toList();

        soft.assertThat(textOrNull(article.get("title"))).as(file + " title").isEqualTo(textOrNull(expected.get("title")));
        if (expected.hasNonNull("summary")) {
            soft.assertThat(textOrNull(article.get("summary"))).as(file + " summary").isEqualTo(expected.get("summary").asText());
        }
        if (expected.hasNonNull("publishedDate")) {
            soft.assertThat(article.path("publishedAt").asText("")).as(file + " publishedAt")
                    .startsWith(expected.get("publishedDate").asText());
        }
        soft.assertThat(text).as(file + " body start").startsWith(expected.get("bodyStartsWith").asText().strip());
        soft.assertThat(text).as(file + " body end").endsWith(expected.get("bodyEndsWith").asText().strip());
        for (JsonNode chrome : expected.path("mustNotContain")) {
            String line = chrome.asText().strip();
            soft.assertThat(lines).as(file + " chrome line left in the body").doesNotContain(line);
            if (line.length() > 25) {
                soft.assertThat(text).as(file + " chrome text left in the body").doesNotContain(line);
            }
        }
        for (JsonNode body : expected.path("mustContain")) {
            soft.assertThat(lines).as(file + " body line").contains(body.asText().strip());
        }
        String topic = expected.get("topic").asText();
        soft.assertThat(article.path("topic").asText()).as(file + " topic").isEqualTo(topic);
        if (key != null) {
            soft.assertThat(key).as(file + " record key").isEqualTo(topic);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    public static JsonNode entryFor(List<JsonNode> entries, String urlOrFile) {
        return entries.stream().filter(e -> urlOrFile.endsWith(e.get("file").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no expectation for " + urlOrFile));
    }

    static void assertAllSeen(List<JsonNode> entries, List<String> seen) {
        assertThat(seen).hasSize(entries.size());
    }
}
