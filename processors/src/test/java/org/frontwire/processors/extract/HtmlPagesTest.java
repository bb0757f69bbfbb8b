package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.frontwire.processors.extract.HtmlPageRenderer.Markup;
import org.frontwire.processors.extract.TextPageGenerator.GeneratedPage;
import org.frontwire.processors.extract.TextPageGenerator.Inside;
import org.frontwire.processors.extract.TextPageGenerator.Part;
import org.frontwire.processors.extract.TextPageGenerator.Role;
import org.frontwire.processors.extract.TextPageGenerator.Site;
import org.junit.jupiter.api.Test;

/**
 * The generated pages of {@link TextPagesTest} as HTML ({@link HtmlPageRenderer}: semantic or div-soup markup, with
 * descriptive, meaningless or no class names, read-also boxes as aside, classed or plain div): word 4-gram F1 of the
 * body, the share of right titles, per language, inside-chrome layout and markup, and no paragraph or headline of a
 * read-also box's foreign article in any body.
 */
class HtmlPagesTest {
    /** -DhtmlPages.misses=true prints the lines of each page scored below 0.97 that were added or lost, and wrong titles. */
    private static final boolean PRINT_MISSES = Boolean.getBoolean("htmlPages.misses");
    private static final String[] LANGS = {"ar", "ar", "en", "fr"};
    private static final Instant FETCHED = Instant.parse("2024-06-01T00:00:00Z");
    private final ArticleExtractor extractor = new ArticleExtractor();

    record HtmlPage(GeneratedPage page, Markup markup, String html) {}

    static List<HtmlPage> pages(long seed, int count) {
        Random r = new Random(seed);
        List<HtmlPage> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String lang = LANGS[r.nextInt(LANGS.length)];
            List<TextPageGenerator.Article> articles = TextPageGenerator.articles(lang);
            Site site = TextPageGenerator.site(lang, Inside.values()[r.nextInt(Inside.values().length)], r);
            GeneratedPage page = TextPageGenerator.page(site, articles.get(r.nextInt(articles.size())), articles, r);
            Markup markup = HtmlPageRenderer.markup(r);
            out.add(new HtmlPage(page, markup, HtmlPageRenderer.render(page, markup)));
        }
        return out;
    }

    /** Whether the body holds the headline or a paragraph of an article a read-also box or line shows. */
    static boolean keepsForeignArticle(GeneratedPage page, String body) {
        String text = TextNormalizer.collapse(body);
        for (Part p : page.parts()) {
            if (p.role() != Role.READ_ALSO_BOX && p.role() != Role.READ_ALSO_LINE) {
                continue;
            }
            if (text.contains(p.foreign().headline())) {
                return true;
            }
            for (String line : p.lines().subList(p.role() == Role.READ_ALSO_BOX ? 2 : 1, p.lines().size())) {
                if (text.contains(line.substring(0, Math.min(60, line.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void tally(GeneratedPageTally all, Map<String, GeneratedPageTally> groups, HtmlPage h, Extraction x, List<String> failures) {
        boolean foreign = keepsForeignArticle(h.page(), x.text());
        double tp = all.add(h.page(), x, foreign);
        if (PRINT_MISSES && tp < 0.97) {
            printMiss(h, x, tp);
        }
        groups.computeIfAbsent("lang " + h.page().lang(), k -> new GeneratedPageTally(true)).add(h.page(), x, foreign);
        groups.computeIfAbsent("inside " + h.page().inside(), k -> new GeneratedPageTally(true)).add(h.page(), x, foreign);
        for (String label : h.markup().labels()) {
            groups.computeIfAbsent(label, k -> new GeneratedPageTally(true)).add(h.page(), x, foreign);
        }
        if (foreign || !h.page().article().headline().equals(x.title())) {
            if (PRINT_MISSES) {
                System.out.println("wrong title or foreign text kept: " + h.page().site() + " " + h.markup() + " title=" + x.title());
            }
            failures.add(h.page().site() + " " + h.markup() + " title=" + x.title() + (foreign ? " FOREIGN KEPT" : ""));
        }
    }

    private static void printMiss(HtmlPage h, Extraction x, double tp) {
        System.out.printf("miss %s %s tp %.3f %s%n", h.page().site(), h.page().inside(), tp, h.markup());
        Set<String> truth = new HashSet<>(h.page().article().body());
        x.text().lines().filter(l -> !l.isBlank() && !truth.contains(l)).forEach(l -> System.out.println("   + " + l));
        Set<String> got = new HashSet<>(x.text().lines().toList());
        h.page().article().body().stream().filter(l -> !got.contains(l)).forEach(l -> System.out.println("   - " + l));
    }

    @Test
    void pageByPage() {
        GeneratedPageTally all = new GeneratedPageTally(true);
        Map<String, GeneratedPageTally> groups = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (HtmlPage h : pages(20_241_130L, 300)) {
            Extraction x = extractor.extract(new Page("https://" + Math.abs(h.page().site().hashCode()) + ".example/news/1.html",
                    "text/html; charset=utf-8", h.html(), null, null, FETCHED), SiteMemory.empty());
            tally(all, groups, h, x, failures);
        }
        GeneratedPageTally.report("html pages", all, groups);
        assertThat(all.score.f1()).as("F1").isGreaterThanOrEqualTo(0.99);
        assertThat(all.titleShare()).as("title right: " + failures).isGreaterThanOrEqualTo(0.95);
        assertThat(all.foreignKept).as("foreign articles kept: " + failures).isZero();
        groups.forEach((k, v) -> assertThat(v.score.f1()).as("F1 of " + k).isGreaterThanOrEqualTo(0.97));
    }

    @Test
    void allPagesOfOneSiteWithSiteMemory() {
        Random r = new Random(7L);
        GeneratedPageTally all = new GeneratedPageTally(true);
        Map<String, GeneratedPageTally> groups = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            String lang = LANGS[s % LANGS.length];
            List<TextPageGenerator.Article> articles = TextPageGenerator.articles(lang);
            Site site = TextPageGenerator.site(lang, Inside.values()[s % Inside.values().length], r);
            Markup markup = HtmlPageRenderer.markup(r);
            SiteMemory memory = SiteMemory.empty();
            int n = 0;
            for (TextPageGenerator.Article article : articles) {
                GeneratedPage page = TextPageGenerator.page(site, article, articles, r);
                HtmlPage h = new HtmlPage(page, markup, HtmlPageRenderer.render(page, markup));
                Extraction x = extractor.learnAndExtract(new Page("https://site" + s + ".example/news/" + n++ + ".html", "text/html",
                        h.html(), null, null, FETCHED), memory);
                tally(all, groups, h, x, failures);
            }
        }
        GeneratedPageTally.report("html same site", all, groups);
        assertThat(all.score.f1()).as("F1").isGreaterThanOrEqualTo(0.99);
        assertThat(all.titleShare()).as("title right: " + failures).isGreaterThanOrEqualTo(0.95);
        assertThat(all.foreignKept).as("foreign articles kept: " + failures).isZero();
    }
}
