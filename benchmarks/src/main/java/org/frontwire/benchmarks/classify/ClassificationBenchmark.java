package org.frontwire.benchmarks.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.frontwire.benchmarks.DevPages;
import org.frontwire.processors.classify.Classification;
import org.frontwire.processors.classify.TopicClassifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Classification alone, one thread, over every text of the topic dev sets
 * ({@code shared/eval/topics-dev/*}): the score is articles per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClassificationBenchmark {

    private record Article(String title, String body) {}

    private TopicClassifier classifier;
    private List<Article> articles;
    private int next;

    @Setup
    public void load() throws IOException {
        classifier = TopicClassifier.loadDefault();
        articles = new ArrayList<>();
        Path topicsDev = DevPages.devDir().resolveSibling("topics-dev");
        try (Stream<Path> sets = Files.list(topicsDev)) {
            for (Path set : sets.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(set)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        String text = Files.readString(f, StandardCharsets.UTF_8);
                        int nl = text.indexOf('\n');
                        articles.add(nl < 0 ? new Article(text, "") : new Article(text.substring(0, nl), text.substring(nl + 1)));
                    }
                }
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no dev texts in " + topicsDev);
        }
    }

    /** One article per operation, cycling through the dev texts. */
    @Benchmark
    public Classification classifyArticle() {
        Article a = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return classifier.classify(a.title(), null, a.body());
    }
}
