package org.frontwire.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Undoes gzip, deflate and br content encodings, refusing decompression bombs: the decoded body may not exceed
 * {@code maxDecodedBytes} nor {@code maxRatio} times the encoded size.
 */
public final class BodyDecoder {
    private static final int RATIO_CHECK_FLOOR = 64 * 1024;

    private final long maxDecodedBytes;
    private final int maxRatio;

    public BodyDecoder(long maxDecodedBytes, int maxRatio) {
        this.maxDecodedBytes = maxDecodedBytes;
        this.maxRatio = maxRatio;
    }

    public byte[] decode(byte[] encoded, String contentEncoding) throws IOException, FetchRefusedException {
        String encoding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        if (encoding.isEmpty() || encoding.equals("identity")) {
            return encoded;
        }
        try (InputStream in = open(encoded, encoding)) {
            return readGuarded(in, encoded.length, encoding);
        }
    }

    private InputStream open(byte[] encoded, String encoding) throws IOException, FetchRefusedException {
        ByteArrayInputStream raw = new ByteArrayInputStream(encoded);
        return switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(raw);
            case "deflate" -> new InflaterInputStream(raw, new Inflater(!isZlibWrapped(encoded)));
            case "br" -> new BrotliInputStream(raw);
            default -> throw new FetchRefusedException("unsupported content encoding " + encoding);
        };
    }

    /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate. */
    private static boolean isZlibWrapped(byte[] b) {
        return b.length >= 2 && (b[0] & 0x0f) == 8 && (((b[0] & 0xff) << 8) | (b[1] & 0xff)) % 31 == 0;
    }

    private byte[] readGuarded(InputStream in, int encodedLength, String encoding) throws IOException, FetchRefusedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long ratioLimit = Math.max(RATIO_CHECK_FLOOR, (long) encodedLength * maxRatio);
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > ratioLimit) {
                throw new FetchRefusedException("decompression bomb: " + encoding + " body of " + encodedLength
                        + " bytes expands beyond " + maxRatio + "x");
            }
            if (out.size() > maxDecodedBytes) {
                throw new FetchRefusedException("decompression bomb: " + encoding + " body expands beyond "
                        + maxDecodedBytes + " bytes");
            }
        }
        return out.toByteArray();
    }
}
