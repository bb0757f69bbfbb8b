package org.frontwire.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RecordSchemasTest {

    @ParameterizedTest
    @ValueSource(classes = {RawPage.class, Article.class, DeadLetter.class, Alert.class})
    void everyRecordFieldIsDescribedInItsSchemaAndNothingElse(Class<? extends Record> type) throws Exception {
        JsonNode schema = schemaOf(type);
        Set<String> inSchema = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(inSchema::add);
        Set<String> inRecord = new TreeSet<>(Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList());
        assertThat(inSchema).isEqualTo(inRecord);
        schema.get("required").forEach(r -> assertThat(inRecord).contains(r.asText()));
    }

    @Test
    void articleRoundTripsThroughJsonWithIsoTimes() throws Exception {
        Article a = new Article(Article.SCHEMA_VERSION, "id1", "https://x.example/a", null, "x.example", "T", null, "body",
                "ar", Instant.parse("2022-09-14T00:00:00Z"), Instant.parse("2026-11-20T10:00:00Z"), null, List.of("k"), null,
                "armenia-azerbaijan", List.of(new TopicScore("armenia-azerbaijan", 0.9)),
                Map.of("armenia-azerbaijan", List.of("قره باغ")), "0.1.0");
        String json = Json.toString(a);
        assertThat(json).contains("\"publishedAt\":\"2022-09-14T00:00:00Z\"").contains("\"schemaVersion\":1")
                .doesNotContain("canonicalUrl");
        assertThat(Json.fromBytes(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Article.class)).isEqualTo(a);
    }

    @Test
    void unknownFieldsFromNewerWritersAreIgnored() throws Exception {
        RawPage page = Json.fromBytes("{\"schemaVersion\":2,\"url\":\"u\",\"body\":\"b\",\"futureField\":1}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), RawPage.class);
        assertThat(page.url()).isEqualTo("u");
    }

    @Test
    void aVersionOneRawPageWithoutSiteIsReadAndItsSiteDerivedByTheSameRule() throws Exception {
        RawPage old = Json.fromBytes(("{\"schemaVersion\":1,\"url\":\"https://www.short.example/x\","
                + "\"finalUrl\":\"https://news.example/y\",\"fetchedAt\":\"2026-11-20T10:00:00Z\",\"httpStatus\":200,"
                + "\"body\":\"<p>b</p>\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8), RawPage.class);
        assertThat(old.site()).isNull();
        assertThat(old.siteOrDerived()).isEqualTo("short.example");

        RawPage current = RawPage.ofText("file:///data/outlet/a.html", "folder", "text/html", "<p>b</p>",
                Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(current.schemaVersion()).isEqualTo(2);
        assertThat(current.site()).isEqualTo("file:///data/outlet/");
        assertThat(Json.toString(current)).contains("\"site\":\"file:///data/outlet/\"");
        assertThat(Json.fromBytes(Json.toBytes(current), RawPage.class)).isEqualTo(current);
    }

    private static JsonNode schemaOf(Class<?> type) throws Exception {
        String name = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase() + ".schema.json";
        try (InputStream in = RecordSchemasTest.class.getResourceAsStream("/schemas/" + name)) {
            assertThat(in).as(name).isNotNull();
            return Json.MAPPER.readTree(in);
        }
    }
}
