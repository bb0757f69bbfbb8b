package org.frontwire.processors.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontwire.records.Article;
import org.frontwire.records.Story;
import org.frontwire.records.StoryRef;

/**
 * Joins each report to the story of the same event, or starts a story: the core the stream and {@code extract} share.
 * <p>
 * Candidates come from an index of the stories' headline and opening words and of LSH bands of their shingle
 * signatures, read through {@link StoryMemory}; each word is read for at most {@code postingsCap} stories, so the
 * cost of a report does not grow with the number of stories kept. A word posted by many stories of the window is
 * weighed down (the postings count is its document frequency). A report joins the candidate whose member's
 * headline and opening it matches best, if that match is strong enough, and only if no ordinal or figure in their
 * headlines disagrees (the second flight is not the first); commentary joins nothing.
 */
public final class StoryClusterer {
    private static final int BAND_ROWS = 4;
    private static final int EVIDENCE_TERMS = 10;
    private static final int MAX_POSTED = 400;
    private static final int MAX_SITES = 200;

    private final StorySettings settings;
    private final StoryMemory memory;
    private final long window;

    /** The story an article joined and the story's new state. */
    public record Assignment(StoryRef ref, Story story, boolean created) {}

    public StoryClusterer(StorySettings settings, StoryMemory memory) {
        this.settings = settings;
        this.memory = memory;
        this.window = settings.window().toMillis();
    }

    /** Event time: published, else fetched, else {@code fallback}; a publication date after fetching is not believed. */
    public static Instant eventTime(Article a, Instant fallback) {
        Instant fetched = a.fetchedAt();
        Instant published = a.publishedAt();
        if (published != null && (fetched == null || !published.isAfter(fetched.plus(Duration.ofDays(1))))) {
            return published;
        }
        return fetched != null ? fetched : fallback;
    }

    /**
     * The clustering group of an article, which the stream partitions by: its language, or with
     * {@link StorySettings#byTopic()} its conflict topic (its language for articles about none).
     */
    public static String groupOf(Article a, StorySettings settings) {
        String language = a.language() == null || a.language().isBlank() ? "und" : a.language();
        if (settings.byTopic()) {
            return a.aboutConflict() ? a.topic() : Article.NO_TOPIC + "-" + language;
        }
        return language;
    }

    public Assignment assign(Article article, Instant time) {
        return assign(article, Fingerprints.of(article), time);
    }

    /** As {@link #assign(Article, Instant)}, with the article's fingerprint already read ({@link Fingerprints#of}). */
    Assignment assign(Article article, Fingerprint fp, Instant time) {
        String group = groupOf(article, settings);
        long t = time.toEpochMilli();
        Set<String> words = new LinkedHashSet<>(capacity(fp.lead().size() + fp.vector().size()));
        words.addAll(fp.lead());
        words.addAll(fp.vector().keySet());
        Map<String, Double> weights = new HashMap<>(capacity(words.size()));
        Map<StoryMemory.Posting, Double> votes = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(words.size() + Fingerprints.MINHASH_SIZE / BAND_ROWS);
        Set<String> saturated = new HashSet<>();
        String wordKeys = "w|" + group + "|";
        for (String word : words) {
            String key = wordKeys + word;
            keys.add(key);
            List<StoryMemory.Posting> posted = memory.postings(key, t - window, t + window, settings.postingsCap());
            double w = weight(posted.size());
            weights.put(word, w);
            if (posted.size() < settings.postingsCap()) {
                for (StoryMemory.Posting p : posted) {
                    votes.merge(p, w, Double::sum);
                }
            } else {
                // already counted as common in the window: another posting would change nothing but the store's size
                saturated.add(key);
            }
        }
        fp = fp.withVector(unit(fp.vector(), weights));
        for (String band : MinHash.bands(fp.minHash(), BAND_ROWS)) {
            String key = "b|" + group + "|" + band;
            keys.add(key);
            for (StoryMemory.Posting p : memory.postings(key, t - window, t + window, settings.postingsCap())) {
                votes.merge(p, 10.0, Double::sum);
            }
        }

        StoryState joined = null;
        if (!fp.commentary()) {
            double best = 0;
            List<Map.Entry<StoryMemory.Posting, Double>> ranked = new ArrayList<>(votes.entrySet());
            ranked.sort(Map.Entry.<StoryMemory.Posting, Double>comparingByValue(Comparator.reverseOrder()));
            for (Map.Entry<StoryMemory.Posting, Double> e : ranked.subList(0, Math.min(ranked.size(), settings.maxCandidates()))) {
                StoryState candidate = memory.story(e.getKey().storyId(), e.getKey().anchor());
                if (candidate == null || Math.abs(t - candidate.anchor()) > window) {
                    continue;
                }
                double score = match(fp, candidate, weights);
                if (score > best) {
                    best = score;
                    joined = candidate;
                }
            }
        }
        StoryState state = joined == null ? start(article, fp, group, t) : join(joined, article, fp, t);
        List<String> posted = new ArrayList<>(state.posted());
        Set<String> already = new HashSet<>(posted);
        if (!fp.commentary()) {
            for (String key : keys) {
                if (posted.size() < MAX_POSTED && !saturated.contains(key) && already.add(key)) {
                    memory.post(key, new StoryMemory.Posting(state.story().id(), state.anchor()));
                    posted.add(key);
                }
            }
        }
        state = new StoryState(state.story(), state.group(), state.anchor(), state.members(), List.copyOf(posted), state.topicCounts());
        memory.save(state);
        Story s = state.story();
        return new Assignment(new StoryRef(s.id(), s.firstSeen(), s.articles(), s.outlets()), s, joined == null);
    }

