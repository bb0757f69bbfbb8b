package org.frontwire.processors.classify;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontwire.processors.classify.text.ArabicTextNormalizer;
import org.frontwire.processors.classify.text.TextAnalyzer;
import org.frontwire.processors.classify.text.WordBits;

/**
 * Finds taxonomy terms in analysed text: whole tokens and whole phrases, longest match first,
 * never a substring of a word. A word may carry one Arabic clitic letter (ب ل ك ف و) that
 * Lucene's stemmer leaves on; it is taken off only when what remains is a taxonomy term.
 */
public final class TermMatcher {

    private static final int PREFIX_KEY = 3;
    private static final String CLITICS = "\u0628\u0644\u0643\u0641\u0648"; // ب ل ك ف و

    private record Phrase(String[] tokens, boolean[] open, Term term, String spelling) {

        int length() {
            return tokens.length;
        }

        boolean matchesAt(List<String> text, int start, String first) {
            if (start + tokens.length > text.size() || !matchesToken(0, first)) {
                return false;
            }
            for (int k = 1; k < tokens.length; k++) {
                if (!matchesToken(k, text.get(start + k))) {
                    return false;
                }
            }
            return true;
        }

        private boolean matchesToken(int k, String token) {
            return open[k] ? token.startsWith(tokens[k]) : token.equals(tokens[k]);
        }
    }

    private final Map<String, List<Phrase>> byFirstToken = new HashMap<>();
    private final Map<String, List<Phrase>> byFirstTokenPrefix = new HashMap<>();
    /**
     * Filters ahead of the maps: most tokens start no term, and a bit by a token's hash (or by its first
     * {@value #PREFIX_KEY} letters) rules them out without probing the map or cutting the token's prefix.
     */
    private final WordBits firstTokens = new WordBits();
    private final BitSet prefixKeys = new BitSet(KEY_SPACE);
    private static final int KEY_SPACE = 1 << 16;

    public TermMatcher(List<Term> terms) {
        for (Term term : terms) {
            for (String variant : term.variants()) {
                Phrase phrase = compile(variant, term);
                if (phrase == null) {
                    continue;
                }
                String first = phrase.tokens()[0];
                if (phrase.open()[0]) {
                    if (first.length() < PREFIX_KEY) {
                        throw new IllegalArgumentException("open spelling too short: " + variant);
                    }
                    byFirstTokenPrefix.computeIfAbsent(first.substring(0, PREFIX_KEY), k -> new ArrayList<>()).add(phrase);
                    prefixKeys.set(prefixKey(first));
                } else {
                    byFirstToken.computeIfAbsent(first, k -> new ArrayList<>()).add(phrase);
                    firstTokens.add(first);
                }
            }
        }
    }

    private static Phrase compile(String variant, Term term) {
        List<String> tokens = new ArrayList<>();
        List<Boolean> open = new ArrayList<>();
        for (String word : variant.split("\\s+")) {
            boolean isOpen = word.endsWith("*");
            List<String> parts = TextAnalyzer.tokens(isOpen ? word.substring(0, word.length() - 1) : word);
            for (int i = 0; i < parts.size(); i++) {
                tokens.add(parts.get(i));
                open.add(isOpen && i == parts.size() - 1);
            }
        }
        if (tokens.isEmpty()) {
            return null;
        }
        boolean[] o = new boolean[open.size()];
        for (int i = 0; i < o.length; i++) {
            o[i] = open.get(i);
        }
        return new Phrase(tokens.toArray(String[]::new), o, term, variant.replace("*", ""));
    }

    /** Adds every match in {@code tokens} to {@code out}; tokens before {@code leadEnd} are in the lead. */
    public void match(List<String> tokens, Zone zone, int leadEnd, boolean inBody, List<Match> out) {
        int i = 0;
        while (i < tokens.size()) {
            String token = tokens.get(i);
            Phrase best = longest(tokens, i, token, null);
            if (best == null) {
                String bare = withoutClitic(token);
                if (bare != null) {
                    best = longest(tokens, i, bare, null);
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            Zone z = zone == Zone.BODY && i < leadEnd ? Zone.LEAD : zone;
            List<Phrase> found = sameWordsOtherTopics(tokens, i, best);
            for (Phrase p : found) {
                out.add(new Match(p.term(), p.spelling(), z, inBody, found.size() > 1, i));
            }
            i += best.length();
        }
    }

    /** {@code best} and the terms of other topics spelled the same; one per topic, so a spelling listed in two languages counts once. */
    private List<Phrase> sameWordsOtherTopics(List<String> tokens, int i, Phrase best) {
        List<Phrase> found = new ArrayList<>(2);
        found.add(best);
        String first = tokens.get(i);
        String bare = withoutClitic(first);
        for (String key : bare == null ? new String[] {first} : new String[] {first, bare}) {
            List<Phrase> candidates = candidates(key);
            for (int c = 0; c < candidates.size(); c++) {
                Phrase p = candidates.get(c);
                if (p.length() == best.length() && found.stream().noneMatch(f -> f.term().topic().equals(p.term().topic()))
                        && p.matchesAt(tokens, i, key)) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    private Phrase longest(List<String> tokens, int i, String first, Phrase best) {
        List<Phrase> candidates = candidates(first);
        for (int c = 0; c < candidates.size(); c++) { // no iterator: most tokens have no candidates
            Phrase p = candidates.get(c);
            boolean better = best == null || p.length() > best.length()
                    || p.length() == best.length() && p.term().weight() > best.term().weight();
            if (better && p.matchesAt(tokens, i, first)) {
                best = p;
            }
        }
        return best;
    }

    private static int prefixKey(String token) {
        return (token.charAt(0) * 961 + token.charAt(1) * 31 + token.charAt(2)) & (KEY_SPACE - 1);
    }

    private List<Phrase> candidates(String first) {
        if (first.isEmpty()) {
            return List.of();
        }
        List<Phrase> exact = firstTokens.mayContain(first) ? byFirstToken.get(first) : null;
        List<Phrase> open = first.length() >= PREFIX_KEY && prefixKeys.get(prefixKey(first))
                ? byFirstTokenPrefix.get(first.substring(0, PREFIX_KEY)) : null;
        if (open == null) {
            return exact == null ? List.of() : exact;
        }
        if (exact == null) {
            return open;
        }
        List<Phrase> both = new ArrayList<>(exact);
        both.addAll(open);
        return both;
    }

    private static String withoutClitic(String token) {
        if (token.length() < 4 || CLITICS.indexOf(token.charAt(0)) < 0) {
            return null;
        }
        return ArabicTextNormalizer.normalize(token.substring(1));
    }
}
