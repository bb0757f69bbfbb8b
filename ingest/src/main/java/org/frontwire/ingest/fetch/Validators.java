package org.frontwire.ingest.fetch;

/** What a conditional GET sends back to the server: the ETag and Last-Modified of the copy we have. */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);
}
