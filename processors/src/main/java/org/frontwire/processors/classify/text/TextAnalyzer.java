package org.frontwire.processors.classify.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into matching tokens: NFKC, whole words only (letters, digits and combining
 * marks), lower case, Eastern Arabic digits as ASCII, Arabic-script words through
 * {@link ArabicTextNormalizer}. Taxonomy terms and article text go through the same analysis.
 */
public final class TextAnalyzer {

    private TextAnalyzer() {}

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        char[] buf = new char[64];
        int len = 0;
        boolean arabic = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isTokenChar(c)) {
                if (len == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, len * 2);
                }
                buf[len++] = fold(c);
                arabic |= ArabicTextNormalizer.isArabicLetter(c);
            } else if (len > 0) {
                emit(out, buf, len, arabic);
                len = 0;
                arabic = false;
            }
        }
        if (len > 0) {
            emit(out, buf, len, arabic);
        }
        return out;
    }

    private static void emit(List<String> out, char[] buf, int len, boolean arabic) {
        if (arabic) {
            len = ArabicTextNormalizer.normalizeFolded(buf, len);
        }
        if (len > 0) {
            out.add(new String(buf, 0, len));
        }
    }

    /**
     * {@link #foldOf} of every char that is part of a token ({@link #isTokenCharOf}), then
     * {@link ArabicTextNormalizer#foldLetter} (which changes Arabic-script letters only), 0 for the others: read once.
     */
    private static final char[] FOLDED_TOKEN_CHARS = foldedTokenChars();

    private static char[] foldedTokenChars() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = isTokenCharOf((char) c) ? ArabicTextNormalizer.foldLetter(foldOf((char) c)) : 0;
        }
        return table;
    }

    private static boolean isTokenChar(char c) {
        return FOLDED_TOKEN_CHARS[c] != 0;
    }

    private static char fold(char c) {
        return FOLDED_TOKEN_CHARS[c];
    }

    private static boolean isTokenCharOf(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (c == '\u0640') { // tatweel, removed by the normaliser
            return true;
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static char foldOf(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (Character.isDigit(c)) {
            return (char) ('0' + Character.digit(c, 10));
        }
        if (c == 'ё' || c == 'Ё') {
            return 'е';
        }
        return Character.toLowerCase(c);
    }
}
