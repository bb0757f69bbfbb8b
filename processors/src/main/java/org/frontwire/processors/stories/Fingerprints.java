package org.frontwire.processors.stories;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.frontwire.records.Article;

/** Reads an article's {@link Fingerprint}: its title and opening, numbers, ordinals, shingles and genre. */
final class Fingerprints {
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z]+://[^/]*");
    private static final Pattern QUERY = Pattern.compile("[?#].*$");
    /** Words of the text's opening that count as the lead, after the title. */
    static final int LEAD_WORDS = 40;
    /** Words of the opening that ordinals and numbers are read from (the headline and first sentence). */
    static final int OPENING_WORDS = 25;
    /** Words of the text the reprint signature is taken over. */
    static final int SHINGLED_WORDS = 300;
    static final int MINHASH_SIZE = 32;
    /** Words of the text its TF-IDF vector is taken over, and the most distinct words kept of them. */
    static final int BODY_WORDS = 200;
    static final int MAX_BODY_TERMS = 100;
    /** Characters read per word needed before the whole text is: words and the stop words between them. */
    private static final int OPENING_CHARS_PER_WORD = 12;

    private static final MinHash MINHASH = new MinHash(MINHASH_SIZE);

    /** Path segments and title markers of opinion, analysis and columns, in the languages the sites use. */
    private static final Pattern COMMENTARY_PATH = Pattern.compile(
            "(^|[/_.-])(opinions?|columns?|columnists?|editorials?|analysis|commentary|comment|blogs?|views|kuttab|writers"
                    + "|مقالات|مقال|رأي|الرأي|كتاب|أعمدة)([/_.-]|$)");
    private static final Pattern COMMENTARY_TITLE = Pattern.compile(
            "^\\s*(opinion|analysis|comment|editorial|column|رأي|تحليل|قراءة|مقال)\\s*[:|\\-–—]", Pattern.CASE_INSENSITIVE);

    private Fingerprints() {}

    static Fingerprint of(Article a) {
        String title = a.title() == null ? "" : a.title();
        String text = a.text() == null ? "" : a.text();
        List<String> titleWords = MatchText.words(title);
        List<String> textWords = openingWords(text.length() > 20_000 ? text.substring(0, 20_000) : text,
                Math.max(Math.max(SHINGLED_WORDS, BODY_WORDS), Math.max(titleWords.size(), 12) + LEAD_WORDS));
        if (titleWords.isEmpty() && !textWords.isEmpty()) {
            titleWords = textWords.subList(0, Math.min(12, textWords.size()));
        }
        Set<String> lead = new LinkedHashSet<>(StoryClusterer.capacity(titleWords.size() + LEAD_WORDS));
        lead.addAll(titleWords);
        int skip = startsWithTitle(textWords, titleWords) ? titleWords.size() : 0;
        List<String> opening = textWords.subList(skip, Math.min(textWords.size(), skip + LEAD_WORDS));
        lead.addAll(opening);

        List<String> headline = new ArrayList<>(titleWords);
        headline.addAll(opening.subList(0, Math.min(opening.size(), OPENING_WORDS)));
        Set<String> numbers = new TreeSet<>();
        for (String w : headline) {
            if (MatchText.isNumber(w)) {
                numbers.add(MatchText.count(w));
            }
        }
        for (String w : titleWords) {
            String n = MatchText.count(w);
            if (n != null) {
                numbers.add(n);
            }
        }
        Set<Integer> ordinals = ordinals(titleWords);
        if (ordinals.isEmpty()) {
            ordinals = ordinals(headline);
        }
        int[] sig = MINHASH.signature(textWords.subList(0, Math.min(textWords.size(), SHINGLED_WORDS)));
        List<String> body = textWords.subList(0, Math.min(textWords.size(), BODY_WORDS));
        Map<String, Integer> tf = new LinkedHashMap<>(StoryClusterer.capacity(titleWords.size() + body.size()));
        titleWords.forEach(w -> tf.merge(w, 1, Integer::sum));
        body.forEach(w -> tf.merge(w, 1, Integer::sum));
        List<Map.Entry<String, Integer>> byCount = new ArrayList<>(tf.entrySet());
        byCount.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
        List<Map.Entry<String, Integer>> kept = byCount.subList(0, Math.min(byCount.size(), MAX_BODY_TERMS));
        Map<String, Float> counts = new LinkedHashMap<>(StoryClusterer.capacity(kept.size()));
        for (Map.Entry<String, Integer> e : kept) {
            counts.put(e.getKey(), (float) e.getValue());
        }
        return new Fingerprint(a.id(), List.copyOf(new LinkedHashSet<>(titleWords)), List.copyOf(lead), List.copyOf(numbers),
                List.copyOf(ordinals), sig, commentary(a), counts);
    }

    /**
     * The text's matching words, at least its first {@code needed} ones when it has that many: only an opening is
     * read, twice as long each time it holds too few words but at least half of them, so the words of an opening cut
     * before a space are taken when they are enough (a cut before a space splits no word and no normalisation), else
     * the whole text's.
     */
    static List<String> openingWords(String text, int needed) {
        for (int cut = OPENING_CHARS_PER_WORD * needed; text.length() > cut; cut *= 2) {
            int end = cut;
            while (end > 0 && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
                end--;
            }
            if (end == 0) {
                break; // no space to cut at
            }
            List<String> words = MatchText.words(text.substring(0, end));
            if (words.size() >= needed) {
                return words;
            }
            if (words.size() < needed / 2) {
                break; // long words (runs of Han characters): twice the opening would not hold enough either
            }
        }
        return MatchText.words(text);
    }

    /** The ranks the words name: the headline's if it names any ("Second plane lands" after "a day after the first"). */
    private static Set<Integer> ordinals(List<String> words) {
        Set<Integer> out = new TreeSet<>();
        for (String w : words) {
            int rank = MatchText.ordinal(w);
            if (rank > 0) {
                out.add(rank);
            }
        }
        return out;
    }

    static boolean commentary(Article a) {
        String url = a.url() == null ? "" : a.url();
        try {
            url = URLDecoder.decode(url, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException ignored) {
            // keep it as it is
        }
        String path = QUERY.matcher(SCHEME_AND_HOST.matcher(url).replaceFirst("")).replaceFirst("").toLowerCase(Locale.ROOT);
        return COMMENTARY_PATH.matcher(path).find()
                || a.title() != null && COMMENTARY_TITLE.matcher(a.title()).find();
    }

    private static boolean startsWithTitle(List<String> text, List<String> title) {
        return !title.isEmpty() && text.size() >= title.size() && text.subList(0, title.size()).equals(title);
    }
}
