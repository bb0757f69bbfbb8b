package org.frontwire.ingest;

import static org.frontwire.config.ConfigKeys.*;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.frontwire.config.ConfigValues;
import org.frontwire.broker.EmbeddedKafka;
import org.frontwire.ingest.fetch.ContentPolicy;
import org.frontwire.ingest.fetch.FetchResult;
import org.frontwire.ingest.fetch.PageFetcher;
import org.frontwire.ingest.fetch.PoliteScheduler;
import org.frontwire.ingest.fetch.Validators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages per second from 50 local hosts (127.0.0.1 … 127.0.0.50, all loopback on Linux) with politeness delay 0, and
 * the memory used. Run: {@code mvn -o -q -pl ingest test -Dtest=IngestThroughputHarness -Dingest.excludedGroups=none}
 */
@Tag("benchmark")
class IngestThroughputHarness {
    static final int HOSTS = 50;
    static final int PAGES_PER_HOST = Integer.getInteger("pagesPerHost", 60);
    static final int THREADS = Integer.getInteger("fetchThreads", 16);

    @Test
    void measure(@TempDir Path dir) throws Exception {
        List<TestWeb> hosts = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        String body = TestWeb.html("Benchmark story", "<p>lorem ipsum dolor sit amet, consectetur adipiscing.</p>".repeat(300));
        for (int h = 1; h <= HOSTS; h++) {
            TestWeb web = new TestWeb("127.0.0." + h);
            web.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
            for (int p = 0; p < PAGES_PER_HOST; p++) {
                web.page("/story/" + p, "text/html; charset=utf-8", body);
                urls.add(web.url("/story/" + p));
            }
            hosts.add(web);
        }
        IngestSettings settings = IngestSettings.from(ConfigValues.defaults()
                .with(INGEST_ALLOW_PRIVATE_ADDRESSES, "true").with(INGEST_POLITENESS_DELAY_MS, "0")
                .with(INGEST_FETCH_THREADS, String.valueOf(THREADS)));
        System.out.printf("%d hosts x %d pages = %d pages of %d bytes, %d fetch threads, politeness delay 0%n",
                HOSTS, PAGES_PER_HOST, urls.size(), body.length(), THREADS);

        fetchOnly(settings, urls);
        fetchOnly(settings, urls);

        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            Path seeds = dir.resolve("bench.urls");
            Files.write(seeds, urls);
            Map<String, Object> config = Map.of("bootstrap.servers", kafka.bootstrapServers());
            resetPeak();
            long start = System.nanoTime();
            IngestReport report;
            try (Ingestor ingestor = new Ingestor(settings, config)) {
                report = ingestor.ingestOnce(List.of(seeds.toString()));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("fetch + publish to Kafka (ingestOnce of a seed list, robots.txt per host, seen-URL store): "
                            + "%d published, %d failed in %.2f s = %.0f pages/s%n",
                    report.published(), report.failed(), seconds, report.published() / seconds);
            printMemory();
        } finally {
            hosts.forEach(TestWeb::close);
        }
    }

    private static void fetchOnly(IngestSettings settings, List<String> urls) {
        PageFetcher fetcher = new PageFetcher(settings);
        resetPeak();
        long start = System.nanoTime();
        int ok = 0;
        try (PoliteScheduler scheduler = new PoliteScheduler(settings.fetchThreads(), fetcher::politenessDelay)) {
            List<CompletableFuture<FetchResult>> all = new ArrayList<>();
            for (String url : urls) {
                URI uri = URI.create(url);
                all.add(scheduler.submit(PageFetcher.hostKey(uri), () -> fetcher.fetch(uri, Validators.NONE, ContentPolicy.PAGES)));
            }
            for (CompletableFuture<FetchResult> f : all) {
                ok += f.join().fetched() ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("fetch only (PageFetcher + PoliteScheduler): %d pages in %.2f s = %.0f pages/s%n", ok, seconds, ok / seconds);
        printMemory();
    }

    private static void resetPeak() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static void printMemory() {
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("  memory: peak heap %d MB (sum of pool peaks), heap after GC %d MB, process RSS %s, peak RSS %s"
                        + " (the 50 test servers run in the same JVM)%n",
                peakHeap >> 20, heapAfterGc >> 20, procStatus("VmRSS"), procStatus("VmHWM"));
    }

    private static String procStatus(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith(field + ":")).map(l -> l.substring(field.length() + 1).trim())
                    .findFirst().orElse("n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }
}
