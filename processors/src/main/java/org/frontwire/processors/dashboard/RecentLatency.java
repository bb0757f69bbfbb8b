package org.frontwire.processors.dashboard;

import java.time.Instant;

/**
 * The latency percentiles to show. The timer's percentiles cover the last few minutes only and read 0 once no article
 * came out in that window; then the last figures measured are shown, with the time they were measured.
 */
final class RecentLatency {
    /** @param asOf null when measured over the current window, else when the figures were last measured */
    record Figures(Double p50Ms, Double p99Ms, Instant asOf) {
        static final Figures NONE = new Figures(null, null, null);
    }

    private Figures lastMeasured = Figures.NONE;
    private Instant lastMeasuredAt;

    /** @param p50Ms the timer's current window figure, 0 or NaN when the window is empty */
    synchronized Figures observe(Double p50Ms, Double p99Ms, Instant now) {
        if (measured(p50Ms) || measured(p99Ms)) {
            lastMeasured = new Figures(p50Ms, p99Ms, null);
            lastMeasuredAt = now;
            return lastMeasured;
        }
        if (lastMeasuredAt == null) {
            return Figures.NONE;
        }
        return new Figures(lastMeasured.p50Ms(), lastMeasured.p99Ms(), lastMeasuredAt);
    }

    private static boolean measured(Double ms) {
        return ms != null && !ms.isNaN() && ms > 0;
    }
}
