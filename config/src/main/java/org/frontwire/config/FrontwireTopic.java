package org.frontwire.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every Kafka topic Frontwire uses, in one list: the configuration key that names it, what it holds and who writes
 * it. A topic added here (and its name with its key in {@code frontwire.properties}) is created at start-up ({@link TopicSetup}), printed by
 * {@code frontwire tail --topic LABEL} and listed in the README's topic table (generated from this list).
 */
public enum FrontwireTopic {
    RAW_PAGES("raw-pages", "topics.raw-pages", "RawPage", "ingest", false,
            "Pages as fetched (body, headers, fetch time); key: the URL, partitioned by site"),
    ARTICLES("articles", "topics.articles", "Article", "processor", false,
            "Articles about an armed conflict: text, title, summary, date, language, conflict topics with evidence; key: the conflict slug, e.g. armenia-azerbaijan"),
    ARTICLES_OTHER("articles-other", "topics.articles-other", "Article", "processor", false,
            "Articles about no armed conflict (nothing is dropped); key: none"),
    DEAD_LETTER("dead-letter", "topics.dead-letter", "DeadLetter", "processor", false,
            "Records that could not be processed: the original record, the stage and the reason; key: the original key"),
    ALERTS("alerts", "topics.alerts", "Alert", "processor", false,
            "Surges: new stories about one conflict in a window far above its baseline, once per surge; key: the conflict slug"),
    INGEST_SEEN("ingest-seen", "ingest.seen-topic", "SeenEntry", "ingest", true,
            "What ingest published, so a restart does not publish a page again; key: the normalised URL"),
    INGEST_FRONTIER("ingest-frontier", "ingest.frontier-topic", "DiscoveredUrl", "ingest", false,
            "URLs to fetch, shared by the ingest instances; key: the host");

    private final String label;
    private final String nameKey;
    private final String record;
    private final String writer;
    private final boolean compacted;
    private final String purpose;

    FrontwireTopic(String label, String nameKey, String record, String writer, boolean compacted, String purpose) {
        this.label = label;
        this.nameKey = nameKey;
        this.record = record;
        this.writer = writer;
        this.compacted = compacted;
        this.purpose = purpose;
    }

    /** Short name for the command line ({@code tail --topic articles}). */
    public String label() {
        return label;
    }

    /** The configuration key holding the topic's name. */
    public String nameKey() {
        return nameKey;
    }

    /** The record type of the values (a class in org.frontwire.records or the ingest). */
    public String record() {
        return record;
    }

    /** The service that writes the topic. */
    public String writer() {
        return writer;
    }

    /** Compacted (the latest record per key is kept) rather than deleted after {@code topics.retention-hours}. */
    public boolean compacted() {
        return compacted;
    }

    public String purpose() {
        return purpose;
    }

    public static Optional<FrontwireTopic> byLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