    /**
     * How strongly a report belongs with a story: its best match with a member, 0 when anything vetoes. A member
     * that is commentary or names another rank vetoes; so does a member whose figures all differ from the report's,
     * unless each side states a single figure and the two match at twice the join similarity (agencies put different
     * tolls on one bombing, or count the returning ministers differently).
     */
    double match(Fingerprint fp, StoryState story, Map<String, Double> weights) {
        for (Fingerprint m : story.members()) {
            if (m.commentary() || conflicting(fp.ordinals(), m.ordinals())) {
                return 0;
            }
        }
        double best = 0;
        for (Fingerprint m : story.members()) {
            double reprint = MinHash.similarity(fp.minHash(), m.minHash());
            double s = reprint >= settings.reprintSimilarity() ? 1.0 : combined(fp, m, weights);
            if (disjoint(fp.numbers(), m.numbers()) && !oneFigureApart(fp, m, s)) {
                return 0;
            }
            best = Math.max(best, s);
        }
        return best >= settings.joinSimilarity() ? best : 0;
    }

    /** Two reports that differ in one figure each but otherwise match strongly are one event told twice. */
    private boolean oneFigureApart(Fingerprint fp, Fingerprint m, double similarity) {
        return fp.numbers().size() == 1 && m.numbers().size() == 1 && similarity >= 2 * settings.joinSimilarity();
    }

    /**
     * How alike two reports are: the cosine of their TF-IDF vectors, provided their headlines and openings also
     * match (two receptions in one palace share their wording but not their guest), else 0.
     */
    double combined(Fingerprint fp, Fingerprint m, Map<String, Double> weights) {
        return similarity(fp, m, weights) >= settings.leadSimilarity() ? cosine(fp.vector(), m.vector()) : 0;
    }

    static double cosine(Map<String, Float> a, Map<String, Float> b) {
        if (a.size() > b.size()) {
            Map<String, Float> t = a;
            a = b;
            b = t;
        }
        double dot = 0;
        for (Map.Entry<String, Float> e : a.entrySet()) {
            Float y = b.get(e.getKey());
            if (y != null) {
                dot += e.getValue() * y;
            }
        }
        return dot;
    }

    /** TF-IDF of the word counts, to unit length. */
    static Map<String, Float> unit(Map<String, Float> counts, Map<String, Double> idf) {
        Map<String, Float> v = new LinkedHashMap<>(capacity(counts.size()));
        double norm = 0;
        for (Map.Entry<String, Float> e : counts.entrySet()) {
            double x = (1 + Math.log(e.getValue())) * idf.getOrDefault(e.getKey(), 0.0);
            if (x > 0) {
                v.put(e.getKey(), (float) x);
                norm += x * x;
            }
        }
        double n = Math.sqrt(norm);
        v.replaceAll((k, x) -> (float) (x / n));
        return v;
    }

