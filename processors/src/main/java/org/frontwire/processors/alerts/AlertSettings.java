package org.frontwire.processors.alerts;

import static org.frontwire.config.ConfigKeys.*;

import java.time.Duration;
import org.frontwire.config.ConfigValues;
import org.frontwire.config.FrontwireTopic;
import org.frontwire.config.TopicSettings;

/**
 * How surges of new stories are detected (keys {@code alerts.*} in {@code frontwire.properties}).
 *
 * @param alertsTopic where alerts are written, keyed by conflict slug
 * @param window      the length of a counting window of event time (windows are aligned to the epoch)
 * @param grace       how far behind stream time a new story may arrive and still count in its window; a window is
 *                    judged (and its alert written) once stream time passes its end plus this
 * @param baseline    how far back the trailing baseline of a conflict reaches (a whole number of windows)
 * @param warmUp      how much history (since this partition was first seen) a window needs before it can surge
 * @param minStories  the floor: a window with fewer new stories never surges, whatever its baseline
 * @param factor      a surge has at least {@code factor} times the baseline's mean
 * @param deviations  and at least the mean plus {@code deviations} standard deviations
 * @param topStories  how many of the window's biggest stories an alert names
 */
public record AlertSettings(String alertsTopic, Duration window, Duration grace, Duration baseline, Duration warmUp,
                            int minStories, double factor, double deviations, int topStories) {

    public AlertSettings {
        if (alertsTopic == null || alertsTopic.isBlank()) {
            throw new IllegalArgumentException("topics.alerts must name a topic");
        }
        if (window.toMillis() <= 0) {
            throw new IllegalArgumentException("alerts.window-minutes must be positive, not " + window.toMinutes());
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("alerts.grace-minutes must not be negative, not " + grace.toMinutes());
        }
        if (baseline.compareTo(window) < 0 || baseline.toMillis() % window.toMillis() != 0) {
            throw new IllegalArgumentException("alerts.baseline-days must be a whole number of windows of at least one");
        }
        if (warmUp.isNegative() || warmUp.compareTo(baseline) > 0) {
            throw new IllegalArgumentException("alerts.warm-up-hours must be between 0 and the baseline");
        }
        if (minStories < 1) {
            throw new IllegalArgumentException("alerts.min-stories must be at least 1, not " + minStories);
        }
        if (factor < 0 || deviations < 0 || Double.isNaN(factor) || Double.isNaN(deviations)) {
            throw new IllegalArgumentException("alerts.factor and alerts.deviations must not be negative");
        }
        if (topStories < 0) {
            throw new IllegalArgumentException("alerts.top-stories must not be negative, not " + topStories);
        }
    }

    public static AlertSettings from(ConfigValues config) {
        return new AlertSettings(TopicSettings.from(config).name(FrontwireTopic.ALERTS),
                Duration.ofMinutes(config.getLong(ALERTS_WINDOW_MINUTES)), Duration.ofMinutes(config.getLong(ALERTS_GRACE_MINUTES)),
                Duration.ofDays(config.getLong(ALERTS_BASELINE_DAYS)), Duration.ofHours(config.getLong(ALERTS_WARM_UP_HOURS)),
                config.getInt(ALERTS_MIN_STORIES), config.getDouble(ALERTS_FACTOR), config.getDouble(ALERTS_DEVIATIONS),
                config.getInt(ALERTS_TOP_STORIES));
    }

    /** The defaults of {@code frontwire.properties}. */
    public static AlertSettings defaults() {
        return from(ConfigValues.defaults());
    }

    public long windowMs() {
        return window.toMillis();
    }

    /** Windows in the trailing baseline. */
    public int baselineWindows() {
        return (int) (baseline.toMillis() / window.toMillis());
    }

    /** Windows of history a window needs before it may surge (rounded up). */
    public int warmUpWindows() {
        return (int) ((warmUp.toMillis() + window.toMillis() - 1) / window.toMillis());
    }

    public AlertSettings withThresholds(int newMinStories, double newFactor, double newDeviations) {
        return new AlertSettings(alertsTopic, window, grace, baseline, warmUp, newMinStories, newFactor, newDeviations, topStories);
    }

    public AlertSettings withTimes(Duration newWindow, Duration newGrace, Duration newBaseline, Duration newWarmUp) {
        return new AlertSettings(alertsTopic, newWindow, newGrace, newBaseline, newWarmUp, minStories, factor, deviations, topStories);
    }
}
