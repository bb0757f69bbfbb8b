package org.frontwire.benchmarks.extract;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.frontwire.benchmarks.DevPages;
import org.frontwire.processors.extract.ArticleExtractor;
import org.frontwire.processors.extract.Page;
import org.frontwire.processors.extract.SiteMemory;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One thread, all dev pages per operation: {@code Jsoup.parse} alone, the article extractor (text and metadata), and
 * readability4j. Targets: extract ≤ 2 × jsoupParse, readability4j ≥ 4 × extract.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class ExtractionBenchmark {
    private List<String> html;
    private List<Page> pages;
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final SiteMemory memory = SiteMemory.empty();
    private static final String URL = "https://example.org/news/2019/11/19/article.html";

    @Setup
    public void load() throws IOException {
        html = DevPages.load();
        Instant now = Instant.now();
        pages = html.stream().map(h -> new Page(URL, "text/html", h, null, null, now)).toList();
    }

    @Benchmark
    public void jsoupParse(Blackhole bh) {
        for (String h : html) {
            bh.consume(Jsoup.parse(h, URL));
        }
    }

    @Benchmark
    public void extract(Blackhole bh) {
        for (Page p : pages) {
            bh.consume(extractor.extract(p, memory));
        }
    }

    @Benchmark
    public void readability4j(Blackhole bh) {
        for (String h : html) {
            bh.consume(new Readability4J(URL, h).parse());
        }
    }
}
