package org.frontwire.cli.progress;

import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code run} has seen so far.
 *
 * @param pagesIn     pages the ingest published to the raw-pages topic
 * @param expected    pages the processor still has to answer for ({@code run --once} after the ingest pass), or -1
 * @param perTopic    articles out by topic
 * @param deadLetters records on the dead-letter topic
 * @param errors      pages or sources the ingest could not fetch or publish
 */
public record ProgressCounts(long pagesIn, long expected, Map<String, Integer> perTopic, long deadLetters, long errors) {
    public ProgressCounts {
        perTopic = Map.copyOf(new TreeMap<>(perTopic));
    }

    public static final ProgressCounts NONE = new ProgressCounts(0, -1, Map.of(), 0, 0);

    public long articles() {
        long n = 0;
        for (int c : perTopic.values()) {
            n += c;
        }
        return n;
    }

    /** Pages the processor has answered for: articles plus dead letters. */
    public long processed() {
        return articles() + deadLetters;
    }
}
