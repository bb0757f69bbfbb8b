package org.frontwire.ingest.seen;

import java.time.Instant;

/** What was last published for a normalised URL: enough to send a conditional GET and to spot a changed page. */
public record SeenEntry(String url, String etag, String lastModified, String contentHash, Instant publishedAt) {}
