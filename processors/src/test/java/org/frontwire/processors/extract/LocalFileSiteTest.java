package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pages without a host in their URL (local files): their site comes from the canonical link of the one jsoup parse
 * the extraction makes, never from a text search of the page.
 */
class LocalFileSiteTest {
    /** A canonical link written inside a script and a comment before the real one: text, not markup. */
    private static final String PAGE = "<html><head><script>var tpl = '<link rel=\"canonical\" href=\"https://decoy.example/a\">';</script>"
            + "<!-- <link rel=\"canonical\" href=\"https://comment.example/a\"> -->"
            + "<link href=\"https://www.valleypost.example/2024/05/dam\" rel=\"canonical\"></head><body><article>"
            + "<p>The reservoir above the town rose by two metres overnight, and engineers opened the spillway at dawn.</p>".repeat(4)
            + "</article></body></html>";

    @Test
    void theSiteKeyOfAPageWithoutAHostIsNotSearchedForInItsText() {
        assertThat(ArticleExtractor.siteKey(Page.of("file:///pages/dam.html", "text/html", PAGE))).isNull();
        assertThat(ArticleExtractor.siteKey(Page.of(null, "text/html", PAGE))).isNull();
    }

    @Test
    void extractionLearnsALocalFileUnderTheCanonicalHostOfItsParse() {
        SiteMemory memory = SiteMemory.empty();
        new ArticleExtractor().learnAndExtract(Page.of("file:///pages/dam.html", "text/html", PAGE), memory);
        assertThat(memory.host()).isEqualTo("valleypost.example");
    }

    @Test
    void localFilesOfOneOutletShareAMemory() {
        SiteMemories memories = SiteMemories.perSite();
        String first = memories.learn(Page.of("file:///pages/dam.html", "text/html", PAGE));
        String second = memories.learn(Page.of("file:///pages/dam-2.html", "text/html", PAGE.replace("two metres", "three metres")));
        String unknown = memories.learn(Page.of("file:///pages/other.html", "text/html", "<html><body><p>No link here.</p></body></html>"));
        assertThat(first).isEqualTo("valleypost.example").isEqualTo(second);
        assertThat(unknown).isEqualTo("page:file:///pages/other.html");
        assertThat(memories.of(first).pages()).isEqualTo(2);
    }

    @Test
    void neitherTheExtractorNorTheSiteRuleHoldsARegularExpressionToFindTheSite() {
        for (Class<?> type : new Class<?>[] {ArticleExtractor.class, org.frontwire.records.Sites.class}) {
            Field[] patterns = Arrays.stream(type.getDeclaredFields()).filter(f -> f.getType() == Pattern.class).toArray(Field[]::new);
            assertThat(patterns).as(type.getSimpleName()).isEmpty();
        }
    }
}
