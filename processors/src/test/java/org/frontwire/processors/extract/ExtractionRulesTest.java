package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ExtractionRulesTest {

    @Test
    void defaultsComeFromThePropertiesFile() {
        ExtractionRules rules = ExtractionRules.defaults();
        assertThat(rules.attributeWeight()).isEqualTo(25);
        assertThat(rules.twinMinChars()).isEqualTo(150);
        assertThat(rules.twinMaxLinkDensity()).isEqualTo(0.33);
        assertThat(rules.rivalShare()).isEqualTo(0.75);
        assertThat(rules.siblingParagraphChars()).isEqualTo(80);
    }

    @Test
    void aMissingOrMalformedRuleIsNamed() throws IOException {
        Properties p = defaultsFile();
        p.remove("rivalShare");
        assertThatThrownBy(() -> ExtractionRules.from(p)).hasMessage("extraction rule missing: rivalShare");
        Properties q = defaultsFile();
        q.setProperty("twinMinChars", "many");
        assertThatThrownBy(() -> ExtractionRules.from(q)).hasMessageContaining("twinMinChars is not a number");
    }

    @Test
    void theRulesDecide() throws IOException {
        String sibling = "Residents who spoke at the meeting asked for the bridge repairs on the northern road to come first in the plan for next year";
        String html = "<html><body><div id='wrap'><div class='story'>"
                + "<p>The council met on Monday to vote on the budget, and after a long debate, it passed.</p>".repeat(5)
                + "</div><p>" + sibling + "</p><ul><li><a href='/x'>Other story</a></li></ul></div></body></html>";
        Page page = Page.of("https://news.example/a", "text/html", html);
        assertThat(new ArticleExtractor().extract(page, null).text()).contains(sibling);
        Properties p = defaultsFile();
        p.setProperty("siblingParagraphChars", "1000");
        assertThat(new ArticleExtractor(ExtractionRules.from(p)).extract(page, null).text())
                .as("a paragraph sibling must now be longer to join").doesNotContain(sibling);
    }

    private static Properties defaultsFile() throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(ExtractionRules.class.getResourceAsStream(ExtractionRules.DEFAULT_RESOURCE), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
