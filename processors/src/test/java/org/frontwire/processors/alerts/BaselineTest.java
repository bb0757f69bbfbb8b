package org.frontwire.processors.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BaselineTest {
    private static final AlertSettings DEFAULTS = AlertSettings.defaults();

    @Test
    void theThresholdIsTheHighestOfTheFloorTheFactorAndTheDeviations() {
        // 2, 2, 2, 2: mean 2, no deviation: 3 × 2 wins over the floor of 5
        assertThat(Baseline.of(4, 8, 16, DEFAULTS).threshold()).isEqualTo(6.0);
        // nothing at all: the floor
        Baseline quiet = Baseline.of(24, 0, 0, DEFAULTS);
        assertThat(quiet.mean()).isZero();
        assertThat(quiet.threshold()).isEqualTo(5.0);
        // 0, 10, 0, 10: mean 5, deviation 5: 5 + 3 × 5 = 20 wins over 3 × 5
        Baseline bursty = Baseline.of(4, 20, 200, DEFAULTS);
        assertThat(bursty.stddev()).isCloseTo(5.0, within(1e-9));
        assertThat(bursty.threshold()).isCloseTo(20.0, within(1e-9));
        assertThat(Baseline.of(0, 0, 0, DEFAULTS).threshold()).isEqualTo(5.0);
    }

    @Test
    void settingsCountWholeWindowsAndRefuseWhatCannotWork() {
        assertThat(DEFAULTS.baselineWindows()).isEqualTo(168);
        assertThat(DEFAULTS.warmUpWindows()).isEqualTo(24);
        assertThat(DEFAULTS.withTimes(Duration.ofMinutes(45), Duration.ZERO, Duration.ofHours(3), Duration.ofMinutes(50))
                .warmUpWindows()).isEqualTo(2);
        assertThatThrownBy(() -> DEFAULTS.withTimes(Duration.ofMinutes(50), Duration.ZERO, Duration.ofHours(1), Duration.ZERO))
                .hasMessageContaining("whole number of windows");
        assertThatThrownBy(() -> DEFAULTS.withTimes(Duration.ZERO, Duration.ZERO, Duration.ofHours(1), Duration.ZERO))
                .hasMessageContaining("alerts.window-minutes must be positive");
        assertThatThrownBy(() -> DEFAULTS.withThresholds(0, 3, 3)).hasMessageContaining("alerts.min-stories");
        assertThatThrownBy(() -> DEFAULTS.withTimes(Duration.ofHours(1), Duration.ZERO, Duration.ofDays(1), Duration.ofDays(2)))
                .hasMessageContaining("alerts.warm-up-hours");
    }
}
