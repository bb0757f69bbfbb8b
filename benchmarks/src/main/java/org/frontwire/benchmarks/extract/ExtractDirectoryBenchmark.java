package org.frontwire.benchmarks.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.frontwire.benchmarks.DevPages;
import org.frontwire.processors.extract.SiteMemories;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.RawPage;
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
 * {@code frontwire extract DIR} without the process around it, one thread, every page of a folder per operation:
 * pages read as local files ({@code file:} URLs without a host), each parsed once, learned into its site's memory
 * ({@link SiteMemories}) and extracted up to it, then finished (the memory's filter, language, classification), against
 * {@code Jsoup.parse} of the same pages. Reading the files is left out of both. {@code -p dir=...} names the folder
 * ({@code .html}, {@code .htm}, optionally {@code .gz}); by default the extraction dev set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class ExtractDirectoryBenchmark {
    @Param("")
    public String dir;

    private List<RawPage> pages;
    private final ArticlePipeline pipeline = ArticlePipeline.createDefault();

    @Setup
    public void load() throws IOException {
        Path folder = dir.isEmpty() ? DevPages.devDir().resolve("html") : Path.of(dir);
        Instant now = Instant.now();
        pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.matches(".*\\.html?(\\.gz)?")) {
                    String url = f.toAbsolutePath().normalize().toUri().toString();
                    pages.add(RawPage.ofText(url, f.toString(), "text/html", read(f), now));
                }
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no .html pages in " + folder);
        }
    }

    private static String read(Path f) throws IOException {
        try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public void jsoupParse(Blackhole bh) {
        for (RawPage p : pages) {
            bh.consume(Jsoup.parse(p.body(), p.url()));
        }
    }

    /**
     * As the extract command: every page parsed once, learned into its site's memory and extracted up to it; then each
     * page's article with what its site's memory learned.
     */
    @Benchmark
    public void extractCommand(Blackhole bh) {
        SiteMemories memories = SiteMemories.perSite();
        List<ArticlePipeline.Prepared> prepared = new ArrayList<>(pages.size());
        for (RawPage p : pages) {
            prepared.add(pipeline.prepare(p, memories));
        }
        for (ArticlePipeline.Prepared p : prepared) {
            try {
                bh.consume(pipeline.finish(p, memories.of(p.siteKey())));
            } catch (IllegalArgumentException e) {
                bh.consume(e); // a page without article text: an error line of the command
            }
        }
    }
}
