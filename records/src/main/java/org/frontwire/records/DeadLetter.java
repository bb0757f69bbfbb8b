package org.frontwire.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A record that could not be processed, published to {@link Topics#DEAD_LETTER} with everything needed to replay it.
 *
 * @param key          the original key as UTF-8 text (null if there was none)
 * @param value        the original value as UTF-8 text when it is valid UTF-8, otherwise null
 * @param valueBase64  the original value in Base64 when it is not valid UTF-8
 * @param stage        where it failed: {@code deserialize}, {@code extract}, {@code classify}, {@code produce}, {@code fetch}
 * @param error        the exception class
 * @param message      what went wrong, for a human
 * @param valueBytes   the size of the original value in bytes
 * @param valueTruncated true when only the first {@link #MAX_VALUE_BYTES} of the value are kept; the whole record
 *                     stays on {@code sourceTopic} at {@code sourcePartition}/{@code sourceOffset}
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
        Boolean valueTruncated) {

    public static final int SCHEMA_VERSION = 1;

    /** Originals larger than this are cut, so that the dead letter itself stays producible. */
    public static final int MAX_VALUE_BYTES = 4 * 1024 * 1024;
}
