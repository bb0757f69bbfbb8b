package org.frontwire.benchmarks.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The ratios of {@link ExtractionBenchmark} on a shared machine: the same passes (Jsoup.parse alone, extraction, the
 * whole pipeline) taken in turn, round after round, each timed by the thread's CPU time, so that what other processes
 * do between passes changes neither side of a ratio. Prints the median ms per pass and the ratios to the parse.
 * The passes are first run in turn for {@value #DEFAULT_WARM_UP_SECONDS} seconds unless told otherwise, so that the
 * compiler has done with them, as JMH's warm-up (five iterations of ten seconds per benchmark) lets it: five passes
 * each, as this harness once did, left the pipeline's larger code half compiled and its ratio 5 to 10 % higher.
 * <pre>java -cp benchmarks/target/benchmarks.jar org.frontwire.benchmarks.extract.PipelineCpuRatio [dev|multilingual] [ROUNDS] [WARM_UP_SECONDS]</pre>
 */
public final class PipelineCpuRatio {
    static final int DEFAULT_WARM_UP_SECONDS = 60;

    private PipelineCpuRatio() {}

    public static void main(String[] args) throws Exception {
        String corpus = args.length > 0 ? args[0] : "dev";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        long warmUpNanos = (args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_WARM_UP_SECONDS) * 1_000_000_000L;
        ExtractionBenchmark b = new ExtractionBenchmark();
        b.corpus = corpus;
        b.load();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String[] names = {"jsoupParse", "extract", "pipeline"};
        Runnable[] passes = {() -> b.jsoupParse(bh), () -> b.extract(bh), () -> b.pipeline(bh)};
        int warmRounds = 0;
        for (long start = System.nanoTime(); warmRounds < 5 || System.nanoTime() - start < warmUpNanos; warmRounds++) {
            for (Runnable pass : passes) {
                pass.run();
            }
        }
        List<double[]> ms = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double[] round = new double[passes.length];
            for (int i = 0; i < passes.length; i++) {
                long start = threads.getCurrentThreadCpuTime();
                passes[i].run();
                round[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
            }
            ms.add(round);
        }
        double[] median = new double[passes.length];
        for (int i = 0; i < passes.length; i++) {
            int k = i;
            median[i] = median(ms.stream().mapToDouble(r -> r[k]).toArray());
        }
        double extractRatio = median(ms.stream().mapToDouble(r -> r[1] / r[0]).toArray());
        double pipelineRatio = median(ms.stream().mapToDouble(r -> r[2] / r[0]).toArray());
        System.out.printf(Locale.ROOT, "%s: %d pages, %d rounds after %d of warm-up, CPU ms per pass (median): %s %.1f, %s %.1f, %s %.1f%n", corpus,
                b.pageCount(), rounds, warmRounds, names[0], median[0], names[1], median[1], names[2], median[2]);
        System.out.printf(Locale.ROOT, "%s: extract / jsoupParse = %.2f, pipeline / jsoupParse = %.2f (medians of the rounds' ratios)%n",
                corpus, extractRatio, pipelineRatio);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
