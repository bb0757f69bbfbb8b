package org.frontwire.benchmarks.extract;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.frontwire.benchmarks.DevPages;
import org.frontwire.processors.extract.ArticleExtractor;
import org.frontwire.processors.extract.Page;
import org.frontwire.processors.extract.SiteMemory;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.processors.stories.StoryReplay;
import org.frontwire.processors.stories.StorySettings;
import org.frontwire.records.Article;
import org.frontwire.records.RawPage;
import org.frontwire.records.Sites;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One thread, all pages of a corpus per operation ({@code -p corpus=dev}: the 181 dev pages; {@code multilingual}:
 * the processors' multilingual test corpus): {@code Jsoup.parse} alone; the article extractor (text and metadata);
 * the whole pipeline as the stream runs it per page, without Kafka (the site's memory read from its stored bytes,
 * learned and applied, extraction, metadata, language, classification, the memory written back, story clustering);
 * and readability4j. Targets: extract and pipeline ≤ 2 × jsoupParse, readability4j ≥ 4 × extract.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class ExtractionBenchmark {
    @Param({"dev", "multilingual"})
    public String corpus;

    private List<String> html;
    private List<Page> pages;
    private List<RawPage> rawPages;
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ArticlePipeline pipeline = ArticlePipeline.createDefault();
    private final SiteMemory memory = SiteMemory.empty();
    /** The stream's site-memory store: memories as bytes by site, kept across operations. */
    private final Map<String, byte[]> siteMemories = new HashMap<>();
    private static final String URL = "https://example.org/news/2019/11/19/article.html";

    @Setup
    public void load() throws IOException {
        html = DevPages.load(corpus);
        Instant now = Instant.now();
        pages = html.stream().map(h -> new Page(URL, "text/html", h, null, null, now)).toList();
        rawPages = new ArrayList<>();
        for (int i = 0; i < html.size(); i++) {
            String site = Sites.ofCanonicalLink(html.get(i));
            String url = "https://" + (site != null ? site : "site" + i + ".example") + "/news/article-" + i + ".html";
            rawPages.add(RawPage.ofText(url, "benchmark", "text/html", html.get(i), now));
        }
    }

    /** Pages in the corpus. */
    int pageCount() {
        return html.size();
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

    /**
     * What the stream's processor does per page, one thread, no Kafka and no JSON. Stories start empty in every pass:
     * a memory kept across passes would see the same articles again and again, which no stream does.
     */
    @Benchmark
    public void pipeline(Blackhole bh) {
        StoryReplay stories = new StoryReplay(StorySettings.defaults());
        for (RawPage p : rawPages) {
            String site = ArticlePipeline.siteKeyOf(p);
            SiteMemory m = SiteMemory.fromBytes(siteMemories.get(site));
            try {
                Article a = pipeline.process(p, m, true);
                bh.consume(stories.add(a));
            } catch (IllegalArgumentException e) {
                bh.consume(e); // a page without article text: the stream's dead letter
            }
            siteMemories.put(site, m.toBytes());
        }
    }

    @Benchmark
    public void readability4j(Blackhole bh) {
        for (String h : html) {
            bh.consume(new Readability4J(URL, h).parse());
        }
    }
}
