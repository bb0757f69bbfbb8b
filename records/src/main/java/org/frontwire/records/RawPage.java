package org.frontwire.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A fetched page as the scraper saw it, published to {@link Topics#RAW_PAGES} keyed by the normalised URL.
 *
 * @param url          the normalised URL the page was requested as
 * @param finalUrl     the URL after redirects
 * @param source       the source that found the URL (feed URL, sitemap URL, folder path, WARC file …)
 * @param fetchedAt    when the page was fetched
 * @param httpStatus   HTTP status, or 200 for pages read from files and archives
 * @param contentType  media type without parameters, for example {@code text/html}
 * @param charset      the charset the body was decoded from
 * @param body         the page as text
 * @param feedTitle    what the source called the page (feed item title), if anything
 * @param feedPublishedAt what the source gave as its publication time, if anything
 * @param etag         the ETag the server sent, if any
 * @param contentHash  SHA-256 of the body, hex
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RawPage(
        int schemaVersion,
        String url,
        String finalUrl,
        String source,
        Instant fetchedAt,
        int httpStatus,
        String contentType,
        String charset,
        String body,
        String feedTitle,
        Instant feedPublishedAt,
        String etag,
        String contentHash) {

    public static final int SCHEMA_VERSION = 1;

    /** A page read from a file or archive rather than fetched over HTTP. */
    public static RawPage ofText(String url, String source, String contentType, String body, Instant fetchedAt) {
        return new RawPage(SCHEMA_VERSION, url, url, source, fetchedAt, 200, contentType, "UTF-8", body,
                null, null, null, Hashes.sha256(body));
    }
}
