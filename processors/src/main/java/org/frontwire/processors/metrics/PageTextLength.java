package org.frontwire.processors.metrics;

import java.nio.ByteBuffer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Carries the page's text length from extraction to the step that records the article's metrics in a record header
 * ({@link PipelineMetrics#article}), which takes it off again before the article is written.
 */
public final class PageTextLength {
    public static final String HEADER = "frontwire-page-text-length";

    private PageTextLength() {}

    public static void put(Headers headers, int length) {
        headers.remove(HEADER);
        headers.add(HEADER, ByteBuffer.allocate(4).putInt(length).array());
    }

    /** The length put on the record, or null; removes the header. */
    public static Integer take(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        headers.remove(HEADER);
        return header == null || header.value() == null || header.value().length != 4
                ? null : ByteBuffer.wrap(header.value()).getInt();
    }
}
