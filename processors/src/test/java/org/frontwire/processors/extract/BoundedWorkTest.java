package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pages of any shape give a bounded result. How long they take is measured by {@code frontwire fuzz}, and the
 * hostile pages go through the whole topology in {@code HostileInputTest}.
 */
class BoundedWorkTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @Test
    void deeplyNestedHtmlKeepsItsText() {
        String html = "<div>".repeat(100_000) + "<p>" + "deep text, ".repeat(40) + "</p>" + "</div>".repeat(100_000);
        assertThat(EXTRACTOR.extract(Page.of("https://x.example/deep", "text/html", html), SiteMemory.empty()).text())
                .startsWith("deep text, deep text,");
    }

    @Test
    void aPageThatTripsJsoupsTreeBuilderStillGivesItsText() {
        String html = "<html><body><p><strong><em>" + "<section>".repeat(520)
                + "<p>The committee published its findings on Friday, after a year of hearings and visits.</p></body></html>";
        Extraction x = EXTRACTOR.learnAndExtract(Page.of("https://x.example/tangle", "text/html", html), SiteMemory.empty());
        assertThat(x.text()).contains("The committee published its findings on Friday");
    }

    @Test
    void hugeHtmlIsCut() {
        String html = "<html><body>" + ("<div class='c'><p>" + "A line of article text, with a comma. ".repeat(20) + "</p></div>").repeat(20_000);
        assertThat(html.length()).isGreaterThan(ArticleExtractor.MAX_BODY_CHARS);
        String text = EXTRACTOR.extract(Page.of("https://x.example/huge", "text/html", html), SiteMemory.empty()).text();
        assertThat(text).startsWith("A line of article text");
        assertThat(text.length()).isLessThanOrEqualTo(ArticleExtractor.MAX_BODY_CHARS);
    }

    @Test
    void hugeTextIsCut() {
        String oneLine = "word ".repeat(1_000_000);
        String text = EXTRACTOR.extract(Page.of(null, "text/plain", oneLine), SiteMemory.empty()).text();
        assertThat(text).startsWith("word word");
        assertThat(text.length()).isLessThanOrEqualTo(ArticleExtractor.MAX_BODY_CHARS);
    }

    @Test
    void emptyAndNullBodies() {
        assertThat(EXTRACTOR.extract(Page.of(null, null, null), SiteMemory.empty()).text()).isEmpty();
        assertThat(EXTRACTOR.extract(Page.of(null, "text/html", ""), SiteMemory.empty()).text()).isEmpty();
        assertThat(EXTRACTOR.extract(Page.of(null, "text/plain", "\n\n\n"), null).text()).isEmpty();
    }
}
