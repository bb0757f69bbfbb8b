package org.frontwire.cli.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontwire.cli.bench.BenchPages;
import org.frontwire.cli.child.HeapPeak;
import org.frontwire.processors.extract.SiteMemory;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.RawPage;

/**
 * Sends mutated real pages through the processor's pipeline (extraction, language, classification, site memory)
 * one by one, as the stream does, and counts what came out: an article, a rejection with a reason (the stream's
 * dead letter), or an exception that escaped. Times each page and samples the heap.
 */
public final class FuzzRun {
    private static final int WARM_UP_PAGES = 200;
    private static final long SLOW_NANOS = 1_000_000_000L;

    public record Result(int mutations, int pages, int articles, int rejected, Map<String, Integer> rejectedBecause,
                         int escaped, Map<String, String> escapedExamples,
                         double p50Millis, double p99Millis, double maxMillis, int overOneSecond, String slowest,
                         long heapPeakBytes, long heapLiveAfterGcBytes, long heapMaxBytes, Map<PageMutator.Kind, Integer> byKind) {

        public String summary() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "fuzz: %d mutations of %d real pages%n", mutations, pages));
            s.append(String.format(Locale.ROOT, "  articles %d, rejected with a reason (dead letter) %d, escaped exceptions %d%n",
                    articles, rejected, escaped));
            rejectedBecause.forEach((reason, count) -> s.append(String.format(Locale.ROOT, "    rejected %5d: %s%n", count, reason)));
            escapedExamples.forEach((type, example) -> s.append("    escaped ").append(type).append(": ").append(example).append('\n'));
            s.append(String.format(Locale.ROOT, "  per page: p50 %.1f ms, p99 %.1f ms, max %.0f ms (%s), over 1 s: %d%n",
                    p50Millis, p99Millis, maxMillis, slowest, overOneSecond));
            s.append(String.format(Locale.ROOT, "  heap: peak in use %d MB, live after GC %d MB, max %d MB%n",
                    heapPeakBytes >> 20, heapLiveAfterGcBytes >> 20, heapMaxBytes >> 20));
            s.append("  mutations applied: ").append(byKind).append('\n');
            return s.toString();
        }
    }

    private final ArticlePipeline pipeline;
    private final List<BenchPages.Sample> pages;

    public FuzzRun(ArticlePipeline pipeline, List<BenchPages.Sample> pages) {
        this.pipeline = pipeline;
        this.pages = pages;
    }

    public Result run(int mutations, long seed) {
        return run(mutations, seed, null);
    }

    /** @param saveTo folder the slow (over a second) and failing mutants are written to, for a closer look; null = none */
    public Result run(int mutations, long seed, Path saveTo) {
        for (int i = 0; i < WARM_UP_PAGES; i++) {
            outcome(page(i, pages.get(i % pages.size()).contentType(), pages.get(i % pages.size()).body()));
        }
        HeapPeak.startSampling();
        PageMutator mutator = new PageMutator(seed);
        long[] nanos = new long[mutations];
        int articles = 0;
        int rejected = 0;
        int escaped = 0;
        Map<String, String> examples = new LinkedHashMap<>();
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        Map<PageMutator.Kind, Integer> byKind = new EnumMap<>(PageMutator.Kind.class);
        long slowestNanos = -1;
        String slowest = "";
        for (int n = 0; n < mutations; n++) {
            BenchPages.Sample sample = pages.get(n % pages.size());
            PageMutator.Mutant mutant = mutator.mutate(sample.contentType(), sample.body());
            mutant.kinds().forEach(k -> byKind.merge(k, 1, Integer::sum));
            long t0 = System.nanoTime();
            Throwable failure = outcome(page(n, mutant.contentType(), mutant.body()));
            nanos[n] = System.nanoTime() - t0;
            if (failure == null) {
                articles++;
            } else if (failure instanceof IllegalArgumentException) {
                rejected++;
                reasons.merge(String.valueOf(failure.getMessage()).replaceAll("[0-9]+", "N").replaceFirst(":.*", ""), 1, Integer::sum);
            } else {
                escaped++;
                examples.putIfAbsent(failure.getClass().getName(), sample.name() + " " + mutant.kinds() + ": " + failure.getMessage());
            }
            if (saveTo != null && (nanos[n] > SLOW_NANOS || failure != null && !(failure instanceof IllegalArgumentException))) {
                save(saveTo, n, mutant);
            }
            if (nanos[n] > slowestNanos) {
                slowestNanos = nanos[n];
                slowest = sample.name() + " " + mutant.kinds() + ", " + (mutant.body().length() >> 10) + " KB";
            }
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int over = (int) Arrays.stream(nanos).filter(t -> t > SLOW_NANOS).count();
        System.gc();
        return new Result(mutations, pages.size(), articles, rejected, reasons, escaped, examples,
                millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)), millis(sorted[sorted.length - 1]), over, slowest,
                HeapPeak.peakBytes(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                Runtime.getRuntime().maxMemory(), byKind);
    }

    /** Null when the page became an article, otherwise what was thrown. */
    private Throwable outcome(RawPage page) {
        try {
            SiteMemory memory = SiteMemory.fromBytes(SiteMemory.empty().toBytes());
            pipeline.process(page, memory, true);
            SiteMemory.fromBytes(memory.toBytes());
            return null;
        } catch (Throwable e) {
            return e;
        }
    }

    private static void save(Path dir, int n, PageMutator.Mutant mutant) {
        try {
            Files.createDirectories(dir);
            boolean text = mutant.contentType() != null && mutant.contentType().startsWith("text/plain");
            Files.write(dir.resolve("mutant-" + n + (text ? ".txt" : ".html")), mutant.body().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RawPage page(int n, String contentType, String body) {
        String url = "https://fuzz" + n + ".example/page";
        return new RawPage(RawPage.SCHEMA_VERSION, url, url, "fuzz", Instant.now(), 200, contentType, "UTF-8", body,
                null, null, null, null);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
