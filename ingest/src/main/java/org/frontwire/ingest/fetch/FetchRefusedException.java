package org.frontwire.ingest.fetch;

/** A URL that is not fetched on principle (robots.txt, SSRF guard, content type, decompression bomb). */
public final class FetchRefusedException extends Exception {
    public FetchRefusedException(String reason) {
        super(reason);
    }
}
