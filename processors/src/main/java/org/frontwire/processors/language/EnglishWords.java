package org.frontwire.processors.language;

import java.util.Set;

/**
 * English told by its commonest words, before the model: a Latin-script sample in which words only English writes
 * this often ({@code the}, {@code and}, {@code that}, {@code with}...) make at least {@value #MIN_SHARE} of the words,
 * {@value #MIN_WORDS} of them at least, is English. Words other Latin-script languages also write often (of, to, in,
 * is, was, will, also, over, for, on, a) are left out. English is most of the pages the model was asked about, and this costs a
 * look-up per word where the model scores every character n-gram against 103 languages.
 */
final class EnglishWords {
    static final double MIN_SHARE = 0.08;
    static final int MIN_WORDS = 5;
    private static final Set<String> WORDS = Set.of("the", "and", "that", "with", "which", "from", "this", "have", "has",
            "had", "were", "been", "their", "they", "said", "would", "there", "after", "about", "who", "its", "but", "not", "his",
            "she", "you", "are", "what", "when", "than", "into", "these", "those", "while", "could");

    private EnglishWords() {}

    /** True when the sample is English by its words; false leaves it to the model. */
    static boolean decide(CharSequence sample) {
        int words = 0;
        int english = 0;
        int start = -1;
        boolean ascii = true;
        for (int i = 0; i <= sample.length(); i++) {
            char c = i < sample.length() ? sample.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (start < 0) {
                    start = i;
                    ascii = true;
                }
                ascii &= c < 128;
            } else if (start >= 0) {
                words++;
                int length = i - start;
                if (ascii && length >= 2 && length <= 5 && WORDS.contains(lower(sample, start, i))) {
                    english++;
                }
                start = -1;
            }
        }
        return english >= MIN_WORDS && english >= MIN_SHARE * words;
    }

    private static String lower(CharSequence s, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            out[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(out);
    }
}
