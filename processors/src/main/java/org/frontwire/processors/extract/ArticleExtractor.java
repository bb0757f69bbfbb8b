package org.frontwire.processors.extract;

import org.jsoup.Jsoup;

/** Keeps the article of a page and drops the site around it. Placeholder: first line is the title. */
public final class ArticleExtractor {

    /** The site a page belongs to, for per-site learning; null when unknown. */
    public static String siteKey(Page page) {
        return page.url() == null ? null : java.net.URI.create(page.url()).getHost();
    }

    public Extraction extract(Page page, SiteMemory memory) {
        String body = page.body() == null ? "" : page.body();
        boolean html = page.contentType() != null && page.contentType().contains("html");
        String text = html ? Jsoup.parse(body).text() : body.strip();
        int nl = text.indexOf('\n');
        String title = nl > 0 ? text.substring(0, nl).strip() : null;
        String rest = nl > 0 ? text.substring(nl + 1).strip() : text;
        return new Extraction(title, null, rest, null, null, null, null, java.util.List.of(), null);
    }
}
