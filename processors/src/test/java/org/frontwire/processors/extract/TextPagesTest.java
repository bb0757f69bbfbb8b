package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.frontwire.processors.extract.TextPageGenerator.GeneratedPage;
import org.frontwire.processors.extract.TextPageGenerator.Inside;
import org.frontwire.processors.extract.TextPageGenerator.Site;
import org.junit.jupiter.api.Test;

/**
 * Generated text pages (Arabic, English, French; chrome before, inside and after the article): word 4-gram F1 of the
 * body and the share of right titles, page by page and with the site memory of all pages of one site (one page per article).
 */
class TextPagesTest {
    private static final String[] LANGS = {"ar", "ar", "en", "fr"};
    private static final Instant FETCHED = Instant.parse("2024-06-01T00:00:00Z");
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static List<GeneratedPage> pages(long seed, int count) {
        Random r = new Random(seed);
        List<GeneratedPage> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String lang = LANGS[r.nextInt(LANGS.length)];
            List<TextPageGenerator.Article> articles = TextPageGenerator.articles(lang);
            Site site = TextPageGenerator.site(lang, Inside.values()[r.nextInt(Inside.values().length)], r);
            out.add(TextPageGenerator.page(site, articles.get(r.nextInt(articles.size())), articles, r));
        }
        return out;
    }

    private Extraction extract(GeneratedPage page, SiteMemory memory) {
        return extractor.extract(new Page(null, "text/plain", page.text(), null, null, FETCHED), memory);
    }

    @Test
    void pageByPage() {
        GeneratedPageTally all = new GeneratedPageTally(false);
        Map<String, GeneratedPageTally> groups = new TreeMap<>();
        for (GeneratedPage page : pages(20_241_130L, 200)) {
            Extraction x = extract(page, SiteMemory.empty());
            all.add(page, x, false);
            groups.computeIfAbsent("lang " + page.lang(), k -> new GeneratedPageTally(false)).add(page, x, false);
            groups.computeIfAbsent("inside " + page.inside(), k -> new GeneratedPageTally(false)).add(page, x, false);
        }
        GeneratedPageTally.report("text pages", all, groups);
        assertThat(all.score.f1()).as("F1").isGreaterThanOrEqualTo(0.95);
        assertThat(all.titleShare()).as("title right").isGreaterThanOrEqualTo(0.95);
        groups.forEach((k, v) -> assertThat(v.score.f1()).as("F1 of " + k).isGreaterThanOrEqualTo(0.9));
    }

    @Test
    void allPagesOfOneSiteWithSiteMemory() {
        Random r = new Random(7L);
        GeneratedPageTally all = new GeneratedPageTally(false);
        Map<String, GeneratedPageTally> groups = new TreeMap<>();
        for (int s = 0; s < 12; s++) {
            String lang = LANGS[s % LANGS.length];
            List<TextPageGenerator.Article> articles = TextPageGenerator.articles(lang);
            Site site = TextPageGenerator.site(lang, Inside.values()[s % Inside.values().length], r);
            List<GeneratedPage> pages = new ArrayList<>();
            for (TextPageGenerator.Article article : articles) {
                pages.add(TextPageGenerator.page(site, article, articles, r));
            }
            SiteMemory memory = SiteMemory.empty();
            pages.forEach(p -> memory.observe(new Page(null, "text/plain", p.text(), null, null, FETCHED)));
            for (GeneratedPage page : pages) {
                Extraction x = extract(page, memory);
                all.add(page, x, false);
                groups.computeIfAbsent("lang " + page.lang(), k -> new GeneratedPageTally(false)).add(page, x, false);
                groups.computeIfAbsent("inside " + page.inside(), k -> new GeneratedPageTally(false)).add(page, x, false);
            }
        }
        GeneratedPageTally.report("same site", all, groups);
        assertThat(all.score.f1()).as("F1").isGreaterThanOrEqualTo(0.95);
        assertThat(all.titleShare()).as("title right").isGreaterThanOrEqualTo(0.95);
    }
}
