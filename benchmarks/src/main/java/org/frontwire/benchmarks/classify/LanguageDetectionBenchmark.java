package org.frontwire.benchmarks.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.frontwire.benchmarks.DevPages;
import org.frontwire.processors.language.LanguageDetector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Language detection alone, one thread, microseconds per article, on two corpora: {@code dev}, every text of the
 * topic dev sets ({@code shared/eval/topics-dev/*}, Arabic and English) as the pipeline passes them, and
 * {@code multilingual}, a paragraph each in eleven languages written for this benchmark
 * ({@code language/multilingual.txt}). {@code detectLanguage} is the detector (scripts first, the model only where
 * they leave the language open); {@code modelOnFullSample} is what every text used to cost, the OpenNLP model over
 * the first 1,000 characters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LanguageDetectionBenchmark {

    private static final int FORMER_SAMPLE_CHARS = 1000;

    @Param({"dev", "multilingual"})
    public String corpus;

    private LanguageDetector detector;
    private LanguageDetectorME model;
    private List<String> texts;
    private int next;

    @Setup
    public void load() throws IOException {
        detector = new LanguageDetector();
        try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
            model = new LanguageDetectorME(new LanguageDetectorModel(in));
        }
        texts = corpus.equals("dev") ? devTexts() : multilingualTexts();
        if (texts.isEmpty()) {
            throw new IllegalStateException("no texts for corpus " + corpus);
        }
    }

    /** One article per operation, cycling through the corpus. */
    @Benchmark
    public String detectLanguage() {
        return detector.detect(nextText());
    }

    /** The OpenNLP model alone over the first 1,000 characters, as every text cost before the scripts came first. */
    @Benchmark
    public Language modelOnFullSample() {
        String text = nextText();
        return model.predictLanguage(text.length() > FORMER_SAMPLE_CHARS ? text.substring(0, FORMER_SAMPLE_CHARS) : text);
    }

    private String nextText() {
        String text = texts.get(next);
        next = next + 1 == texts.size() ? 0 : next + 1;
        return text;
    }

    private static List<String> devTexts() throws IOException {
        List<String> out = new ArrayList<>();
        Path topicsDev = DevPages.devDir().resolveSibling("topics-dev");
        try (Stream<Path> sets = Files.list(topicsDev)) {
            for (Path set : sets.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(set)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        out.add(Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> multilingualTexts() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = LanguageDetectionBenchmark.class.getResourceAsStream("/language/multilingual.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    out.add(line.substring(tab + 1));
                }
            }
        }
        return out;
    }
}
