package org.frontwire.processors.pipeline;

import java.util.Locale;

/** Refuses what is not a text page (PDF, images, other binaries) before extraction spends work on it. */
final class TextContent {
    private static final int SAMPLE_CHARS = 2048;
    private static final double MAX_CONTROL_SHARE = 0.05;

    private TextContent() {}

    static void require(String contentType, String body) {
        if (contentType != null && !contentType.isBlank() && !isTextType(contentType)) {
            throw new IllegalArgumentException("not a text page: content type " + contentType);
        }
        if (body.startsWith("%PDF-")) {
            throw new IllegalArgumentException("the body is a PDF document, not a text page");
        }
        int sample = Math.min(body.length(), SAMPLE_CHARS);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = body.charAt(i);
            if (c >= 0x20 && c < 0x7F || c > 0x9F && c != '\uFFFD') {
                continue;
            }
            if (c >= 0x7F || c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        if (sample > 0 && control > sample * MAX_CONTROL_SHARE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the body is binary, not text: %d of its first %d characters are control or replacement characters",
                    control, sample));
        }
    }

    private static boolean isTextType(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT).strip();
        return type.startsWith("text/") || type.contains("html") || type.contains("xml");
    }
}
