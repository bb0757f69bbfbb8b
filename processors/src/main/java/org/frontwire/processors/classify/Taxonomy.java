package org.frontwire.processors.classify;

import java.util.List;

/**
 * The conflict topics and the terms that point to them, plus the conflict vocabulary
 * (shelling, ceasefire, troops) that makes country names count.
 */
public record Taxonomy(List<String> topics, List<Term> terms, List<Term> vocabulary) {

    public Taxonomy {
        topics = List.copyOf(topics);
        terms = List.copyOf(terms);
        vocabulary = List.copyOf(vocabulary);
    }
}
