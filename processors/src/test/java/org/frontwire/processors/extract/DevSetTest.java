package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.frontwire.processors.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The extraction dev set (../shared/eval/extraction-dev): word-4-gram F1 ≥ 0.98 and page accuracy ≥ 0.35. */
class DevSetTest {
    static final Path DEV = System.getProperty("frontwire.devDir") != null ? Path.of(System.getProperty("frontwire.devDir"))
            : SharedData.dir("eval/extraction-dev").orElse(Path.of("absent"));

    @Test
    void meetsTheDevSetTargets() throws IOException {
        Path truthFile = DEV.resolve("ground-truth.json");
        Assumptions.assumeTrue(Files.isRegularFile(truthFile), "dev set absent");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode truth = mapper.readTree(truthFile.toFile());
        ArticleExtractor extractor = new ArticleExtractor();
        WordShingleScore score = new WordShingleScore();
        ObjectNode predictions = mapper.createObjectNode();
        StringBuilder perPage = new StringBuilder("id\ttp\tfp\tfn\tmillis\n");
        long slowest = 0;
        for (Map.Entry<String, JsonNode> e : truth.properties()) {
            String html = read(DEV.resolve("html").resolve(e.getKey() + ".html.gz"));
            Page page = new Page(e.getValue().path("url").asText(null), "text/html", html, null, null, Instant.now());
            long t0 = System.nanoTime();
            Extraction x = extractor.extract(page, SiteMemory.empty());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            slowest = Math.max(slowest, ms);
            predictions.put(e.getKey(), x.text());
            double[] c = score.add(e.getValue().path("articleBody").asText(""), x.text());
            perPage.append(String.format("%s\t%.3f\t%.3f\t%.3f\t%d%n", e.getKey(), c[0], c[1], c[2], ms));
        }
        Path out = Path.of("target");
        Files.createDirectories(out);
        mapper.writerWithDefaultPrettyPrinter().writeValue(out.resolve("dev-predictions.json").toFile(), predictions);
        Files.writeString(out.resolve("dev-per-page.tsv"), perPage);
        System.out.printf("dev set: F1 %.4f precision %.4f recall %.4f accuracy %.4f slowest %d ms%n",
                score.f1(), score.precision(), score.recall(), score.accuracy(), slowest);
        assertThat(score.f1()).as("F1").isGreaterThanOrEqualTo(0.98);
        assertThat(score.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.35);
    }

    static String read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
