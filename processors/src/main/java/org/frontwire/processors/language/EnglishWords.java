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
        int[] english = new int[1];
        int words = SampleWords.scan(sample, (text, from, to, ascii) -> {
            int length = to - from;
            if (ascii && length >= 2 && length <= 5 && WORDS.contains(SampleWords.lower(text, from, to))) {
                english[0]++;
            }
        });
        return english[0] >= MIN_WORDS && english[0] >= MIN_SHARE * words;
    }
}
