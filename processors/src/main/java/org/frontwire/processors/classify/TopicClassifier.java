package org.frontwire.processors.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.frontwire.processors.classify.text.TextAnalyzer;

/**
 * Classifies an article by the armed conflict it is about, from the taxonomy's terms found in
 * its title, summary and body. Thread-safe and immutable once loaded.
 */
public final class TopicClassifier {

    private static final int MAX_TITLE_CHARS = 300;

    private final Taxonomy taxonomy;
    private final TermMatcher matcher;
    private final EvidenceScorer scorer;
    private final ScoringRules rules;

    public TopicClassifier(Taxonomy taxonomy, ScoringRules rules) {
        this.taxonomy = taxonomy;
        this.rules = rules;
        this.matcher = new TermMatcher(Stream.concat(taxonomy.terms().stream(), taxonomy.vocabulary().stream()).toList());
        this.scorer = new EvidenceScorer(rules);
    }

    /** The taxonomy shipped in {@code classify/taxonomy.tsv} on the classpath. */
    public static TopicClassifier loadDefault() {
        return new TopicClassifier(TaxonomyLoader.loadDefault(), ScoringRules.defaults());
    }

    /** A taxonomy file edited by a user; see {@link TaxonomyLoader} for its format. */
    public static TopicClassifier load(Path taxonomyFile) {
        return new TopicClassifier(TaxonomyLoader.load(taxonomyFile), ScoringRules.defaults());
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** @param title may be null; @param summary may be null; @param text the article body, chrome removed */
    public Classification classify(String title, String summary, String text) {
        if (title != null && title.length() > MAX_TITLE_CHARS) {
            // no headline is this long: body text whose line breaks were lost (aggregators, feeds)
            text = text == null ? title : title + "\n" + text;
            title = null;
        }
        List<Match> matches = new ArrayList<>();
        matcher.match(TextAnalyzer.tokens(title), Zone.TITLE, 0, false, matches);
        matcher.match(TextAnalyzer.tokens(summary), Zone.LEAD, 0, false, matches);
        matcher.match(TextAnalyzer.tokens(text), Zone.BODY, rules.leadTokens(), true, matches);
        return scorer.score(matches);
    }
}
