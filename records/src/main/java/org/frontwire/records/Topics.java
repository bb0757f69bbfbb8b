package org.frontwire.records;

/**
 * Default names of the topics the pipeline reads and writes, as in frontwire.properties (FrontwireConfigTest checks they
 * agree); every one can be renamed in the configuration, so services take the names from their settings.
 */
public final class Topics {
    private Topics() {}

    public static final String RAW_PAGES = "frontwire.raw-pages";
    public static final String ARTICLES = "frontwire.articles";
    public static final String ARTICLES_OTHER = "frontwire.articles.other";
    public static final String DEAD_LETTER = "frontwire.dead-letter";
    public static final String STORIES = "frontwire.stories";
    public static final String ALERTS = "frontwire.alerts";
}
