package org.frontwire.cli.child;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.function.Function;

/** Peak heap use of this JVM, summed over the heap pools: all allocations, and what was still live after GC. */
public final class HeapPeak {
    public static final String LINE_PREFIX = "processor heap:";

    private HeapPeak() {}

    public static void reset() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    public static long peakBytes() {
        return sum(MemoryPoolMXBean::getPeakUsage);
    }

    public static long peakAfterGcBytes() {
        return sum(MemoryPoolMXBean::getCollectionUsage);
    }

    /** The line {@code process} prints when it stops, which the benchmark reads. */
    public static String report() {
        return String.format("%s peak %d MB, peak live after GC %d MB, max %d MB", LINE_PREFIX, peakBytes() >> 20,
                peakAfterGcBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long sum(Function<MemoryPoolMXBean, MemoryUsage> usage) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(usage)
                .filter(u -> u != null)
                .mapToLong(MemoryUsage::getUsed)
                .sum();
    }
}
