package org.frontwire.processors.metrics;

import java.nio.ByteBuffer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.frontwire.processors.topology.Outcome;
import org.frontwire.records.RawPage;
import org.jsoup.Jsoup;

/**
 * Puts the text length of the raw page into a record header, so that the step after extraction can tell how much
 * chrome was removed ({@link PipelineMetrics#article}); that step removes the header again.
 */
public final class MeasurePage implements FixedKeyProcessor<String, Outcome, Outcome> {
    public static final String HEADER = "frontwire-page-text-length";

    private FixedKeyProcessorContext<String, Outcome> context;

    @Override
    public void init(FixedKeyProcessorContext<String, Outcome> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Outcome> record) {
        RawPage page = record.value() == null ? null : record.value().page();
        if (page != null && page.body() != null) {
            try {
                int length = textLength(page);
                record.headers().remove(HEADER);
                record.headers().add(HEADER, ByteBuffer.allocate(4).putInt(length).array());
            } catch (RuntimeException | StackOverflowError e) {
                // no measurement for this page; extraction reports its own failure
            }
        }
        context.forward(record);
    }

    static int textLength(RawPage page) {
        String type = page.contentType() == null ? "" : page.contentType();
        return type.startsWith("text/plain") ? page.body().strip().length() : Jsoup.parse(page.body()).text().length();
    }

    /** The measured length, or null; removes the header. */
    public static Integer take(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        headers.remove(HEADER);
        return header == null || header.value() == null || header.value().length != 4
                ? null : ByteBuffer.wrap(header.value()).getInt();
    }
}
