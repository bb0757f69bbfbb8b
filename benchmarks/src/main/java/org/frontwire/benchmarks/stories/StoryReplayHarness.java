package org.frontwire.benchmarks.stories;

import java.time.Duration;
import java.util.Locale;
import org.frontwire.processors.stories.StoryReplay;
import org.frontwire.processors.stories.StorySettings;

/**
 * Replays synthetic articles (default 200,000, about 3,000 a day, many stories) through the story clustering core
 * and prints, per 10,000 articles, the time per article (wall clock and this thread's CPU), the heap in use after a collection and the stories kept:
 * the time should stay flat and the heap bounded however many stories have been seen.
 * <p>
 * {@code java -Xmx512m -cp ... org.frontwire.benchmarks.stories.StoryReplayHarness [articles]}
 */
public final class StoryReplayHarness {
    private static final int STEP = 10_000;

    private StoryReplayHarness() {}

    public static void main(String[] args) {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        SyntheticStories generator = new SyntheticStories(42, Duration.ofSeconds(29));
        StoryReplay replay = new StoryReplay(StorySettings.defaults());
        Runtime rt = Runtime.getRuntime();
        System.out.println("articles\tus/article (wall)\tus/article (cpu)\theap MB\tstories kept\tstories made");
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long joined = 0;
        for (int done = 0; done < total; done += STEP) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < STEP; i++) {
                if (!replay.assign(generator.next()).created()) {
                    joined++;
                }
            }
            double us = (System.nanoTime() - t0) / 1_000.0 / STEP;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1_000.0 / STEP;
            System.gc();
            long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
            System.out.printf(Locale.ROOT, "%d\t%.1f\t%.1f\t%d\t%d\t%d%n", done + STEP, us, cpu, heap, replay.storiesKept(), generator.storiesMade());
        }
        System.out.printf(Locale.ROOT, "joined %d of %d articles to an earlier story%n", joined, total);
    }
}
