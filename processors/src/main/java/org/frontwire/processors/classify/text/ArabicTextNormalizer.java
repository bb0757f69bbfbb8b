package org.frontwire.processors.classify.text;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Folds one token of Arabic-script text to its matching form: Persian and Urdu letter forms
 * and hamza carriers to their Arabic base letters, then Lucene's {@link ArabicNormalizer}
 * (alef variants, taa marbuta, alef maqsura, diacritics, tatweel) and the clitic prefixes
 * Lucene's {@link ArabicStemmer} removes (ال، وال، بال، كال، فال، لل، و).
 * Suffixes are kept on purpose: stripping them makes طرابلسي into طرابلس and مالي into مال.
 */
public final class ArabicTextNormalizer {

    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final ArabicStemmer STEMMER = new ArabicStemmer();

    private static final int MIN_STEM = 3;

    private ArabicTextNormalizer() {}

    /** Normalises {@code s[0..len)} in place and returns the new length. */
    public static int normalize(char[] s, int len) {
        for (int i = 0; i < len; i++) {
            s[i] = foldLetter(s[i]);
        }
        return normalizeFolded(s, len);
    }

    /** {@link #normalize(char[], int)} of a token whose letters have been through {@link #foldLetter} already. */
    static int normalizeFolded(char[] s, int len) {
        len = NORMALIZER.normalize(s, len);
        char c0 = len > 0 ? s[0] : 0;
        char c1 = len > 1 ? s[1] : 0;
        char c2 = len > 2 ? s[2] : 0;
        int stemmed = STEMMER.stemPrefix(s, len);
        if (stemmed >= MIN_STEM || stemmed == len) {
            return stemmed;
        }
        // too little left: بالما (Palma) is a name, not ب + ال + ما; put the prefix back
        int cut = len - stemmed;
        System.arraycopy(s, 0, s, cut, stemmed);
        char[] head = {c0, c1, c2};
        System.arraycopy(head, 0, s, 0, cut);
        return len;
    }

    public static String normalize(String token) {
        char[] s = token.toCharArray();
        return new String(s, 0, normalize(s, s.length));
    }

    static char foldLetter(char c) {
        if (c < '\u0624' || c > '\u06D5') {
            return c;
        }
        return switch (c) {
            case '\u06CC', '\u06D2', '\u06D3', '\u0626', '\u0649' -> '\u064A'; // ی ے ۓ ئ ى -> ي
            case '\u06A9', '\u06AA' -> '\u0643';                                   // ک ڪ -> ك
            case '\u06C1', '\u06C2', '\u06BE', '\u06D5', '\u06C0' -> '\u0647';     // ہ ۂ ھ ە ۀ -> ه
            case '\u0624' -> '\u0648';                                             // ؤ -> و
            case '\u0671' -> '\u0627';                                             // ٱ -> ا
            case '\u0670' -> '\u0640';                                             // superscript alef: tatweel, which Lucene drops
            default -> c;
        };
    }

    /** True for Arabic-script letters, the only ones this normaliser changes. */
    public static boolean isArabicLetter(char c) {
        return c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F';
    }
}
