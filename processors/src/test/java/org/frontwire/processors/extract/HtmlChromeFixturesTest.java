package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written HTML pages for each error class of chrome inside an HTML article: a read-also box as a plain div (no
 * class) with another article's headline and paragraphs, linked teaser cards holding more text than the article,
 * share, counter and newsletter lines between paragraphs, a counter that names comments, and a title tag that holds
 * only the site's name.
 */
class HtmlChromeFixturesTest {
    private static final Instant FETCHED = Instant.parse("2024-06-01T00:00:00Z");
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction extract(String html) {
        return extractor.extract(new Page("https://news.example/2024/03/06/story.html", "text/html", html, null, null, FETCHED),
                SiteMemory.empty());
    }

    private static List<String> lines(Extraction x) {
        return Arrays.stream(x.text().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void aPlainDivReadAlsoBoxIsDroppedAndTheArticleGoesOnAfterIt() throws IOException {
        Extraction x = extract(ArticleFixturesTest.fixture("ar-html-chrome-inside.html"));
        List<String> lines = lines(x);
        assertThat(x.title()).isEqualTo("افتتاح جسر المشاة الجديد فوق الطريق السريع قرب المدرسة الثانوية");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("افتتحت البلدية صباح اليوم");
        assertThat(lines.get(1)).startsWith("ويبلغ طول الجسر");
        assertThat(lines.get(4)).startsWith("ومن المقرر أن تبدأ البلدية");
        assertThat(x.text()).doesNotContain("الزيتون", "اقرأ", "شارك", "المشاهدات", "نشرتنا", "تعليق", "عاجل", "الحقوق");
    }

    @Test
    void linkedTeaserCardsLongerThanTheArticleNeitherWinNorHideIt() throws IOException {
        Extraction x = extract(ArticleFixturesTest.fixture("en-html-teaser-cards.html"));
        List<String> lines = lines(x);
        assertThat(x.title()).isEqualTo("Ferry Service Resumes After Storm Repairs");
        assertThat(lines).containsExactly(
                "The island ferry resumed its regular timetable on Monday after a week of repairs to the landing stage damaged in the storm.",
                "Passengers are advised to arrive early, as the first crossings are expected to be busy with traffic held over from last week.");
    }

    @Test
    void anArticleOpeningWithAReadAlsoLineIsKeptWhole() {
        String html = "<html><head><title>Story</title></head><body><div><h1>Harbour Wall Rebuilt After Winter Storms</h1>"
                + "<div><p>Read also: <a href=\"/n/1\">Tides to reach record height this weekend</a></p>"
                + "<p>The harbour wall that collapsed during the winter storms has been rebuilt, the port authority said on Friday, "
                + "three months ahead of the schedule set in January.</p>"
                + "<p>The new wall is two metres higher than the old one and has been built with stone taken from the original "
                + "structure, so that it keeps the look of the old port.</p>"
                + "<p>Fishing boats that had moored in the neighbouring bay since January are expected to return next week.</p>"
                + "</div></div></body></html>";
        Extraction x = extract(html);
        assertThat(lines(x)).hasSize(3);
        assertThat(x.text()).doesNotContain("Tides");
    }
}
