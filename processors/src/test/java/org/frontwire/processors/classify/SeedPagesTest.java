package org.frontwire.processors.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The five seed pages are about Armenia and Azerbaijan. Fed as the extractor hands them over:
 * the title from {@code expected.json} and the body cut from bodyStartsWith to bodyEndsWith.
 */
class SeedPagesTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.loadDefault();

    @Test
    void everySeedIsArmeniaAzerbaijan() throws IOException {
        Optional<Path> shared = DevSet.sharedDir();
        assumeTrue(shared.isPresent(), "shared dir not found");
        Path seeds = shared.get().resolve("seeds");
        JsonNode expected = new ObjectMapper().readTree(seeds.resolve("expected.json").toFile());
        assertThat(expected.size()).isEqualTo(5);
        for (JsonNode seed : expected) {
            String page = Files.readString(seeds.resolve(seed.get("file").asText()), StandardCharsets.UTF_8);
            String start = seed.get("bodyStartsWith").asText();
            String end = seed.get("bodyEndsWith").asText();
            int from = page.indexOf(start);
            int to = page.indexOf(end, from) + end.length();
            assertThat(from).as(seed.get("file").asText()).isGreaterThanOrEqualTo(0);
            assertThat(to).as(seed.get("file").asText()).isGreaterThan(from);
            String title = seed.hasNonNull("title") ? seed.get("title").asText() : null;
            String summary = seed.hasNonNull("summary") ? seed.get("summary").asText() : null;

            Classification c = CLASSIFIER.classify(title, summary, page.substring(from, to));

            assertThat(c.primary()).as(seed.get("file").asText() + " " + c).isEqualTo(seed.get("topic").asText());
        }
    }
}
