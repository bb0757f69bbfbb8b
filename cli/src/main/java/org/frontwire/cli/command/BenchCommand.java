package org.frontwire.cli.command;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.frontwire.cli.bench.PipelineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the whole pipeline: publish N raw pages, run the processor (exactly-once) and print",
                "pages/s sustained, raw→output latency p50/p95/p99 at full and half load, heap peak, and the",
                "single-thread offline rates of extract and of Jsoup.parse alone over the same pages."})
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--pages", paramLabel = "DIR", defaultValue = "../shared/eval/extraction-dev/html",
            description = "Folder of pages to cycle through (.html, .txt, optionally .gz). Default: ${DEFAULT-VALUE}")
    Path pages;

    @Option(names = "--count", paramLabel = "N", defaultValue = "20000", description = "Raw pages to publish (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--load-seconds", paramLabel = "S", defaultValue = "20",
            description = "Duration of each latency phase (full and half load; default: ${DEFAULT-VALUE}).")
    int loadSeconds;

    @Option(names = "--offline-seconds", paramLabel = "S", defaultValue = "10",
            description = "Duration of each offline rate measurement (default: ${DEFAULT-VALUE}).")
    int offlineSeconds;

    @Override
    public Integer call() throws Exception {
        String run = "bench-" + System.currentTimeMillis();
        var config = common.config(Map.of(
                "topics.raw-pages", run + ".raw-pages", "topics.articles", run + ".articles",
                "topics.articles-other", run + ".articles.other", "topics.dead-letter", run + ".dead-letter",
                "processor.application-id", run));
        new PipelineBenchmark(config).run(pages, count, loadSeconds, offlineSeconds, System.out);
        return 0;
    }
}
