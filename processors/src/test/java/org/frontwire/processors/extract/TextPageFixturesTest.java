package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One hand-written text page (one block a line, no blank lines) for each error class of text pages: chrome inside
 * the article, another article inside the page, navigation and ticker lines above the headline, and lines the
 * site's other pages share.
 */
class TextPageFixturesTest {
    private static final Instant FETCHED = Instant.parse("2024-06-01T00:00:00Z");
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction extract(String name) throws IOException {
        return extractor.extract(new Page(null, "text/plain", ArticleFixturesTest.fixture(name), null, null, FETCHED), SiteMemory.empty());
    }

    private static List<String> lines(Extraction x) {
        return Arrays.stream(x.text().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void chromeInsideTheArticleIsCutAndTheArticleGoesOn() throws IOException {
        Extraction x = extract("ar-chrome-inside.txt");
        List<String> lines = lines(x);
        assertThat(x.title()).isEqualTo("ميناء الصيد يستعيد نشاطه بعد أعمال توسعة استمرت عاما");
        assertThat(lines.get(0)).startsWith("أعاد ميناء الصيد في المدينة");
        assertThat(lines).contains("سوق جديدة للصيادين");
        assertThat(lines).anyMatch(l -> l.startsWith("وأضاف أن الميناء سيضم"));
        assertThat(lines.get(lines.size() - 1)).startsWith("وتأمل البلدية أن يسهم");
        assertThat(x.text()).doesNotContain("شارك", "مشاهدة", "أخبار ذات صلة", "مهرجان الخريف", "مواعيد جمع النفايات", "إعلان",
                "الوسوم", "الأكثر قراءة", "الذهب", "الحقوق");
        assertThat(x.keywords()).containsExactly("الميناء", "الصيادون", "البلدية");
    }

    @Test
    void anotherArticleInsideThePageIsDroppedHoweverLong() throws IOException {
        Extraction x = extract("ar-foreign-inside.txt");
        List<String> lines = lines(x);
        assertThat(x.title()).isEqualTo("وزارة التربية تعلن موعد امتحانات الشهادة الثانوية");
        assertThat(x.summary()).isEqualTo("وتبدأ الامتحانات في منتصف حزيران وتستمر ثلاثة أسابيع.");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("أعلنت وزارة التربية اليوم");
        assertThat(lines.get(2)).startsWith("وأشارت الوزارة إلى أن الطلاب");
        assertThat(lines.get(4)).startsWith("وستعلن النتائج");
        assertThat(x.sourceLine()).isEqualTo("وكالة الأنباء");
        assertThat(x.text()).doesNotContain("منتخب", "السلة", "مدرب", "الخضار", "البندورة", "اقرأ", "عاجل", "الكهرباء");
    }

    @Test
    void theTitleIsTheHeadlineNotTheNavigationTickerOrDateLine() throws IOException {
        Extraction x = extract("en-nav-title.txt");
        List<String> lines = lines(x);
        assertThat(x.title()).isEqualTo("Town Hall Clock Ticks Again After Volunteers Restore It");
        assertThat(x.summary()).startsWith("The volunteers spent eighteen months");
        assertThat(x.author()).isEqualTo("Helen Ward");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).startsWith("The clock will be wound by hand");
        assertThat(x.text()).doesNotContain("Motorway", "Share", "Most read", "parking", "cookies", "Riverside");
    }

    @Test
    void theSiteMemoryDropsTheLinesTheSitesPagesShare() {
        String shared = "أسعار صرف العملات في السوق الموازية";
        List<TextPageGenerator.Article> articles = TextPageGenerator.articles("ar");
        List<Page> pages = new ArrayList<>();
        for (TextPageGenerator.Article a : articles) {
            List<String> body = new ArrayList<>(a.body());
            body.add(2, shared);
            pages.add(new Page(null, "text/plain", "شبكة الأخبار\n" + a.headline() + "\n" + String.join("\n", body) + "\n", null, null, FETCHED));
        }
        Page page = pages.get(0);
        assertThat(extractor.extract(page, SiteMemory.empty()).text()).as("one page alone: a subheading for all it knows")
                .contains(shared);
        SiteMemory memory = SiteMemory.empty();
        pages.forEach(memory::observe);
        Extraction x = extractor.extract(page, memory);
        assertThat(x.text()).doesNotContain(shared).contains(articles.get(0).body().get(2)).endsWith(articles.get(0).body().get(articles.get(0).body().size() - 1));
        assertThat(x.title()).isEqualTo(articles.get(0).headline());
    }
}
