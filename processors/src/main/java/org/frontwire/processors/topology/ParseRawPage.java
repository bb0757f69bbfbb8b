package org.frontwire.processors.topology;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.frontwire.processors.errors.DeadLetters;
import org.frontwire.processors.pipeline.PageUrls;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;

/**
 * Turns the raw topic's bytes into a {@link RawPage}, or a dead letter saying why it is not one: stage
 * {@code deserialize} when the bytes are no raw page, {@code validate} when the page lacks a body or a URL an article
 * may carry ({@link PageUrls}).
 */
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
        RawPage page;
        try {
            if (value == null) {
                throw new IllegalArgumentException("null value (tombstone): a raw page record needs a JSON body");
            }
            page = read(value);
            if (page == null) {
                throw new IllegalArgumentException("the value is JSON null, not a raw page");
            }
        } catch (IOException | RuntimeException e) {
            return dead(record, "deserialize", e);
        }
        String problem = problemWith(page);
        return problem == null ? new Outcome.Page(page) : dead(record, "validate", new IllegalArgumentException(problem));
    }

    private static String problemWith(RawPage page) {
        if (page.url() == null && page.finalUrl() == null) {
            return "the raw page has no url";
        }
        if (page.url() == null) {
            return "the raw page has no url, only a finalUrl";
        }
        String problem = PageUrls.problem("url", page.url());
        if (problem == null && page.finalUrl() != null) {
            problem = PageUrls.problem("finalUrl", page.finalUrl());
        }
        if (problem == null && page.body() == null) {
            problem = "the raw page has no body";
        }
        return problem;
    }

    private Outcome dead(FixedKeyRecord<byte[], byte[]> record, String stage, Exception e) {
        return new Outcome.Dead(DeadLetters.of(record.key(), record.value(), stage, e, context.recordMetadata().orElse(null)));
    }
}
