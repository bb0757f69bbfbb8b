package org.frontwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.frontwire.records.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static List<JsonNode> extract(String... args) throws Exception {
        CliRunner.Result r = CliRunner.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            out.add(Json.MAPPER.readTree(line));
        }
        return out;
    }

    @Test
    void printsOneJsonObjectPerPageWithTheDocumentedFields() throws Exception {
        List<JsonNode> out = extract("extract", PipelineIT.samplePages().toString());
        assertThat(out).hasSize(3);
        for (JsonNode page : out) {
            assertThat(page.fieldNames()).toIterable()
                    .contains("file", "title", "text", "language", "topic", "topics");
        }
        JsonNode shelling = out.stream().filter(p -> p.get("file").asText().endsWith("caucasus-shelling.html")).findFirst().orElseThrow();
        assertThat(shelling.get("title").asText()).isEqualTo("Shelling resumes near Stepanakert as ceasefire collapses");
        assertThat(shelling.get("topic").asText()).isEqualTo("armenia-azerbaijan");
        assertThat(shelling.get("topics").get(0).get("id").asText()).isEqualTo("armenia-azerbaijan");
        assertThat(shelling.get("publishedAt").asText()).startsWith("2023-09-19");
        assertThat(shelling.get("text").asText()).doesNotContain("Most read").doesNotContain("Subscribe");
    }

    @Test
    void theSeedsMeetExpectedJson() throws Exception {
        Path seeds = SharedData.seeds().orElse(null);
        Assumptions.assumeTrue(seeds != null, "../shared/seeds is not here");
        List<JsonNode> expected = SeedExpectations.load(seeds);
        List<JsonNode> out = extract("extract", seeds.toString());
        assertThat(out).hasSize(expected.size());
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode page : out) {
            SeedExpectations.check(soft, SeedExpectations.entryFor(expected, page.get("file").asText()), page, null);
        }
        soft.assertAll();
    }

    @Test
    void readsPagesSavedInTheCharsetTheyWereServedIn(@TempDir Path dir) throws Exception {
        String russian = "Городской совет утвердил бюджет на следующий год после долгого обсуждения. Депутаты спорили о "
                + "расходах на ремонт дорог, школ и больниц, но большинство проголосовало за проект мэрии.";
        String chinese = "市政府昨天公布了新的公共交通计划。根据计划，明年将新增三条公交线路，并延长地铁的运营时间，方便市民夜间出行。";
        Files.write(dir.resolve("declared-1251.html"), page("windows-1251", russian).getBytes("windows-1251"));
        Files.write(dir.resolve("declared-gbk.html"), page("gbk", chinese).getBytes("GBK"));
        Files.write(dir.resolve("undeclared-1251.html"), page(null, russian).getBytes("windows-1251"));

        List<JsonNode> out = extract("extract", dir.toString());

        assertThat(out).hasSize(3);
        for (JsonNode page : out) {
            String file = page.get("file").asText();
            assertThat(page.get("text").asText()).as(file).contains(file.contains("gbk") ? chinese : russian);
            assertThat(page.get("language").asText()).as(file).isEqualTo(file.contains("gbk") ? "zh" : "ru");
        }
    }

    private static String page(String charset, String paragraph) {
        String meta = charset == null ? "" : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\">";
        return "<html><head>" + meta + "<title>News</title></head><body><div class=\"article\"><p>" + paragraph + "</p><p>"
                + paragraph + "</p></div></body></html>";
    }

    @Test
    void anUnreadableInputIsAClearErrorWithNonZeroExit() {
        CliRunner.Result r = CliRunner.run("extract", "/no/such/page.html");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("no such file or folder: /no/such/page.html");
    }

    @Test
    void anEmptyFolderIsAClearErrorWithNonZeroExit(@TempDir Path dir) {
        CliRunner.Result r = CliRunner.run("extract", dir.toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err().strip()).isEqualTo("frontwire: no pages (.html, .htm, .txt, optionally .gz) in " + dir);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void followsASymbolicLinkToAFolderAndLinksInside(@TempDir Path dir) throws Exception {
        Path link = dir.resolve("pages-link");
        Files.createSymbolicLink(link, PipelineIT.samplePages());
        assertThat(extract("extract", link.toString())).hasSize(3);
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Files.createSymbolicLink(folder.resolve("derby.html"), PipelineIT.samplePages().resolve("derby.html"));
        Files.createSymbolicLink(folder.resolve("loop"), folder);
        assertThat(extract("extract", folder.toString())).singleElement()
                .satisfies(page -> assertThat(page.get("file").asText()).endsWith("derby.html"));
    }

    @Test
    void aWrongArgumentIsAClearErrorWithNonZeroExit() {
        CliRunner.Result r = CliRunner.run("tail", "--format", "xml");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("--format");
    }
}
