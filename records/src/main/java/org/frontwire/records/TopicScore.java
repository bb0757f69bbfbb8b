package org.frontwire.records;

/** One conflict topic an article was found to be about, with the classifier's score. */
public record TopicScore(String id, double score) {}
