package org.frontwire.cli.bench;

import java.time.Instant;
import java.util.List;
import org.frontwire.processors.extract.SiteMemory;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.RawPage;
import org.jsoup.Jsoup;

/** Single-thread offline rates over the benchmark pages: the processor's code path, and Jsoup.parse alone (the ceiling). */
final class OfflineRates {
    private OfflineRates() {}

    record Rates(double extractPagesPerSecond, double jsoupPagesPerSecond) {}

    static Rates measure(List<BenchPages.Sample> pages, ArticlePipeline pipeline, double seconds) {
        List<RawPage> raw = pages.stream().map(p -> RawPage.ofText("https://offline.bench/" + p.name(), "bench",
                p.contentType(), p.body(), Instant.now())).toList();
        Runnable extractAll = () -> raw.forEach(r -> pipeline.process(r, SiteMemory.empty(), false));
        Runnable parseAll = () -> pages.forEach(p -> Jsoup.parse(p.body(), "https://offline.bench/"));
        extractAll.run();
        parseAll.run();
        return new Rates(rate(extractAll, raw.size(), seconds), rate(parseAll, pages.size(), seconds));
    }

    private static double rate(Runnable pass, int pagesPerPass, double seconds) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        int passes = 0;
        do {
            pass.run();
            passes++;
        } while (System.nanoTime() < deadline);
        return passes * (double) pagesPerPass / ((System.nanoTime() - start) / 1e9);
    }
}
