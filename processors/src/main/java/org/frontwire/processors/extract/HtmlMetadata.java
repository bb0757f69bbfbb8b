package org.frontwire.processors.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontwire.records.Sites;
import org.jsoup.nodes.Element;

/** Metadata a page states about itself: meta tags, link rel, title, JSON-LD, time elements, tag links. */
final class HtmlMetadata {
    private static final Pattern LEADING_BY = Pattern.compile("^(?i)by\\s+");
    private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[,،;]");
    String titleTag;
    String h1;
    String ogTitle;
    String description;
    String ogDescription;
    String siteName;
    String author;
    String canonical;
    String ogUrl;
    String metaDate;
    String timeDate;
    final Set<String> keywords = new LinkedHashSet<>();
    final Set<String> tagLinks = new LinkedHashSet<>();
    final JsonLd jsonLd = new JsonLd();

    /** The host of the page's canonical link, else of its og:url; null when neither names a host. */
    String canonicalSite() {
        String site = Sites.of(canonical);
        return site != null ? site : Sites.of(ogUrl);
    }

    /** Called by the page scan for every element, before junk is dropped. */
    void offer(Element e, String tag) {
        switch (tag) {
            case "meta" -> meta(e);
            case "link" -> link(e);
            case "title" -> {
                if (titleTag == null) {
                    titleTag = TextNormalizer.collapse(e.text());
                }
            }
            case "h1" -> {
                if (h1 == null) {
                    String t = TextNormalizer.collapse(e.text());
                    if (!t.isEmpty()) {
                        h1 = t;
                    }
                }
            }
            case "script" -> {
                if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    jsonLd.read(e.data());
                }
            }
            case "time" -> {
                if (timeDate == null) {
                    String dt = e.attr("datetime");
                    if (!dt.isEmpty()) {
                        timeDate = dt;
                    }
                }
            }
            case "a" -> {
                String rel = e.attr("rel");
                if (rel.contains("tag") && tagLinks.size() < 30) {
                    String t = TextNormalizer.collapse(e.text());
                    if (!t.isEmpty() && t.length() < 60) {
                        tagLinks.add(t);
                    }
                }
                if (author == null && rel.contains("author")) {
                    String t = TextNormalizer.collapse(e.text());
                    if (!t.isEmpty() && t.length() < 80) {
                        author = t;
                    }
                }
            }
            default -> {
                // nothing to read
            }
        }
    }

    private void meta(Element e) {
        String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
        String content = e.attr("content").strip();
        if (key.isEmpty() || content.isEmpty()) {
            return;
        }
        switch (key.toLowerCase(Locale.ROOT)) {
            case "og:title", "twitter:title" -> ogTitle = first(ogTitle, content);
            case "description" -> description = first(description, content);
            case "og:description", "twitter:description" -> ogDescription = first(ogDescription, content);
            case "og:site_name", "application-name", "al:android:app_name" -> siteName = first(siteName, content);
            case "author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author" -> {
                if (!content.startsWith("http")) {
                    author = first(author, LEADING_BY.matcher(content).replaceFirst(""));
                }
            }
            case "og:url" -> ogUrl = first(ogUrl, content);
            case "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
                    "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
                    "article.published", "published_time", "og:article:published_time", "citation_publication_date" ->
                    metaDate = first(metaDate, content);
            case "keywords", "news_keywords", "article:tag", "parsely-tags" -> {
                for (String k : KEYWORD_SEPARATORS.split(content)) {
                    String t = k.strip();
                    if (!t.isEmpty() && t.length() < 80 && keywords.size() < 50) {
                        keywords.add(t);
                    }
                }
            }
            default -> {
                // not used
            }
        }
    }

    private void link(Element e) {
        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
            String href = e.attr("href");
            canonical = href.startsWith("http") || href.isEmpty() ? href : e.attr("abs:href");
            if (canonical.isEmpty()) {
                canonical = null;
            }
        }
    }

    private static String first(String current, String value) {
        return current != null ? current : value;
    }

    List<String> keywordList() {
        if (!keywords.isEmpty()) {
            return new ArrayList<>(keywords);
        }
        if (!jsonLd.keywords.isEmpty()) {
            return new ArrayList<>(jsonLd.keywords);
        }
        return new ArrayList<>(tagLinks);
    }
}
