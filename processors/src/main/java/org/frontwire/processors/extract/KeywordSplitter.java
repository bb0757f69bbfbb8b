package org.frontwire.processors.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a tags line into keywords. Separators (commas, ، , ;, |, •, #) split when present; a line of tags joined by
 * plain spaces is cut into the longest word runs (up to four words) that the article itself uses, allowing a one-letter
 * spelling difference per word, else into single words.
 */
final class KeywordSplitter {
    private static final int MAX_WORDS = 4;

    private KeywordSplitter() {}

    static List<String> split(String tagsLine, String articleText) {
        List<String> out = new ArrayList<>();
        String[] parts = tagsLine.split("\\s*[,،;|•#/]\\s*|\\s{2,}|\\t");
        if (parts.length > 1) {
            for (String p : parts) {
                String t = p.strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            return out;
        }
        String[] words = tagsLine.strip().split("\\s+");
        String[] folded = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            folded[i] = TextNormalizer.fold(words[i]);
        }
        List<String> textWords = new ArrayList<>();
        for (String w : TextNormalizer.fold(articleText == null ? "" : articleText).split(" ")) {
            if (!w.isEmpty()) {
                textWords.add(w);
            }
        }
        int i = 0;
        while (i < words.length) {
            int n = Math.min(MAX_WORDS, words.length - i);
            for (; n > 1; n--) {
                if (occurs(folded, i, n, textWords)) {
                    break;
                }
            }
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
            i += n;
        }
        return out;
    }

    private static boolean occurs(String[] tag, int from, int n, List<String> text) {
        for (int s = 0; s + n <= text.size(); s++) {
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                all = similar(tag[from + k], text.get(s + k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Equal, or the same length (at least three letters) with one letter different. */
    private static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() != b.length() || a.length() < 3) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length() && diff < 2; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                diff++;
            }
        }
        return diff == 1;
    }
}
