package org.frontwire.processors.language;

/** The words (letter runs) of a sample, as the word-list deciders ({@link EnglishWords}, {@link CommonWords}) read them. */
final class SampleWords {
    /** Sees one word: {@code sample} from {@code from} to {@code to}, {@code ascii} when all its letters are ASCII. */
    interface Visitor {
        void word(CharSequence sample, int from, int to, boolean ascii);
    }

    private SampleWords() {}

    /** Shows every word of the sample to the visitor, in order; returns how many there were. */
    static int scan(CharSequence sample, Visitor visitor) {
        int words = 0;
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
                visitor.word(sample, start, i, ascii);
                start = -1;
            }
        }
        return words;
    }

    /** The word lower-cased. */
    static String lower(CharSequence s, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = Character.toLowerCase(s.charAt(i));
        }
        return new String(out);
    }
}
