package org.frontwire.records;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.kafka.common.utils.Utils;

/**
 * The site a page belongs to, and the raw-topic partition of that site. The site is decided once, at ingest
 * ({@link #ofPage}), and carried as {@link RawPage#site()}: the producer's partition, the processor's optional
 * repartition and its site-memory key are all computed from that one value, so every page of a site reaches the
 * one task that learns its template.
 */
public final class Sites {
    private Sites() {}

    /** Prefix of the site of a page that has no site of its own (no host, no canonical link, not a file). */
    public static final String SINGLE_PAGE_PREFIX = "page:";
    private static final int HEAD_SEARCH_CHARS = 64 * 1024;

    /** The host of {@code url} in lower case without {@code www.}, or null when it has none. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The site of a page, by the first rule that gives one:
     * <ol>
     * <li>the host of the URL the page was <em>requested</em> as ({@link #of}); a redirect, even to another host,
     *     does not change it, so a page is known by the address ingest scheduled it under;</li>
     * <li>for a URL without a host (a {@code file:} page), the host of the page's canonical or {@code og:url} link;</li>
     * <li>for a {@code file:} URL without such a link, the folder that holds the file ({@code file:///…/outlet/}):
     *     one folder of saved pages is one site;</li>
     * <li>otherwise {@value #SINGLE_PAGE_PREFIX} and the URL: the page is a site of its own.</li>
     * </ol>
     *
     * @param requestedUrl the URL the page was requested as (not the one after redirects); null gives null
     * @param body         the page as text, searched for a canonical link only when the URL has no host
     */
    public static String ofPage(String requestedUrl, String body) {
        if (requestedUrl == null) {
            return null;
        }
        String host = of(requestedUrl);
        if (host == null) {
            host = ofCanonicalLink(body);
        }
        if (host != null) {
            return host;
        }
        String url = requestedUrl.strip();
        if (url.regionMatches(true, 0, "file:", 0, 5) && url.lastIndexOf('/') > 4) {
            return url.substring(0, url.lastIndexOf('/') + 1);
        }
        return SINGLE_PAGE_PREFIX + requestedUrl;
    }

    /**
     * The host of the first canonical or {@code og:url} link in the head of {@code html} that has one, or null. Only
     * the tags of the head are read (up to {@code <body} or the first {@value #HEAD_SEARCH_CHARS} characters), without
     * a regular expression: this runs once per local page at ingest.
     */
    public static String ofCanonicalLink(String html) {
        if (html == null) {
            return null;
        }
        int end = Math.min(html.length(), HEAD_SEARCH_CHARS);
        for (int open = html.indexOf('<'); open >= 0 && open < end; open = html.indexOf('<', open + 1)) {
            if (startsWithIgnoreCase(html, open, "<body")) {
                return null;
            }
            boolean link = startsWithIgnoreCase(html, open, "<link");
            if (!link && !startsWithIgnoreCase(html, open, "<meta")) {
                continue;
            }
            int close = html.indexOf('>', open);
            if (close < 0) {
                return null;
            }
            String tag = html.substring(open, close);
            String lower = tag.toLowerCase(Locale.ROOT);
            String url = link ? (lower.contains("canonical") ? attribute(tag, lower, "href") : null)
                    : (lower.contains("og:url") ? attribute(tag, lower, "content") : null);
            String host = of(url);
            if (host != null) {
                return host;
            }
        }
        return null;
    }

    private static boolean startsWithIgnoreCase(String s, int at, String prefix) {
        return s.regionMatches(true, at, prefix, 0, prefix.length());
    }

    /** The value of attribute {@code name} in a tag's text, quoted or not. */
    private static String attribute(String tag, String lower, String name) {
        int at = lower.indexOf(name + "=");
        while (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
            at = lower.indexOf(name + "=", at + 1);
        }
        if (at < 0) {
            return null;
        }
        int start = at + name.length() + 1;
        if (start >= tag.length()) {
            return null;
        }
        char quote = tag.charAt(start);
        if (quote == '"' || quote == '\'') {
            int stop = tag.indexOf(quote, start + 1);
            return stop < 0 ? null : tag.substring(start + 1, stop);
        }
        int stop = start;
        while (stop < tag.length() && !Character.isWhitespace(tag.charAt(stop))) {
            stop++;
        }
        return tag.substring(start, stop);
    }

    /**
     * The partition of {@code url}'s site among {@code partitions}, for producers that know only the URL; a URL
     * without a host is placed by itself.
     */
    public static int partition(String url, int partitions) {
        String site = ofPage(url, null);
        return partitionOf(site != null ? site : "", partitions);
    }

    /** The partition of a site (or of any other grouping key) among {@code partitions}. */
    public static int partitionOf(String site, int partitions) {
        return Utils.toPositive(Utils.murmur2(site.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
