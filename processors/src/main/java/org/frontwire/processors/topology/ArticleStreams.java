package org.frontwire.processors.topology;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.kstream.KStream;
import org.frontwire.records.Article;
import org.frontwire.records.DeadLetter;

/**
 * The streams a sub-topology hands on: classified articles keyed by the raw page's key (its URL), and dead letters
 * by the name of the step that made them (each gets its own sink {@code <name>-dead-letter-sink}). A step inserted
 * between classification and the sinks takes {@link #articles()} and hands back {@link #withArticles}.
 */
public record ArticleStreams(KStream<byte[], Article> articles, Map<String, KStream<byte[], DeadLetter>> deadLetters) {

    public ArticleStreams {
        deadLetters = Collections.unmodifiableMap(new LinkedHashMap<>(deadLetters));
    }

    /** The same dead letters, with these articles instead. */
    public ArticleStreams withArticles(KStream<byte[], Article> replaced) {
        return new ArticleStreams(replaced, deadLetters);
    }

    /** These streams plus the dead letters of step {@code name}. */
    public ArticleStreams withDeadLetters(String name, KStream<byte[], DeadLetter> more) {
        if (deadLetters.containsKey(name)) {
            throw new IllegalArgumentException("dead letters named " + name + " are already there");
        }
        Map<String, KStream<byte[], DeadLetter>> all = new LinkedHashMap<>(deadLetters);
        all.put(name, more);
        return new ArticleStreams(articles, all);
    }
}
