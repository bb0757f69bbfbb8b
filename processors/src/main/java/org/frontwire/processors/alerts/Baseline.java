package org.frontwire.processors.alerts;

/**
 * A conflict's trailing baseline of new stories per window and the count a window must reach to be a surge:
 * {@code max(minStories, factor × mean, mean + deviations × stddev)}.
 *
 * @param windows how many windows of history it covers (windows without a new story count as zero)
 */
record Baseline(int windows, double mean, double stddev, double threshold) {

    /** @param sum the new stories in those windows, {@code sumOfSquares} the sum of each window's count squared */
    static Baseline of(int windows, long sum, long sumOfSquares, AlertSettings settings) {
        double mean = windows == 0 ? 0 : (double) sum / windows;
        double variance = windows == 0 ? 0 : (double) sumOfSquares / windows - mean * mean;
        double stddev = Math.sqrt(Math.max(0, variance));
        double threshold = Math.max(settings.minStories(),
                Math.max(settings.factor() * mean, mean + settings.deviations() * stddev));
        return new Baseline(windows, mean, stddev, threshold);
    }
}
