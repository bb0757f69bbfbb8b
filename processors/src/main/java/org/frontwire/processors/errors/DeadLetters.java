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
import org.frontwire.records.DeadLetter;
import org.frontwire.records.Hashes;
import org.frontwire.records.Json;

/**
 * Builds dead letters that carry the original record (or, when it is large, its head, length and hash) and the
 * reason. Every dead letter built here fits on the dead-letter topic, whatever the size of the original.
 */
public final class DeadLetters {
    private DeadLetters() {}

    /** The config key (in the Streams properties) naming the dead-letter topic the exception handlers write to. */
    public static final String TOPIC_CONFIG = "frontwire.dead-letter.topic";
    /** Values up to this size are never re-serialised to check the dead letter's size. */
    private static final int SURELY_FITS_BYTES = 1024 * 1024;

    public static DeadLetter of(byte[] key, byte[] value, String stage, Throwable error, RecordMetadata where) {
        return of(key, value, stage, error, where == null ? null : where.topic(),
                where == null ? null : where.partition(), where == null ? null : where.offset());
    }

    public static DeadLetter of(byte[] key, byte[] value, String stage, Throwable error,
                                String topic, Integer partition, Long offset) {
        boolean valueCut = value != null && value.length > DeadLetter.MAX_VALUE_BYTES;
        byte[] kept = valueCut ? Arrays.copyOf(value, DeadLetter.MAX_VALUE_BYTES) : value;
        String text = valueCut ? new String(kept, StandardCharsets.UTF_8) : utf8OrNull(kept);
        boolean keyCut = key != null && key.length > DeadLetter.MAX_KEY_BYTES;
        String keyText = key == null ? null
                : new String(keyCut ? Arrays.copyOf(key, DeadLetter.MAX_KEY_BYTES) : key, StandardCharsets.UTF_8);
        DeadLetter letter = new DeadLetter(DeadLetter.SCHEMA_VERSION, keyText,
                text, kept != null && text == null ? Base64.getEncoder().encodeToString(kept) : null,
                stage, error.getClass().getName(), messageOf(error), topic, partition, offset, Instant.now(),
                value == null ? null : value.length, valueCut ? Boolean.TRUE : null,
                key == null ? null : key.length, keyCut ? Boolean.TRUE : null,
                keyCut ? Hashes.sha256(key) : null, valueCut ? Hashes.sha256(value) : null);
        if (kept != null && kept.length > SURELY_FITS_BYTES && Json.toBytes(letter).length > DeadLetter.MAX_RECORD_BYTES) {
            return letter.withoutValueCopy();
        }
        return letter;
    }

    /** The dead letter as a record for the dead-letter topic, keyed by the original key ({@link #keyOf}). */
    public static ProducerRecord<byte[], byte[]> record(String deadLetterTopic, byte[] key, DeadLetter deadLetter) {
        return new ProducerRecord<>(deadLetterTopic, keyOf(key), Json.toBytes(deadLetter));
    }

    /**
     * The key of a dead letter on its topic: the original key, or for a key over {@link DeadLetter#MAX_KEY_BYTES}
     * its SHA-256 (hex, as in {@link DeadLetter#keySha256()}), so that the dead letter does not carry it twice.
     */
    public static byte[] keyOf(byte[] key) {
        return key == null || key.length <= DeadLetter.MAX_KEY_BYTES ? key
                : Hashes.sha256(key).getBytes(StandardCharsets.US_ASCII);
    }

    /** The exception's message (its class name when it has none), cut to {@link DeadLetter#MAX_MESSAGE_CHARS}. */
    public static String messageOf(Throwable error) {
        String message = error.getMessage();
        message = message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
        return message.length() > DeadLetter.MAX_MESSAGE_CHARS
                ? message.substring(0, DeadLetter.MAX_MESSAGE_CHARS) + "… (" + message.length() + " characters)" : message;
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
