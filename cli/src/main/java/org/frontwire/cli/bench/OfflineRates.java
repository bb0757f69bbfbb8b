package org.frontwire.cli.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.frontwire.processors.extract.SiteMemory;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.processors.stories.StoryReplay;
import org.frontwire.processors.stories.StorySettings;
import org.frontwire.records.Article;
import org.frontwire.records.RawPage;
import org.jsoup.Jsoup;

/**
 * Single-thread offline rates over the benchmark pages, in one JVM without Kafka, taken in turn round after round
 * (after a warm-up until the JIT has settled), so that neither the order nor what the machine does meanwhile favours one:
 * <ul>
 *   <li>the processor's work: per page what the stream's processor does, as the stream gets the pages (every copy of a
 *   page on a host of its own, so a fresh site memory is learned from the page, extracted with and stored as bytes;
 *   the article clustered into stories when they are enabled, one story memory across all passes);</li>
 *   <li>extraction alone: the pipeline without learning, site memory or stories;</li>
 *   <li>{@code Jsoup.parse} alone, the ceiling.</li>
 * </ul>
 */
final class OfflineRates {
    private OfflineRates() {}

    record Rates(double processorPagesPerSecond, double extractPagesPerSecond, double jsoupPagesPerSecond, double warmUpSeconds) {}

    static Rates measure(List<BenchPages.Sample> pages, ArticlePipeline pipeline, StorySettings stories, double seconds) {
        List<RawPage> raw = pages.stream().map(p -> RawPage.ofText("https://offline.bench/" + p.name(), "bench",
                p.contentType(), p.body(), Instant.now())).toList();
        Runnable processorAll = new ProcessorWork(pages, pipeline, stories);
        Runnable extractAll = () -> raw.forEach(r -> extract(pipeline, r));
        Runnable parseAll = () -> pages.forEach(p -> Jsoup.parse(p.body(), "https://offline.bench/"));
        Runnable[] passes = {processorAll, extractAll, parseAll};
        double warmUpSeconds = warmUp(passes, seconds);
        long[] nanos = new long[passes.length];
        int rounds = 0;
        long deadline = System.nanoTime() + (long) (passes.length * seconds * 1e9);
        do {
            for (int i = 0; i < passes.length; i++) {
                long start = System.nanoTime();
                passes[i].run();
                nanos[i] += System.nanoTime() - start;
            }
            rounds++;
        } while (System.nanoTime() < deadline);
        double pagesPerPass = pages.size();
        return new Rates(rounds * pagesPerPass / (nanos[0] / 1e9), rounds * pagesPerPass / (nanos[1] / 1e9),
                rounds * pagesPerPass / (nanos[2] / 1e9), warmUpSeconds);
    }

    /**
     * Rounds of all passes for twice {@code seconds} at least, then for as long as the JIT still makes the slowest pass
     * faster (the median of its last {@value #SETTLED_ROUNDS} rounds more than 3 % under that of the rounds before),
     * for at most {@value #MAX_WARM_UP_SECONDS} s: on two cores the compiler works for a minute or more.
     */
    private static double warmUp(Runnable[] passes, double seconds) {
        long start = System.nanoTime();
        List<Long> slowest = new ArrayList<>();
        while (true) {
            long round = 0;
            for (Runnable pass : passes) {
                long t = System.nanoTime();
                pass.run();
                round = Math.max(round, System.nanoTime() - t);
            }
            slowest.add(round);
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (elapsed >= MAX_WARM_UP_SECONDS || elapsed >= 2 * seconds && settled(slowest)) {
                return elapsed;
            }
        }
    }

    private static final int SETTLED_ROUNDS = 5;
    private static final double MAX_WARM_UP_SECONDS = 180;

    private static boolean settled(List<Long> rounds) {
        int n = rounds.size();
        if (n < 2 * SETTLED_ROUNDS) {
            return false;
        }
        return median(rounds.subList(n - SETTLED_ROUNDS, n)) >= 0.97 * median(rounds.subList(n - 2 * SETTLED_ROUNDS, n - SETTLED_ROUNDS));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static void extract(ArticlePipeline pipeline, RawPage page) {
        try {
            pipeline.process(page, SiteMemory.empty(), false);
        } catch (IllegalArgumentException e) {
            // a page without article text: the stream's dead letter
        }
    }

    /** One pass of the processor's per-page work over the pages, each pass's copies on hosts no pass used before. */
    private static final class ProcessorWork implements Runnable {
        private final List<BenchPages.Sample> pages;
        private final ArticlePipeline pipeline;
        private final StoryReplay stories;
        private long copy;

        ProcessorWork(List<BenchPages.Sample> pages, ArticlePipeline pipeline, StorySettings stories) {
            this.pages = pages;
            this.pipeline = pipeline;
            this.stories = stories.enabled() ? new StoryReplay(stories) : null;
        }

        @Override
        public void run() {
            for (BenchPages.Sample p : pages) {
                RawPage page = RawPage.ofText("https://copy" + copy++ + ".offline.bench/" + p.name(), "bench", p.contentType(),
                        p.body(), Instant.now());
                SiteMemory memory = SiteMemory.empty();
                try {
                    Article article = pipeline.process(page, memory, true);
                    memory.toBytes();
                    if (stories != null) {
                        stories.add(article);
                    }
                } catch (IllegalArgumentException e) {
                    // a page without article text: the stream's dead letter
                }
            }
        }
    }
}
