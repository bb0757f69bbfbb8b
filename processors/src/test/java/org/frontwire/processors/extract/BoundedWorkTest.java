package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages of any shape finish within a second, in bounded memory. */
class BoundedWorkTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @BeforeAll
    static void warmUp() {
        for (int i = 0; i < 20; i++) {
            EXTRACTOR.extract(Page.of("https://x.example/a", "text/html", "<p>" + "warm up text, ".repeat(50) + "</p>"), SiteMemory.empty());
            EXTRACTOR.extract(Page.of(null, "text/plain", "warm up\n\n" + "warm up text, ".repeat(50) + ".\n"), SiteMemory.empty());
        }
    }

    private static long millis(Page page) {
        long t0 = System.nanoTime();
        Extraction x = EXTRACTOR.extract(page, SiteMemory.empty());
        assertThat(x).isNotNull();
        return Duration.ofNanos(System.nanoTime() - t0).toMillis();
    }

    @Test
    void deeplyNestedHtml() {
        String html = "<div>".repeat(100_000) + "<p>" + "deep text, ".repeat(40) + "</p>" + "</div>".repeat(100_000);
        assertThat(millis(Page.of("https://x.example/deep", "text/html", html))).isLessThan(1000);
    }

    @Test
    void hugeHtmlIsCut() {
        String html = "<html><body>" + ("<div class='c'><p>" + "A line of article text, with a comma. ".repeat(20) + "</p></div>").repeat(20_000);
        assertThat(html.length()).isGreaterThan(ArticleExtractor.MAX_BODY_CHARS);
        assertThat(millis(Page.of("https://x.example/huge", "text/html", html))).isLessThan(1000);
    }

    @Test
    void hugeTextAndOneEndlessLine() {
        String lines = "a short line\n".repeat(200_000);
        assertThat(millis(Page.of(null, "text/plain", lines))).isLessThan(1000);
        String oneLine = "word ".repeat(600_000);
        assertThat(millis(Page.of(null, "text/plain", oneLine))).isLessThan(1000);
    }

    @Test
    void emptyAndNullBodies() {
        assertThat(EXTRACTOR.extract(Page.of(null, null, null), SiteMemory.empty()).text()).isEmpty();
        assertThat(EXTRACTOR.extract(Page.of(null, "text/html", ""), SiteMemory.empty()).text()).isEmpty();
        assertThat(EXTRACTOR.extract(Page.of(null, "text/plain", "\n\n\n"), null).text()).isEmpty();
    }
}
