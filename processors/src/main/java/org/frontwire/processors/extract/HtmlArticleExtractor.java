package org.frontwire.processors.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import java.util.regex.Pattern;

/** The HTML path: one jsoup parse, one scan, block scoring, one write of the chosen blocks, then line filters. */
final class HtmlArticleExtractor {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final java.util.regex.Pattern FORMATTING_TAGS = java.util.regex.Pattern.compile(
            "</?(?:a|b|big|code|em|font|i|nobr|s|small|strike|strong|tt|u)(?:\\s[^>]*)?>", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final ExtractionRules rules;

    HtmlArticleExtractor(ExtractionRules rules) {
        this.rules = rules;
    }

    /**
     * @param siteMemory the memory of the page's site, or null
     * @param learnFirst whether siteMemory learns this page before the extraction
     */
    Extraction extract(Page page, String html, SiteMemory siteMemory, boolean learnFirst) {
        Document doc = parse(html, page.url());
        HtmlMetadata meta = new HtmlMetadata();
        HtmlPageScan scan = HtmlPageScan.run(doc, meta, html.length(), rules);
        String host = site(page, meta);
        if (learnFirst && siteMemory != null) {
            siteMemory.observe(page, host, () -> allLines(doc, scan));
        }
        return unfiltered(page, doc, meta, scan, host).filter(siteMemory);
    }

    /**
     * One parse for a page whose site is learned before any of its pages is extracted ({@code extract}): the page's
     * site, every block line for the memory, and the extraction up to the memory's line filter, without the tree.
     */
    ArticleExtractor.Prepared prepare(Page page, String html) {
        Document doc = parse(html, page.url());
        HtmlMetadata meta = new HtmlMetadata();
        HtmlPageScan scan = HtmlPageScan.run(doc, meta, html.length(), rules);
        String host = site(page, meta);
        return new ArticleExtractor.Prepared(host, allLines(doc, scan), unfiltered(page, doc, meta, scan, host)::filter);
    }

    /** The extraction before the site memory's line filter: everything it needs from the page, the tree left behind. */
    private Unfiltered unfiltered(Page page, Document doc, HtmlMetadata meta, HtmlPageScan scan, String host) {
        String title = TitleFinder.find(meta, page.feedTitle(), host);
        String summary = firstNonBlank(meta.ogDescription, meta.description, meta.jsonLd.description);
        ArticleTextWriter written = articleLines(doc, scan, title, summary);
        List<String> lines = written.lines();
        if (summary == null) {
            summary = written.standfirst;
        }
        String jsonBody = meta.jsonLd.articleBody;
        if (jsonBody != null && chars(lines) < rules.minBodyChars() && jsonBody.length() > 2 * chars(lines)) {
            lines = splitLines(jsonBody);
        }
        return new Unfiltered(rules, host, title, summary, lines, meta.keywordList(), publishedAt(page, meta),
                firstNonBlank(meta.jsonLd.author, meta.author),
                firstNonBlank(meta.canonical, meta.ogUrl, meta.jsonLd.url, page.url()),
                firstNonBlank(meta.siteName, meta.jsonLd.publisher), scan.pageTextLength());
    }

    private record Unfiltered(ExtractionRules rules, String host, String title, String summary, List<String> lines,
                              List<String> keywords, Instant publishedAt, String metaAuthor, String canonical,
                              String siteName, int pageTextLength) {
        Extraction filter(SiteMemory siteMemory) {
            BodyLines bodyLines = new BodyLines(ArticleExtractor.applicable(siteMemory, host));
            List<String> kept = bodyLines.filter(lines, title == null ? "" : TextNormalizer.fold(title), rules.sectionStopCutShare());
            List<String> words = keywords;
            if (words.isEmpty() && bodyLines.tagsLine != null) {
                words = KeywordSplitter.split(bodyLines.tagsLine, String.join("\n", kept) + "\n" + title);
            }
            return new Extraction(
                    title,
                    summary == null ? null : TextNormalizer.collapse(summary),
                    String.join("\n\n", kept),
                    publishedAt,
                    metaAuthor != null ? metaAuthor : firstNonBlank(bodyLines.author),
                    canonical,
                    siteName,
                    words,
                    bodyLines.sourceLine,
                    pageTextLength);
        }
    }

    private ArticleTextWriter articleLines(Document doc, HtmlPageScan scan, String title, String summary) {
        List<Element> roots = new BlockScorer(scan, rules).choose();
        ArticleTextWriter best = ArticleTextWriter.writer(scan, roots, rules, true, title, summary);
        if (chars(best.lines()) < rules.minBodyChars()) {
            ArticleTextWriter loose = ArticleTextWriter.writer(scan, List.of(roots.isEmpty() ? doc.body() : roots.get(0)),
                    rules, false, title, summary);
            if (chars(loose.lines()) > chars(best.lines())) {
                best = loose;
            }
        }
        return best;
    }

    /** Every block line of the page, for the site memory, with the site read from the same parse. */
    ArticleExtractor.SiteLines siteLines(Page page, String html) {
        Document doc = parse(html, page.url());
        HtmlMetadata meta = new HtmlMetadata();
        HtmlPageScan scan = HtmlPageScan.run(doc, meta, html.length(), rules);
        return new ArticleExtractor.SiteLines(site(page, meta), allLines(doc, scan));
    }

    /** The host of the page's URL; for a page without one (a local file), of the canonical link its parse found. */
    private static String site(Page page, HtmlMetadata meta) {
        String host = ArticleExtractor.siteKey(page);
        return host != null ? host : meta.canonicalSite();
    }

    /**
     * jsoup's tree builder can fail (IndexOutOfBoundsException in reconstructFormattingElements, jsoup 1.24.1) on
     * formatting elements left open above a nesting deeper than its 512-level cap, as the fuzz run found; without the
     * formatting tags the same page parses, losing only bold, italics and link boundaries.
     */
    static Document parse(String html, String url) {
        String base = url == null ? "" : url;
        try {
            return Parser.htmlParser().parseInput(UnreadMarkup.reader(html), base);
        } catch (RuntimeException e) {
            return Parser.htmlParser().parseInput(UnreadMarkup.reader(FORMATTING_TAGS.matcher(html).replaceAll(" ")), base);
        }
    }

    private static List<String> allLines(Document doc, HtmlPageScan scan) {
        return ArticleTextWriter.writeAll(scan, List.of(doc.body()));
    }

    private static Instant publishedAt(Page page, HtmlMetadata meta) {
        Instant fetched = page.fetchedAt();
        for (String candidate : new String[] {meta.jsonLd.datePublished, meta.metaDate, meta.timeDate}) {
            Instant i = DateFinder.notAfter(DateFinder.parseMachineDate(candidate), fetched);
            if (i != null) {
                return i;
            }
        }
        Instant fromUrl = DateFinder.notAfter(DateFinder.fromUrl(page.url()), fetched);
        if (fromUrl != null) {
            return fromUrl;
        }
        return DateFinder.notAfter(page.feedPublishedAt(), fetched);
    }

    private static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : LINE_BREAK.split(text)) {
            String c = TextNormalizer.collapse(l);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    private static int chars(List<String> lines) {
        int n = 0;
        for (String l : lines) {
            n += l.length();
        }
        return n;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
