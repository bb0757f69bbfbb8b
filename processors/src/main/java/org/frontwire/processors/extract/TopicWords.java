package org.frontwire.processors.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.frontwire.processors.classify.text.ArabicTextNormalizer;

/**
 * What a line is about, as a set of word stems: content words only (Lucene's stop words for Arabic, English, French
 * and Russian and the reporting words of {@code /extract/topic-stopwords.txt} left out), Arabic folded and its clitic
 * prefixes removed, every word cut to its first {@value #STEM_CHARS} letters. Two paragraphs of one article share
 * stems; a paragraph of another article mostly does not.
 */
final class TopicWords {
    private static final int STEM_CHARS = 5;
    private static final int MIN_CHARS = 3;
    private static final CharArraySet STOP = stopWords();

    private TopicWords() {}

    private static CharArraySet stopWords() {
        CharArraySet stop = new CharArraySet(2048, true);
        stop.addAll(ArabicAnalyzer.getDefaultStopSet());
        stop.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stop.addAll(FrenchAnalyzer.getDefaultStopSet());
        stop.addAll(RussianAnalyzer.getDefaultStopSet());
        try (InputStream in = TopicWords.class.getResourceAsStream("/extract/topic-stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /extract/topic-stopwords.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    stop.add(line);
                    stop.add(arabic(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stop;
    }

    /** The stems of a text's content words. */
    static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i > start) {
                String stem = stem(text.substring(start, i));
                if (stem != null) {
                    out.add(stem);
                }
            }
        }
        return out;
    }

    private static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (STOP.contains(w)) {
            return null;
        }
        if (isArabic(w)) {
            w = arabic(w);
            if (STOP.contains(w)) {
                return null;
            }
        }
        if (w.length() < MIN_CHARS) {
            return null;
        }
        return w.length() > STEM_CHARS ? w.substring(0, STEM_CHARS) : w;
    }

    private static boolean isArabic(String w) {
        return !w.isEmpty() && Character.UnicodeBlock.of(w.charAt(0)) == Character.UnicodeBlock.ARABIC;
    }

    private static String arabic(String w) {
        char[] chars = w.toCharArray();
        return new String(chars, 0, ArabicTextNormalizer.normalize(chars, chars.length));
    }

    /** The share of {@code words} found in {@code vocabulary}; 0 for no words. */
    static double overlap(Set<String> words, Set<String> vocabulary) {
        if (words.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : words) {
            if (vocabulary.contains(w)) {
                shared++;
            }
        }
        return (double) shared / words.size();
    }

    /** Cosine of two stem sets: shared stems over the geometric mean of their sizes; 0 when either is empty. */
    static double cosine(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String w : small) {
            if (large.contains(w)) {
                shared++;
            }
        }
        return shared / Math.sqrt((double) a.size() * b.size());
    }

    static Set<String> union(Set<String> into, Set<String> more) {
        into.addAll(more);
        return into;
    }

    static Set<String> copy(Set<String> words) {
        return new HashSet<>(words);
    }
}
