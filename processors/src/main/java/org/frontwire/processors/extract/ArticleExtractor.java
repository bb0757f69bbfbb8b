package org.frontwire.processors.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern CANONICAL = Pattern.compile(
            "<link[^>]+rel=[\"']?canonical[\"']?[^>]*href=[\"']([^\"']+)|<link[^>]+href=[\"']([^\"']+)[\"'][^>]*rel=[\"']?canonical"
                    + "|<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)",
            Pattern.CASE_INSENSITIVE);

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
        String host = siteKey(page);
        if (isHtml(page.contentType(), body)) {
            return html.extract(page, body, memory, learn, host);
        }
        if (learn && memory != null) {
            memory.observe(page);
        }
        return text.extract(page, body, applicable(memory, host));
    }

    static SiteMemory applicable(SiteMemory memory, String host) {
        return memory != null && memory.appliesTo(host) ? memory : null;
    }

    /** The site a page belongs to: the host of its URL, else of its canonical or og:url link; null if none. */
    public static String siteKey(Page page) {
        String host = Sites.of(page.url());
        if (host == null && page.body() != null) {
            String head = page.body().length() > 200_000 ? page.body().substring(0, 200_000) : page.body();
            Matcher m = CANONICAL.matcher(head);
            while (host == null && m.find()) {
                for (int g = 1; g <= 3 && host == null; g++) {
                    host = Sites.of(m.group(g));
                }
            }
        }
        return host;
    }

    /** The lines of a page the site memory learns from (every block, chrome included). */
    static List<String> templateLines(Page page) {
        String body = bounded(page.body());
        return isHtml(page.contentType(), body) ? DEFAULT_HTML.allLines(page, body) : TextArticleExtractor.lines(body);
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
