package org.frontwire.processors.topology;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The schema check the topology tests read every output record through does fail on a record that breaks it. */
class RecordSchemasCheckTest {
    private static final String ARTICLE = "{\"schemaVersion\":2,\"id\":\"a\",%s\"text\":\"t\",\"topic\":\"none\",\"topics\":[],"
            + "\"processorVersion\":\"0\"}";

    @Test
    void anArticleWithoutAnHttpUrlBreaksItsSchema() {
        assertThatCode(() -> check(ARTICLE.formatted("\"url\":\"https://x.example/a\","))).doesNotThrowAnyException();
        assertThatCode(() -> check(ARTICLE.formatted("\"url\":\"file:///saved/a.html\","))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(ARTICLE.formatted(""))).isInstanceOf(AssertionError.class).hasMessageContaining("url");
        assertThatThrownBy(() -> check(ARTICLE.formatted("\"url\":\"javascript:alert(1)\",")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("pattern");
    }

    private static void check(String json) {
        RecordSchemas.assertValid("article.schema.json", json.getBytes(StandardCharsets.UTF_8));
    }
}
