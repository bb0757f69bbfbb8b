package org.frontwire.processors.errors;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.frontwire.records.Json;
import org.frontwire.records.DeadLetter;

/** Builds dead letters that carry the original record and the reason. */
public final class DeadLetters {
    private DeadLetters() {}

    /** The config key (in the Streams properties) naming the dead-letter topic the exception handlers write to. */
    public static final String TOPIC_CONFIG = "frontwire.dead-letter.topic";

    public static DeadLetter of(byte[] key, byte[] value, String stage, Throwable error, RecordMetadata where) {
        return of(key, value, stage, error, where == null ? null : where.topic(),
                where == null ? null : where.partition(), where == null ? null : where.offset());
    }

    public static DeadLetter of(byte[] key, byte[] value, String stage, Throwable error,
                                String topic, Integer partition, Long offset) {
        boolean truncated = value != null && value.length > DeadLetter.MAX_VALUE_BYTES;
        byte[] kept = truncated ? Arrays.copyOf(value, DeadLetter.MAX_VALUE_BYTES) : value;
        String text = truncated ? new String(kept, StandardCharsets.UTF_8) : utf8OrNull(kept);
        return new DeadLetter(DeadLetter.SCHEMA_VERSION, key == null ? null : new String(key, StandardCharsets.UTF_8),
                text, kept != null && text == null ? Base64.getEncoder().encodeToString(kept) : null,
                stage, error.getClass().getName(), messageOf(error), topic, partition, offset, Instant.now(),
                value == null ? null : value.length, truncated ? Boolean.TRUE : null);
    }

    /** The dead letter as a record for the dead-letter topic, keyed by the original key. */
    public static ProducerRecord<byte[], byte[]> record(String deadLetterTopic, byte[] key, DeadLetter deadLetter) {
        return new ProducerRecord<>(deadLetterTopic, key, Json.toBytes(deadLetter));
    }

    public static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    private static String utf8OrNull(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
