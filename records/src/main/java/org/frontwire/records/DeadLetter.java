package org.frontwire.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A record that could not be processed, published to {@link Topics#DEAD_LETTER} with what is needed to find and
 * replay it. A dead letter always fits on its topic: the copies of the original key and value are cut to
 * {@link #MAX_KEY_BYTES} and {@link #MAX_VALUE_BYTES} (a prefix, the original length and a SHA-256 of the whole),
 * the message to {@link #MAX_MESSAGE_CHARS}; the whole record stays on {@code sourceTopic} at
 * {@code sourcePartition}/{@code sourceOffset}.
 *
 * @param key            the original key as UTF-8 text, or its first {@link #MAX_KEY_BYTES} (null if there was none)
 * @param value          the original value as UTF-8 text when it is valid UTF-8, otherwise null; a prefix when cut
 * @param valueBase64    the original value in Base64 when it is not valid UTF-8
 * @param stage          where it failed: {@code deserialize}, {@code validate}, {@code extract}, {@code process},
 *                       {@code produce}, {@code fetch}
 * @param error          the exception class
 * @param message        what went wrong, for a human
 * @param valueBytes     the size of the original value in bytes
 * @param valueTruncated true when the value copy is cut (or, for a value that would not fit even cut, left out)
 * @param keyBytes       the size of the original key in bytes
 * @param keyTruncated   true when only the first {@link #MAX_KEY_BYTES} of the key are kept
 * @param keySha256      SHA-256 of the whole original key, hex, when the key is cut
 * @param valueSha256    SHA-256 of the whole original value, hex, when the value is cut
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetter(
        int schemaVersion,
        String key,
        String value,
        String valueBase64,
        String stage,
        String error,
        String message,
        String sourceTopic,
        Integer sourcePartition,
        Long sourceOffset,
        Instant time,
        Integer valueBytes,
        Boolean valueTruncated,
        Integer keyBytes,
        Boolean keyTruncated,
        String keySha256,
        String valueSha256) {

    public static final int SCHEMA_VERSION = 2;

    /** Originals larger than this are cut, so that the dead letter itself stays producible. */
    public static final int MAX_VALUE_BYTES = 4 * 1024 * 1024;
    /** Keys longer than this are cut; the dead-letter record is then keyed by the key's SHA-256 (hex) instead. */
    public static final int MAX_KEY_BYTES = 8 * 1024;
    /** Longer error messages are cut. */
    public static final int MAX_MESSAGE_CHARS = 8 * 1024;
    /**
     * A dead letter whose JSON would be larger than this (a value that escapes badly) is sent without the value copy:
     * well under the 16 MiB request and topic limits.
     */
    public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

    /** This dead letter without the copy of the value (its length and hash stay). */
    public DeadLetter withoutValueCopy() {
        return new DeadLetter(schemaVersion, key, null, null, stage, error, message, sourceTopic, sourcePartition,
                sourceOffset, time, valueBytes, valueBytes == null ? null : Boolean.TRUE, keyBytes, keyTruncated,
                keySha256, valueSha256);
    }
}
