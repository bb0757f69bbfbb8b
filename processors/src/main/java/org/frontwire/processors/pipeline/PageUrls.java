package org.frontwire.processors.pipeline;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which URLs an article may carry: absolute {@code http} or {@code https} URLs with a host, and {@code file:} URLs
 * of pages read from local folders. Anything else ({@code javascript:}, {@code data:}, an empty string, text that
 * is no URL) would reach readers and the dashboard as a link, so a page under such a URL is refused.
 */
public final class PageUrls {
    private static final int QUOTED_CHARS = 200;

    private PageUrls() {}

    /** Why {@code url} (the raw page's field {@code field}) cannot be an article's URL, or null when it can. */
    public static String problem(String field, String url) {
        if (url == null || url.isBlank()) {
            return "the raw page's " + field + " is empty";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "the raw page's " + field + " is not a URL: " + quoted(url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        boolean file = scheme.equals("file") && uri.getPath() != null && !uri.getPath().isEmpty();
        return web || file ? null : "the raw page's " + field + " is not an http(s) or file: URL: " + quoted(url);
    }

    /** True for an absolute http(s) URL with a host: the only kind a reader's browser may be sent to. */
    public static boolean isWeb(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String quoted(String url) {
        return "\"" + (url.length() > QUOTED_CHARS ? url.substring(0, QUOTED_CHARS) + "…" : url) + "\"";
    }
}
