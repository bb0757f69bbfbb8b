package org.frontwire.cli.child;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap use of this JVM: the total heap in use, sampled every 50 ms once {@link #startSampling()} ran, and the
 * most that was still live after a garbage collection.
 */
public final class HeapPeak {
    public static final String LINE_PREFIX = "processor heap:";
    private static final AtomicLong PEAK = new AtomicLong();

    private HeapPeak() {}

    public static void startSampling() {
        Thread sampler = new Thread(() -> {
            while (true) {
                PEAK.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    public static long peakBytes() {
        return PEAK.get();
    }

    public static long peakAfterGcBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getCollectionUsage)
                .filter(u -> u != null)
                .mapToLong(MemoryUsage::getUsed)
                .sum();
    }

    /** The line {@code process} prints when it stops, which the benchmark reads. */
    public static String report() {
        return String.format("%s peak in use %d MB, peak live after GC %d MB, max %d MB", LINE_PREFIX, peakBytes() >> 20,
                peakAfterGcBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
