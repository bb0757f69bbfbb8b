package org.frontwire.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes used as stable ids. */
public final class Hashes {
    private Hashes() {}

    public static String sha256(String text) {
        return text == null ? null : sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        return HEX.formatHex(SHA_256.get().digest(bytes));
    }

    private static final HexFormat HEX = HexFormat.of();
    /** One digest per thread: looking the algorithm up among the providers cost more than hashing a URL. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });
}
