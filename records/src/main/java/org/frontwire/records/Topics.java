package org.frontwire.records;

/** Default names of the topics the pipeline reads and writes; every one can be renamed in the configuration. */
public final class Topics {
    private Topics() {}

    public static final String RAW_PAGES = "frontwire.raw-pages";
    public static final String ARTICLES = "frontwire.articles";
    public static final String ARTICLES_OTHER = "frontwire.articles.other";
    public static final String DEAD_LETTER = "frontwire.dead-letter";
    public static final String STORIES = "frontwire.stories";
    public static final String ALERTS = "frontwire.alerts";
}
