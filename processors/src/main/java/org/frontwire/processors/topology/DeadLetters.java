package org.frontwire.processors.topology;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.frontwire.records.DeadLetter;

/** Builds dead letters that carry the original record and the reason. */
final class DeadLetters {
    private DeadLetters() {}

    static DeadLetter of(byte[] key, byte[] value, String stage, Throwable error, RecordMetadata where) {
        String text = utf8OrNull(value);
        return new DeadLetter(DeadLetter.SCHEMA_VERSION, key == null ? null : new String(key, StandardCharsets.UTF_8),
                text, value != null && text == null ? Base64.getEncoder().encodeToString(value) : null,
                stage, error.getClass().getName(), messageOf(error),
                where == null ? null : where.topic(), where == null ? null : where.partition(),
                where == null ? null : where.offset(), Instant.now());
    }

    static String messageOf(Throwable error) {
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
