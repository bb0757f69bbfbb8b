package org.frontwire.ingest.fetch;

import java.net.URI;

/**
 * What fetching one URL gave.
 *
 * @param finalUri    where the last redirect led
 * @param mediaType   media type without parameters
 * @param bytes       the decoded body (content encoding undone), at most the configured maximum
 * @param text        the body as text, or null for non-text results
 * @param truncated   the body was cut off at the maximum size
 * @param reason      why the URL was refused or failed
 */
public record FetchResult(
        Outcome outcome,
        URI requested,
        URI finalUri,
        int status,
        String mediaType,
        byte[] bytes,
        DecodedText text,
        String etag,
        String lastModified,
        boolean truncated,
        String reason) {

    public enum Outcome { FETCHED, NOT_MODIFIED, REFUSED, FAILED }

    public static FetchResult refused(URI uri, String reason) {
        return new FetchResult(Outcome.REFUSED, uri, uri, 0, null, null, null, null, null, false, reason);
    }

    public static FetchResult failed(URI uri, int status, String reason) {
        return new FetchResult(Outcome.FAILED, uri, uri, status, null, null, null, null, null, false, reason);
    }

    public boolean fetched() {
        return outcome == Outcome.FETCHED;
    }
}
