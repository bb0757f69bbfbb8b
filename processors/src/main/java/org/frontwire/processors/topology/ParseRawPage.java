package org.frontwire.processors.topology;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.frontwire.processors.errors.DeadLetters;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;

/** Turns the raw topic's bytes into a {@link RawPage}, or a dead letter saying why it is not one. */
final class ParseRawPage implements FixedKeyProcessor<byte[], byte[], Outcome> {
    private FixedKeyProcessorContext<byte[], Outcome> context;

    @Override
    public void init(FixedKeyProcessorContext<byte[], Outcome> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], byte[]> record) {
        context.forward(record.withValue(parse(record)));
    }

    /** Malformed UTF-8 from a foreign producer costs the bad characters (U+FFFD), not the page. */
    private static RawPage read(byte[] value) throws IOException {
        try {
            return Json.fromBytes(value, RawPage.class);
        } catch (JsonProcessingException e) {
            if (e.getOriginalMessage() == null || !e.getOriginalMessage().contains("Invalid UTF-8")) {
                throw e;
            }
            return Json.MAPPER.readValue(new String(value, StandardCharsets.UTF_8), RawPage.class);
        }
    }

    private Outcome parse(FixedKeyRecord<byte[], byte[]> record) {
        byte[] value = record.value();
        try {
            if (value == null) {
                throw new IllegalArgumentException("null value (tombstone): a raw page record needs a JSON body");
            }
            RawPage page = read(value);
            if (page == null) {
                throw new IllegalArgumentException("the value is JSON null, not a raw page");
            }
            if (page.url() == null && page.finalUrl() == null) {
                throw new IllegalArgumentException("the raw page has no url");
            }
            if (page.body() == null) {
                throw new IllegalArgumentException("the raw page has no body");
            }
            return new Outcome.Page(page);
        } catch (IOException | RuntimeException e) {
            return new Outcome.Dead(DeadLetters.of(record.key(), value, "deserialize", e,
                    context.recordMetadata().orElse(null)));
        }
    }
}
