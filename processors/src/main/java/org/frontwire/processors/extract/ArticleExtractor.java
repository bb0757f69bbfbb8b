package org.frontwire.processors.extract;

import java.util.List;
import java.util.Locale;
import org.frontwire.records.Sites;

/**
 * Keeps the article of a page and drops the site around it (chrome), and reads the page's metadata.
 * HTML goes through {@link HtmlArticleExtractor}, text through {@link TextArticleExtractor}; what the
 * {@link SiteMemory} of the page's host knows as template is dropped too. Thread-safe; only
 * {@link #learnAndExtract} changes the memory.
 */
public final class ArticleExtractor {
    /** Longer bodies are cut: every page must finish quickly and in bounded memory. */
    static final int MAX_BODY_CHARS = 3_000_000;

    private static final HtmlArticleExtractor DEFAULT_HTML = new HtmlArticleExtractor(ExtractionRules.defaults());

    private final HtmlArticleExtractor html;
    private final TextArticleExtractor text = new TextArticleExtractor();

    /** An extractor with the rules in {@code extract/extraction.properties}. */
    public ArticleExtractor() {
        this(ExtractionRules.defaults());
    }

    ArticleExtractor(ExtractionRules rules) {
        this.html = rules.equals(ExtractionRules.defaults()) ? DEFAULT_HTML : new HtmlArticleExtractor(rules);
    }

    public Extraction extract(Page page, SiteMemory memory) {
        return extract(page, memory, false);
    }

    /** Lets the memory learn the page first, as the stream does, from the same parse as the extraction. */
    public Extraction learnAndExtract(Page page, SiteMemory memory) {
        return extract(page, memory, true);
    }

    private Extraction extract(Page page, SiteMemory memory, boolean learn) {
        String body = bounded(page.body());
        if (isHtml(page.contentType(), body)) {
            return html.extract(page, body, memory, learn);
        }
        String host = siteKey(page);
        if (learn && memory != null) {
            memory.observe(page, host, () -> TextArticleExtractor.lines(body));
        }
        return text.extract(page, body, applicable(memory, host));
    }

    /**
     * A page extracted up to its site memory's line filter from one parse, for a caller that learns every page of a
     * site before it extracts any ({@code extract}): keeps the page's site and its block lines until they are learned
     * ({@link SiteMemories#learn(Page, Prepared)}), and then only what the extraction needs, not the parsed tree.
     */
    public static final class Prepared {
        private final String site;
        private List<String> siteLines;
        private final java.util.function.Function<SiteMemory, Extraction> filter;

        Prepared(String site, List<String> siteLines, java.util.function.Function<SiteMemory, Extraction> filter) {
            this.site = site;
            this.siteLines = siteLines;
            this.filter = filter;
        }

        /** The site the page belongs to (the host of its URL, else of its canonical link), null if unknown. */
        String site() {
            return site;
        }

        /** Every block line of the page, chrome included; handed out once, to the memory that learns them. */
        List<String> takeSiteLines() {
            List<String> lines = siteLines;
            siteLines = List.of();
            return lines;
        }

        /** The extraction with what the memory of the page's site has learned. */
        public Extraction extract(SiteMemory memory) {
            siteLines = List.of();
            return filter.apply(memory);
        }
    }

    /** The page's site, its lines for the site memory and its extraction short of the memory, from one parse. */
    public Prepared prepare(Page page) {
        String body = bounded(page.body());
        if (isHtml(page.contentType(), body)) {
            return html.prepare(page, body);
        }
        String host = siteKey(page);
        return new Prepared(host, TextArticleExtractor.lines(body), memory -> text.extract(page, body, applicable(memory, host)));
    }

    static SiteMemory applicable(SiteMemory memory, String host) {
        return memory != null && memory.appliesTo(host) ? memory : null;
    }

    /**
     * The site a page belongs to, as far as its URL tells: the URL's host, null for a page without one (a local file).
     * The page's text is not searched: for an HTML page without a host, the extraction reads the canonical link
     * from the parse it makes anyway ({@link #siteLines}).
     */
    public static String siteKey(Page page) {
        return Sites.of(page.url());
    }

    /** What the site memory learns from a page: the site it belongs to (may be null) and every block line, chrome included. */
    record SiteLines(String site, List<String> lines) {}

    /** The page's site and lines from one parse: the host of its URL, else (HTML) of its canonical or og:url link. */
    static SiteLines siteLines(Page page) {
        String body = bounded(page.body());
        return isHtml(page.contentType(), body) ? DEFAULT_HTML.siteLines(page, body)
                : new SiteLines(siteKey(page), TextArticleExtractor.lines(body));
    }

    static boolean isHtml(String contentType, String body) {
        if (contentType != null) {
            String ct = contentType.toLowerCase(Locale.ROOT);
            if (ct.contains("html") || ct.contains("xml")) {
                return true;
            }
            if (ct.startsWith("text/plain")) {
                return false;
            }
        }
        String head = body.length() > 4096 ? body.substring(0, 4096) : body;
        String start = head.stripLeading();
        if (start.startsWith("<")) {
            return true;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        return lower.contains("<html") || lower.contains("<body") || lower.contains("<p>") || lower.contains("<p ")
                || lower.contains("<div");
    }

    private static String bounded(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) : body;
    }
}
