package org.frontwire.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.frontwire.records.Article;
import org.frontwire.records.Json;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void saysWhatIsMissingInsteadOfPrintingNull() throws Exception {
        Article bare = Json.fromBytes("""
                {"schemaVersion":1,"id":"x","url":"https://x.example/a","text":"Only   text\\nhere.","topic":"none"}"""
                .getBytes(StandardCharsets.UTF_8), Article.class);
        String shown = ArticleText.format("none", bare);
        assertThat(shown).doesNotContain("null")
                .isEqualTo("[none] (untitled)%n  https://x.example/a | language unknown | date unknown%n  Only text here.%n".formatted());
    }
}