    /**
     * Weighted overlap of two headlines-and-openings: the share of the report's weight that the member covers and
     * the share of the member's words the report has, combined harmonically; title words count double.
     */
    static double similarity(Fingerprint fp, Fingerprint m, Map<String, Double> weights) {
        Set<String> other = new HashSet<>(m.lead());
        Set<String> titleWords = new HashSet<>(fp.title());
        double total = 0;
        double shared = 0;
        int common = 0;
        for (String w : fp.lead()) {
            double weight = weights.getOrDefault(w, 1.0) * (titleWords.contains(w) ? 2 : 1);
            total += weight;
            if (other.contains(w)) {
                shared += weight;
                common++;
            }
        }
        if (total == 0 || m.lead().isEmpty()) {
            return 0;
        }
        double covered = shared / total;
        double had = (double) common / m.lead().size();
        return covered + had == 0 ? 0 : 2 * covered * had / (covered + had);
    }

    /** A hash table's initial capacity that holds {@code n} entries without growing. */
    static int capacity(int n) {
        return (int) Math.ceil(n / 0.75) + 1;
    }

    private double weight(int df) {
        int cap = settings.postingsCap();
        return Math.log((cap + 1.0) / (Math.min(df, cap) + 1.0));
    }

    private static boolean conflicting(List<Integer> a, List<Integer> b) {
        return !a.isEmpty() && !b.isEmpty() && disjoint(a, b);
    }

    private static <T> boolean disjoint(List<T> a, List<T> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (T x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    private StoryState start(Article a, Fingerprint fp, String group, long t) {
        Instant at = Instant.ofEpochMilli(t);
        Map<String, Integer> topics = new LinkedHashMap<>();
        topics.put(a.topic() == null ? Article.NO_TOPIC : a.topic(), 1);
        Story s = new Story(Story.SCHEMA_VERSION, "s-" + a.id(), List.of(a.topic() == null ? Article.NO_TOPIC : a.topic()),
                a.title(), a.summary(), a.language() == null ? List.of() : List.of(a.language()), at, at, 1,
                a.site() == null ? 0 : 1, a.site() == null ? List.of() : List.of(a.site()), url(a) == null ? List.of() : List.of(url(a)),
                evidence(List.of(fp)));
        return new StoryState(s, group, t, List.of(fp), List.of(), topics);
    }

    private StoryState join(StoryState st, Article a, Fingerprint fp, long t) {
        Story s = st.story();
        Map<String, Integer> topics = new LinkedHashMap<>(st.topicCounts());
        topics.merge(a.topic() == null ? Article.NO_TOPIC : a.topic(), 1, Integer::sum);
        List<String> topicList = topics.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey).toList();
        Set<String> languages = new LinkedHashSet<>(s.languages());
        if (a.language() != null) {
            languages.add(a.language());
        }
        List<String> sites = new ArrayList<>(s.sites());
        int outlets = s.outlets();
        if (a.site() != null && !sites.contains(a.site())) {
            outlets++;
            if (sites.size() < MAX_SITES) {
                sites.add(a.site());
            }
        }
        List<String> urls = new ArrayList<>(s.urls());
        if (url(a) != null && urls.size() < settings.maxUrls() && !urls.contains(url(a))) {
            urls.add(url(a));
        }
        List<Fingerprint> members = st.members();
        if (members.size() < StoryState.MAX_MEMBERS) {
            members = new ArrayList<>(members);
            members.add(fp);
        }
        List<String> terms = members == st.members() && s.terms() != null ? s.terms() : evidence(members);
        Instant at = Instant.ofEpochMilli(t);
        boolean earlier = at.isBefore(s.firstSeen());
        boolean fuller = s.summary() == null && a.summary() != null;
        Story updated = new Story(Story.SCHEMA_VERSION, s.id(), topicList,
                earlier || s.title() == null ? a.title() : s.title(),
                earlier || fuller ? a.summary() : s.summary(),
                List.copyOf(languages), earlier ? at : s.firstSeen(), at.isAfter(s.lastSeen()) ? at : s.lastSeen(),
                s.articles() + 1, outlets, List.copyOf(sites), List.copyOf(urls), terms);
        return new StoryState(updated, st.group(), st.anchor(), List.copyOf(members), st.posted(), topics);
    }

    private static String url(Article a) {
        return a.canonicalUrl() != null ? a.canonicalUrl() : a.url();
    }

    /** The words most of the members' headlines and openings share (the title's words for a single report). */
    private static List<String> evidence(List<Fingerprint> members) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Fingerprint m : members) {
            for (String w : m.title()) {
                counts.merge(w, 2, Integer::sum);
            }
            for (String w : m.lead()) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(EVIDENCE_TERMS).map(Map.Entry::getKey).toList();
    }
}
