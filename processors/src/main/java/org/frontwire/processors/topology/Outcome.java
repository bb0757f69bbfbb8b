package org.frontwire.processors.topology;

import org.frontwire.records.Article;
import org.frontwire.records.DeadLetter;
import org.frontwire.records.RawPage;

/** What a processing step made of one record: a page to go on with, a finished article, or a dead letter. */
public sealed interface Outcome {

    /** A raw page that parsed and goes on to extraction. */
    record Page(RawPage page) implements Outcome {}

    /** A finished, classified article. */
    record Done(Article article) implements Outcome {}

    /** A record that cannot become an article, with the reason. */
    record Dead(DeadLetter deadLetter) implements Outcome {}
}
