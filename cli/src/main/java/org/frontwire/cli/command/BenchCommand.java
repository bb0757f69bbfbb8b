package org.frontwire.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontwire.cli.config.FrontwireConfig;
import picocli.CommandLine;
import java.util.concurrent.Callable;
import org.frontwire.cli.bench.PipelineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.frontwire.config.FrontwireTopic;
import org.frontwire.config.ConfigKeys;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the whole pipeline's throughput, latency and heap on your pages.",
                "Publishes a warm-up, N measured raw pages and a margin behind them, runs the processor (exactly-once)",
                "and prints pages/s sustained over the N while every partition still has input,",
                "raw→output latency p50/p95/p99 at full and half load, heap peak, and the single-thread",
                "offline rates of extract and of Jsoup.parse alone over the same pages."})
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--pages", paramLabel = "DIR", defaultValue = "samples/pages",
            description = "Folder of pages to cycle through (.html, .txt, optionally .gz). Default: ${DEFAULT-VALUE}, "
                    + "the sample pages shipped with the project; give a larger folder for figures worth quoting.")
    Path pages;

    @Option(names = "--count", paramLabel = "N", defaultValue = "20000",
            description = {"Raw pages to measure (default: ${DEFAULT-VALUE}); half as many as these and the warm-up",
                    "together are published behind them, so that every partition has input while they are measured."})
    int count;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "20000",
            description = {"Pages published before the measured ones and drained first, so the rate is the warm",
                    "processor's, as the offline rate is: on two cores its JIT compiler works for the first 90-110 s",
                    "(default: ${DEFAULT-VALUE}; 0 measures from the first article)."})
    int warmUp;

    @Option(names = "--load-seconds", paramLabel = "S", defaultValue = "20",
            description = "Duration of each latency phase (full and half load; default: ${DEFAULT-VALUE}).")
    int loadSeconds;

    @Option(names = "--offline-seconds", paramLabel = "S", defaultValue = "10",
            description = "Time each offline rate is measured for, in turn with the others, after a warm-up of twice that at least, longer until the JIT has settled (default: ${DEFAULT-VALUE}).")
    int offlineSeconds;

    @Option(names = "--sweep", paramLabel = "POINTS", arity = "0..1", fallbackValue = DEFAULT_SWEEP,
            description = {"Tuning sweep instead: only the backlog phase, once per point. Points are separated by ';',",
                    "each a list of key=value: partitions, threads, instances, or any configuration key.",
                    "Without a value: " + DEFAULT_SWEEP})
    String sweep;

    static final String DEFAULT_SWEEP = "partitions=1,threads=1,instances=1; partitions=2,threads=2,instances=1;"
            + " partitions=4,threads=2,instances=1; partitions=4,threads=4,instances=1; partitions=4,threads=1,instances=2;"
            + " partitions=8,threads=2,instances=2; partitions=4,threads=2,instances=1,processor.commit-interval-ms=100;"
            + " partitions=4,threads=2,instances=1,processor.commit-interval-ms=1000;"
            + " partitions=4,threads=2,instances=1,processor.compression-type=zstd;"
            + " partitions=4,threads=2,instances=1,processor.repartition-by-site=true";

    @Override
    public Integer call() throws Exception {
        if (sweep != null) {
            return sweep();
        }
        new PipelineBenchmark(config(Map.of()), ProcessCommand.class, warmUp).run(pages, count, loadSeconds, offlineSeconds, System.out);
        return 0;
    }

    private int sweep() throws Exception {
        List<String> rows = new ArrayList<>();
        for (String point : sweep.split(";")) {
            Map<String, String> settings = new LinkedHashMap<>();
            int instances = 1;
            for (String pair : point.strip().split(",")) {
                String[] kv = pair.strip().split("=", 2);
                if (kv.length != 2) {
                    throw new CommandLine.ParameterException(new CommandLine(this), "a sweep point needs key=value pairs: " + point);
                }
                switch (kv[0]) {
                    case "partitions" -> settings.put(ConfigKeys.TOPICS_PARTITIONS, kv[1]);
                    case "threads" -> settings.put(ConfigKeys.PROCESSOR_THREADS, kv[1]);
                    case "instances" -> instances = Integer.parseInt(kv[1]);
                    default -> settings.put(kv[0], kv[1]);
                }
            }
            System.out.println("sweep point: " + point.strip());
            double rate = new PipelineBenchmark(config(settings), ProcessCommand.class, warmUp).backlogRate(pages, count, instances, System.out);
            rows.add(String.format(Locale.ROOT, "%-80s %6.0f pages/s", point.strip(), rate));
        }
        System.out.printf("sweep: %d pages per point, %d cores%n", count, Runtime.getRuntime().availableProcessors());
        rows.forEach(System.out::println);
        return 0;
    }

    /** The configuration with fresh topics and application id, so runs never share state. */
    private FrontwireConfig config(Map<String, String> settings) {
        String run = "bench-" + System.nanoTime();
        Map<String, String> overrides = new HashMap<>(settings);
        for (FrontwireTopic topic : FrontwireTopic.values()) {
            overrides.put(topic.nameKey(), run + "." + topic.label());
        }
        overrides.put(ConfigKeys.PROCESSOR_APPLICATION_ID, run);
        return common.config(overrides);
    }
}
