package org.frontwire.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for records that only the processor reads back (its state stores and internal topics): the same fields
 * as {@link Json} writes, in Jackson's binary Smile format, which writes and reads numbers without text and repeated
 * names once. JSON written by an earlier version is still read.
 */
public final class SmileSerde<T> implements Serde<T> {
    /**
     * Field names are not canonicalised: a fingerprint's words are the keys of its vector, and a shared symbol table
     * of every word seen was copied and grown on each read (two thirds of what reading a report allocated).
     */
    private static final ObjectMapper MAPPER = SmileMapper.builder(SmileFactory.builder()
                    .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Json.MAX_STRING_CHARS).build())
                    .build())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Every Smile document starts with ":)\n". */
    private static final byte[] HEADER = {':', ')', '\n'};

    private final Class<T> type;

    public SmileSerde(Class<T> type) {
        this.type = type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return MAPPER.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new SerializationException("cannot write " + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return isSmile(bytes) ? MAPPER.readValue(bytes, type) : Json.fromBytes(bytes, type);
            } catch (IOException e) {
                throw new SerializationException("not a valid " + type.getSimpleName() + " record: " + e.getMessage(), e);
            }
        };
    }

    private static boolean isSmile(byte[] bytes) {
        return bytes.length >= HEADER.length && bytes[0] == HEADER[0] && bytes[1] == HEADER[1] && bytes[2] == HEADER[2];
    }
}
