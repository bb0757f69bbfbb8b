package org.frontwire.processors.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** After a quiet spell the dashboard shows the last known latency and when it was measured, never "0 ms". */
class RecentLatencyTest {
    static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void anEmptyWindowShowsTheLastKnownFiguresWithTheirTime() {
        RecentLatency latency = new RecentLatency();
        assertThat(latency.observe(0.0, 0.0, T0)).isEqualTo(RecentLatency.Figures.NONE);
        assertThat(latency.observe(120.0, 480.0, T0.plusSeconds(10)))
                .isEqualTo(new RecentLatency.Figures(120.0, 480.0, null));
        // what Micrometer's time-window percentiles read once the window holds no sample
        assertThat(latency.observe(0.0, 0.0, T0.plusSeconds(200)))
                .isEqualTo(new RecentLatency.Figures(120.0, 480.0, T0.plusSeconds(10)));
        assertThat(latency.observe(Double.NaN, null, T0.plusSeconds(300)).asOf()).isEqualTo(T0.plusSeconds(10));
        assertThat(latency.observe(90.0, 300.0, T0.plusSeconds(400)).asOf()).isNull();
    }

    @Test
    void theClusterShowsCurrentFiguresWhenAnyInstanceHasThem() {
        DashboardView quiet = view(new DashboardView.Stats(5, 0, 700.0, 900.0, null, T0));
        DashboardView busy = view(new DashboardView.Stats(5, 0, 100.0, 200.0, null, null));
        DashboardView.Stats merged = DashboardCluster.merge(quiet, List.of(busy)).stats();
        assertThat(merged.latencyP99Ms()).isEqualTo(200.0);
        assertThat(merged.latencyAsOf()).isNull();
        DashboardView.Stats stale = DashboardCluster.merge(quiet, List.of(quiet)).stats();
        assertThat(stale.latencyP99Ms()).isEqualTo(900.0);
        assertThat(stale.latencyAsOf()).isEqualTo(T0);
    }

    private static DashboardView view(DashboardView.Stats stats) {
        return new DashboardView(T0, "RUNNING", true, List.of(), List.of(), List.of(), Map.of(), stats, null, List.of());
    }
}
