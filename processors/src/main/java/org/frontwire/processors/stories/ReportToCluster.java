package org.frontwire.processors.stories;

import org.frontwire.records.Article;

/**
 * An article on its way to its clustering task, with its fingerprint already read: reading it is the biggest part of
 * clustering, and it is done where the article was extracted, spread over every task, not in the one task that
 * clusters the whole group.
 */
record ReportToCluster(Article article, Fingerprint fingerprint) {
    static ReportToCluster of(Article article) {
        return new ReportToCluster(article, Fingerprints.of(article));
    }
}
