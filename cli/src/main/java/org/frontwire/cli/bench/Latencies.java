package org.frontwire.cli.bench;

import java.util.Arrays;

/** Collects latencies in milliseconds and reports percentiles. */
final class Latencies {
    private long[] values = new long[1024];
    private int size;

    void add(long millis) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
    }

    int count() {
        return size;
    }

    long percentile(double p) {
        if (size == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, index))];
    }

    String summary() {
        return String.format("p50 %d ms, p95 %d ms, p99 %d ms (%d articles)", percentile(50), percentile(95), percentile(99), size);
    }
}
