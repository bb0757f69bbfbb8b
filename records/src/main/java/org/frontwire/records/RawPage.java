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
 * @param site         the site the page belongs to, decided at ingest by {@link Sites#ofPage} from the requested URL
 *                     (and, for local files, the canonical link or the folder): the raw topic's partition, the
 *                     processor's repartition and its site-memory key all come from it. Absent in version-1
 *                     records; {@link #siteOrDerived()} then derives it by the same rule
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
        String contentHash,
        String site) {

    public static final int SCHEMA_VERSION = 2;

    /** A page with its site decided from {@code url} and {@code body} ({@link Sites#ofPage}). */
    public RawPage(int schemaVersion, String url, String finalUrl, String source, Instant fetchedAt, int httpStatus,
                   String contentType, String charset, String body, String feedTitle, Instant feedPublishedAt,
                   String etag, String contentHash) {
        this(schemaVersion, url, finalUrl, source, fetchedAt, httpStatus, contentType, charset, body, feedTitle,
                feedPublishedAt, etag, contentHash, Sites.ofPage(url, body));
    }

    /** A page read from a file or archive rather than fetched over HTTP. */
    public static RawPage ofText(String url, String source, String contentType, String body, Instant fetchedAt) {
        return new RawPage(SCHEMA_VERSION, url, url, source, fetchedAt, 200, contentType, "UTF-8", body,
                null, null, null, Hashes.sha256(body), Sites.ofPage(url, body));
    }

    /**
     * {@link #site()}, or for a record written without one (schema version 1, or a foreign producer) the site
     * derived by the same rule ({@link Sites#ofPage}), from {@code url} or else {@code finalUrl}; null without either.
     */
    public String siteOrDerived() {
        if (site != null && !site.isBlank()) {
            return site;
        }
        return Sites.ofPage(url != null ? url : finalUrl, body);
    }
}
