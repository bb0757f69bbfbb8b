package org.frontwire.ingest.fetch;

/** A body turned into text, with the charset that was used and where it came from. */
public record DecodedText(String text, String charset, String charsetSource) {}
