package org.frontwire.processors.extract;

import java.time.Instant;

/**
 * What the extractor gets to see of a raw page.
 *
 * @param url         the page URL (final URL after redirects), may be null for local files of unknown origin
 * @param contentType media type, e.g. {@code text/html} or {@code text/plain}; null means "sniff"
 * @param body        the page as text
 * @param feedTitle   the title the source (feed) gave the page, if any
 * @param feedPublishedAt the date the source gave, if any
 * @param fetchedAt   when the page was fetched: no publication date may lie after it
 */
public record Page(String url, String contentType, String body, String feedTitle, Instant feedPublishedAt, Instant fetchedAt) {

    public static Page of(String url, String contentType, String body) {
        return new Page(url, contentType, body, null, null, Instant.now());
    }
}
