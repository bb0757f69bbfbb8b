package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written pages in Arabic, English, French, Russian and Persian, as HTML and as text, covering each chrome kind. */
class ArticleFixturesTest {
    private static final Instant FETCHED = Instant.parse("2024-06-01T00:00:00Z");
    private final ArticleExtractor extractor = new ArticleExtractor();

    static String fixture(String name) throws IOException {
        try (InputStream in = ArticleFixturesTest.class.getResourceAsStream("/extract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Extraction extract(String name, String url, String contentType) throws IOException {
        return extractor.extract(new Page(url, contentType, fixture(name), null, null, FETCHED), SiteMemory.empty());
    }

    private static List<String> lines(Extraction x) {
        return Arrays.stream(x.text().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String date(Extraction x) {
        return x.publishedAt() == null ? null : x.publishedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    @Test
    void arabicHtmlKeepsTheArticleAndItsMetadata() throws IOException {
        Extraction x = extract("ar-news.html", "https://alwadi.example/news/2023/06/12/wheat-harvest", "text/html; charset=utf-8");
        List<String> lines = lines(x);
        assertThat(x.title()).isEqualTo("وزير الزراعة يفتتح موسم حصاد القمح في سهل الغاب");
        assertThat(x.summary()).isEqualTo("توقعات بمحصول يفوق العام الماضي بنحو الخمس رغم قلة الأمطار.");
        assertThat(date(x)).isEqualTo("2023-06-12");
        assertThat(x.author()).isEqualTo("سلمى الحداد");
        assertThat(x.siteName()).isEqualTo("جريدة الوادي");
        assertThat(x.canonicalUrl()).isEqualTo("https://alwadi.example/news/2023/06/12/wheat-harvest");
        assertThat(x.keywords()).containsExactly("القمح", "الزراعة", "سهل الغاب");
        assertThat(lines.get(0)).as("the standfirst, kept as the summary and as the lead").isEqualTo(x.summary());
        assertThat(lines.get(1)).startsWith("افتتح وزير الزراعة صباح اليوم");
        assertThat(lines.get(lines.size() - 1)).startsWith("ومن المنتظر أن يستمر الحصاد");
        assertThat(lines).contains("تحديات التخزين والنقل", "نحن أمام موسم استثنائي إذا استمر الطقس على حاله حتى نهاية الشهر.",
                "رفع سعر شراء الطن من المزارع بما يغطي كلفة الإنتاج.");
        assertThat(x.text()).doesNotContain("رئيس التحرير", "عاجل", "الرئيسية", "1444", "فيسبوك", "اقرأ أيضا",
                "ارتفاع أسعار الأعلاف", "مهرجان الربيع", "الوسوم", "اضغط هنا", "التعليقات", "أبو محمد", "الأكثر قراءة", "مشاهدة",
                "معرض الصور", "ملفات تعريف الارتباط", "جميع الحقوق محفوظة");
    }

    @Test
    void arabicTextPageDropsChromeLineByLine() throws IOException {
        Extraction x = extract("ar-news.txt", null, "text/plain");
        List<String> lines = lines(x);
        assertThat(x.title()).isEqualTo("افتتاح جسر المشاة الجديد فوق نهر العاصي");
        assertThat(x.summary()).isEqualTo("اكتمل المشروع قبل موعده بشهرين.");
        assertThat(date(x)).as("the Eastern-digit date line, not the date bar").isEqualTo("2024-01-13");
        assertThat(x.sourceLine()).isEqualTo("وكالة الأنباء المحلية");
        assertThat(x.keywords()).containsExactly("جسر المشاة", "نهر العاصي", "البلدية");
        assertThat(lines.get(0)).startsWith("أعلنت بلدية المدينة اليوم");
        assertThat(lines.get(lines.size() - 1)).endsWith("قبل فصل الصيف المقبل.");
        assertThat(lines).contains("ماذا بعد الجسر؟");
        assertThat(x.text()).doesNotContain("1445", "الرئيسية", "شاهد البث", "المصدر", "الوسوم", "اقرأ أيضا",
                "إغلاق مؤقت", "مديرية النقل", "مهرجان الربيع", "الأكثر قراءة", "التعليقات", "سامر", "مواقف سيارات");
    }

    @Test
    void levantineMonthDateBarAtTheTopIsTheCrawlDay() throws IOException {
        String page = fixture("ar-news.txt").replace("١٣ كانون الثاني ٢٠٢٤\n", "");
        Extraction x = extractor.extract(new Page(null, "text/plain", page, null, null, FETCHED), SiteMemory.empty());
        assertThat(x.publishedAt()).isNull();
    }

    @Test
    void englishHtmlDropsCookiePaywallNewsletterCommentsAndLists() throws IOException {
        Extraction x = extract("en-news.html", "https://coastalherald.example/local/harbour-bridge-repairs", "text/html");
        List<String> lines = lines(x);
        assertThat(x.title()).isEqualTo("Harbour Bridge Repairs Finish Early, Council Says");
        assertThat(x.summary()).isEqualTo("Work on the 90-year-old crossing wrapped up three weeks ahead of schedule.");
        assertThat(date(x)).isEqualTo("2022-03-08");
        assertThat(x.author()).isEqualTo("Dana Whitfield");
        assertThat(x.siteName()).isEqualTo("The Coastal Herald");
        assertThat(lines.get(0)).as("the standfirst, kept as the summary and as the lead").isEqualTo(x.summary());
        assertThat(lines.get(1)).startsWith("Repairs to the Harbour Bridge were completed");
        assertThat(lines.get(lines.size() - 1)).startsWith("Local business owners welcomed the news");
        assertThat(lines).contains("What changes for drivers",
                "We listened to residents and pushed the contractors to finish before the tourist season.");
        assertThat(x.text()).doesNotContain("cookie", "Home", "Share on", "Related", "Ferry timetable", "Subscribe",
                "Sign up", "Tags", "Comments", "harbourfan", "Most read", "Storm warning", "All rights reserved", "14°C");
    }

    @Test
    void englishTextPageDropsMastheadDateBarAndTrailingHeadlines() throws IOException {
        Extraction x = extract("en-news.txt", "https://valleygazette.example/news/library", "text/plain");
        List<String> lines = lines(x);
        assertThat(x.title()).isEqualTo("Library Extends Opening Hours for Exam Season");
        assertThat(x.summary()).isEqualTo("Students will be able to study until 10 p.m. on weekdays.");
        assertThat(date(x)).as("the dateline under the headline, not the date bar").isEqualTo("2024-03-07");
        assertThat(x.author()).isEqualTo("Martha Keane");
        assertThat(lines.get(0)).startsWith("The central library will stay open");
        assertThat(lines.get(lines.size() - 1)).startsWith("\"Many of our students");
        assertThat(lines).contains("A quieter place to work");
        assertThat(x.text()).doesNotContain("Valley Gazette", "Home", "Saturday", "Share this", "Facebook",
                "Council approves", "Police appeal", "Weekend weather", "Cookie", "Martha Keane");
    }

    @Test
    void frenchHtml() throws IOException {
        Extraction x = extract("fr-news.html", "https://courrier-du-val.example/culture/mediatheque", null);
        List<String> lines = lines(x);
        assertThat(x.title()).isEqualTo("La médiathèque rouvre ses portes après deux ans de travaux");
        assertThat(x.siteName()).isEqualTo("Le Courrier du Val");
        assertThat(x.keywords()).containsExactly("culture", "médiathèque", "travaux");
        assertThat(lines.get(0)).as("the standfirst, kept as the summary and as the lead").isEqualTo(x.summary());
        assertThat(lines.get(1)).startsWith("Après deux années de travaux");
        assertThat(lines.get(lines.size() - 1)).startsWith("L’inscription reste gratuite");
        assertThat(lines).contains("Des horaires élargis");
        assertThat(x.text()).doesNotContain("cookies", "Accueil", "Publié le", "À lire aussi", "Partager", "Commentaires",
                "Enfin !", "Les plus lus", "Tous droits réservés");
    }

    @Test
    void russianTextPage() throws IOException {
        Extraction x = extract("ru-news.txt", "https://gorod.example/news/park", "text/plain; charset=utf-8");
        List<String> lines = lines(x);
        assertThat(x.title()).isEqualTo("В городском парке высадили двести новых деревьев");
        assertThat(x.summary()).isEqualTo("Акция прошла при участии волонтёров и школьников.");
        assertThat(date(x)).isEqualTo("2023-04-12");
        assertThat(x.sourceLine()).isEqualTo("пресс-служба администрации");
        assertThat(x.author()).isEqualTo("Ирина Соколова");
        assertThat(x.keywords()).containsExactly("парк", "деревья", "волонтёры");
        assertThat(lines.get(0)).startsWith("В субботу в центральном парке");
        assertThat(lines.get(lines.size() - 1)).startsWith("Специалисты будут поливать");
        assertThat(lines).contains("Уход за деревьями");
        assertThat(x.text()).doesNotContain("Городские новости", "Главная", "Источник", "Теги", "Читайте также",
                "Ремонт моста", "Самое читаемое", "Комментарии", "Ирина");
    }

    @Test
    void persianHtml() throws IOException {
        Extraction x = extract("fa-news.html", "https://khabar.example/culture/library", "application/xhtml+xml");
        List<String> lines = lines(x);
        assertThat(x.title()).isEqualTo("بازگشایی کتابخانه مرکزی شهر پس از بازسازی");
        assertThat(date(x)).isEqualTo("2021-11-02");
        assertThat(lines.get(0)).startsWith("کتابخانه مرکزی شهر پس از یک سال بازسازی");
        assertThat(lines).contains("ساعات کاری جدید");
        assertThat(lines.get(lines.size() - 1)).startsWith("از این پس کتابخانه");
        assertThat(x.text()).doesNotContain("صفحه اصلی", "اخبار مرتبط", "فرهنگسرای", "اشتراک", "نظرات", "تمامی حقوق");
    }

    @Test
    void sniffsHtmlWhenTheContentTypeIsMissing() throws IOException {
        Extraction sniffed = extract("en-news.html", "https://coastalherald.example/a", null);
        assertThat(sniffed.text()).doesNotContain("<p>").contains("Repairs to the Harbour Bridge");
        Extraction text = extract("ar-news.txt", null, null);
        assertThat(text.title()).isEqualTo("افتتاح جسر المشاة الجديد فوق نهر العاصي");
    }

    @Test
    void siteKeyComesFromTheUrlOrTheCanonicalLinkOfTheParse() throws IOException {
        assertThat(ArticleExtractor.siteKey(Page.of("https://www.alwadi.example/x", "text/html", ""))).isEqualTo("alwadi.example");
        assertThat(ArticleExtractor.siteLines(Page.of(null, "text/html", fixture("ar-news.html"))).site()).isEqualTo("alwadi.example");
        assertThat(ArticleExtractor.siteLines(Page.of(null, "text/html", fixture("en-news.html"))).site()).isEqualTo("coastalherald.example");
        assertThat(ArticleExtractor.siteLines(Page.of(null, "text/plain", "just text")).site()).isNull();
    }

    @Test
    void neverReportsADateAfterTheFetch() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2030-01-01T00:00:00Z\"></head>"
                + "<body><article><p>" + "A sentence about nothing in particular, written for this test. ".repeat(10)
                + "</p></article></body></html>";
        Extraction x = extractor.extract(new Page("https://x.example/2019/05/04/a", "text/html", html, null, null, FETCHED), SiteMemory.empty());
        assertThat(date(x)).isEqualTo("2019-05-04");
    }
}
