package org.frontwire.processors.topology;

import org.frontwire.records.Article;
import org.frontwire.records.DeadLetter;
import org.frontwire.records.RawPage;

/** What a processing step made of one record: a page to go on with, a finished article, or a dead letter. */
public record Outcome(RawPage page, Article article, DeadLetter deadLetter) {

    static Outcome page(RawPage page) {
        return new Outcome(page, null, null);
    }

    static Outcome article(Article article) {
        return new Outcome(null, article, null);
    }

    static Outcome dead(DeadLetter deadLetter) {
        return new Outcome(null, null, deadLetter);
    }

    boolean failed() {
        return deadLetter != null;
    }
}
