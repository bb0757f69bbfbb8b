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
import org.frontwire.processors.language.LanguageDetector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Language detection alone, one thread, over every text of the topic dev sets ({@code shared/eval/topics-dev/*}),
 * title and body as the pipeline passes them: the score is microseconds per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LanguageDetectionBenchmark {

    private LanguageDetector detector;
    private List<String> texts;
    private int next;

    @Setup
    public void load() throws IOException {
        detector = new LanguageDetector();
        texts = new ArrayList<>();
        Path topicsDev = DevPages.devDir().resolveSibling("topics-dev");
        try (Stream<Path> sets = Files.list(topicsDev)) {
            for (Path set : sets.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(set)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        texts.add(Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no dev texts in " + topicsDev);
        }
    }

    /** One article per operation, cycling through the dev texts. */
    @Benchmark
    public String detectLanguage() {
        String text = texts.get(next);
        next = next + 1 == texts.size() ? 0 : next + 1;
        return detector.detect(text);
    }
}
