package org.frontwire.processors.extract;

/**
 * What the extractor has learned about one site's template (blocks that recur on many of its pages).
 * Kept per host in a Kafka Streams state store, so it must round-trip through {@link #toBytes()}.
 */
public final class SiteMemory {

    public static SiteMemory empty() {
        return new SiteMemory();
    }

    public static SiteMemory fromBytes(byte[] bytes) {
        return new SiteMemory();
    }

    /** Learns the template of the page's site from one more page. */
    public void observe(Page page) {
    }

    public byte[] toBytes() {
        return new byte[0];
    }
}
