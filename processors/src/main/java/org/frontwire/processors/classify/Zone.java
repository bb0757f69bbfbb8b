package org.frontwire.processors.classify;

/** Where in the article a term was found. */
public enum Zone {
    TITLE,
    /** The summary, or the first sentences of the body. */
    LEAD,
    BODY
}
