package org.frontwire.processors.stories;

import java.util.Arrays;
import java.util.List;

/** MinHash over word shingles: the share of equal slots of two signatures estimates the shingles' Jaccard. */
final class MinHash {
    static final int SHINGLE = 3;

    private final int size;
    private final long[] seeds;

    MinHash(int size) {
        this.size = size;
        this.seeds = new long[size];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < size; i++) {
            x = mix(x + 0x632BE59BD9B4E019L);
            seeds[i] = x;
        }
    }

    int[] signature(List<String> words) {
        int[] sig = new int[size];
        Arrays.fill(sig, Integer.MAX_VALUE);
        if (words.size() < SHINGLE) {
            return sig;
        }
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = h * 1000003L + words.get(j).hashCode();
            }
            for (int k = 0; k < size; k++) {
                int v = (int) (mix(h ^ seeds[k]) >>> 33);
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    static double similarity(int[] a, int[] b) {
        if (a == null || b == null || a.length != b.length || a.length == 0 || a[0] == Integer.MAX_VALUE || b[0] == Integer.MAX_VALUE) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** LSH band keys: signatures that agree on all rows of any band share a key. */
    static List<String> bands(int[] sig, int rows) {
        if (sig.length == 0 || sig[0] == Integer.MAX_VALUE) {
            return List.of();
        }
        String[] keys = new String[sig.length / rows];
        for (int b = 0; b < keys.length; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = mix(h * 31 + sig[b * rows + r]);
            }
            keys[b] = b + ":" + Long.toHexString(h);
        }
        return List.of(keys);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
