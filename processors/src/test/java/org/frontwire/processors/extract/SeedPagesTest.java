package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five seed pages (../shared/seeds beside the project) meet every condition of expected.json. */
class SeedPagesTest {
    static final Path SEEDS = SharedData.dir("frontwire.seedsDir", "seeds");

    static Stream<Arguments> seeds() throws IOException {
        Path expected = SEEDS.resolve("expected.json");
        if (!Files.isRegularFile(expected)) {
            return Stream.of(Arguments.of("absent", null));
        }
        List<Arguments> out = new ArrayList<>();
        for (JsonNode seed : new ObjectMapper().readTree(expected.toFile())) {
            out.add(Arguments.of(seed.path("file").asText(), seed));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void meetsExpectations(String file, JsonNode expected) throws IOException {
        Assumptions.assumeTrue(expected != null, "seeds absent");
        String body = Files.readString(SEEDS.resolve(file));
        Page page = new Page(null, "text/plain", body, null, null, Instant.parse("2024-04-20T12:00:00Z"));
        Extraction x = new ArticleExtractor().extract(page, SiteMemory.empty());

        if (expected.has("title")) {
            assertThat(x.title()).as("title").isEqualTo(expected.get("title").isNull() ? null : expected.get("title").asText());
        }
        if (expected.hasNonNull("summary")) {
            assertThat(x.summary()).as("summary").isEqualTo(expected.get("summary").asText());
        }
        if (expected.hasNonNull("publishedDate")) {
            assertThat(x.publishedAt()).as("publishedAt").isNotNull();
            assertThat(x.publishedAt().atZone(ZoneOffset.UTC).toLocalDate().toString()).isEqualTo(expected.get("publishedDate").asText());
        }
        String text = x.text().strip();
        assertThat(text).as("body start").startsWith(expected.get("bodyStartsWith").asText().strip());
        assertThat(text).as("body end").endsWith(expected.get("bodyEndsWith").asText().strip());
        List<String> lines = Arrays.stream(text.split("\n")).map(String::strip).toList();
        for (JsonNode bad : expected.path("mustNotContain")) {
            assertThat(lines).as("chrome line left in body").doesNotContain(bad.asText().strip());
        }
        for (JsonNode good : expected.path("mustContain")) {
            assertThat(lines).as("body line dropped").contains(good.asText().strip());
        }
        if (expected.has("keywords")) {
            List<String> keywords = new ArrayList<>();
            expected.get("keywords").forEach(k -> keywords.add(k.asText()));
            assertThat(x.keywords()).as("keywords").isEqualTo(keywords);
        }
        if (expected.has("source")) {
            assertThat(x.sourceLine()).as("source line").isEqualTo(expected.get("source").asText());
        }
        if (x.title() != null) {
            assertThat(lines).as("title left in body").doesNotContain(x.title());
        }
        if (x.summary() != null) {
            assertThat(lines).as("summary left in body").doesNotContain(x.summary());
        }
    }
}
