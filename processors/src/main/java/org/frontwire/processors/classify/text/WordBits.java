package org.frontwire.processors.classify.text;

import java.util.BitSet;

/**
 * A bit per word hash, ahead of a set or map of words: most words looked up are in none, and a clear bit says so
 * without probing it. The bit comes from {@link String#hashCode}, which a string keeps, so the probe that follows a
 * set bit does not hash the word again.
 */
public final class WordBits {
    private static final int SIZE = 1 << 16;

    private final BitSet bits = new BitSet(SIZE);

    public static WordBits of(Iterable<String> words) {
        WordBits b = new WordBits();
        words.forEach(b::add);
        return b;
    }

    public void add(String word) {
        bits.set(bitOf(word));
    }

    /** False when {@code word} was never added; true when it may have been. */
    public boolean mayContain(String word) {
        return bits.get(bitOf(word));
    }

    /**
     * {@link #mayContain} of the word whose {@link String#hashCode} is {@code hash}: for a caller that hashes the
     * prefixes of a text as it reads it, without cutting each prefix out as a string.
     */
    public boolean mayContainHash(int hash) {
        return bits.get(bitOfHash(hash));
    }

    private static int bitOf(String word) {
        return bitOfHash(word.hashCode());
    }

    private static int bitOfHash(int h) {
        return (h ^ (h >>> 16)) & (SIZE - 1);
    }
}
