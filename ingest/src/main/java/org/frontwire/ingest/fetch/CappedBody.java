package org.frontwire.ingest.fetch;

/** Response bytes as received, at most the configured maximum; {@code truncated} when more were sent. */
public record CappedBody(byte[] bytes, boolean truncated) {}
