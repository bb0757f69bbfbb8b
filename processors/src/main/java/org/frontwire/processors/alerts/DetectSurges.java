package org.frontwire.processors.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontwire.processors.state.TimeBucketStore;
import org.frontwire.records.Alert;
import org.frontwire.records.JsonSerde;

/**
 * Counts new stories per conflict per window, keeps each window's stories with their latest size, and judges each
 * window once stream time (event time, the maximum seen by this task) has passed its end plus the grace: a window
 * surges when its count reaches the threshold of the conflict's trailing {@link Baseline}, and the first window of a
 * surge makes an alert. Windows are judged in order, per conflict, so the same input gives the same alerts.
 *
 * <p>A new story whose window is already judged is late and not counted; a first update seen twice counts once; a
 * later update of a story only changes the size its window's top stories are ranked by, until the window is judged.
 */
final class DetectSurges implements Processor<String, StorySize, String, Alert> {
    static final String SINCE_KEY = "since";

    private final AlertSettings settings;
    private final long window;
    private final long grace;
    private ProcessorContext<String, Alert> context;
    private TimeBucketStore<String, Long> counts;
    private TimeBucketStore<String, StorySize> stories;
    private KeyValueStore<String, SurgeState> states;
    private KeyValueStore<String, Long> since;
    /** The first window this task saw ({@link #since}'s one value), read once. */
    private Long firstWindow;
    /** Stream time at which the next window closes; not state: after a restart the first record recomputes it. */
    private long nextClose = Long.MIN_VALUE;

    DetectSurges(AlertSettings settings) {
        this.settings = settings;
        this.window = settings.windowMs();
        this.grace = settings.grace().toMillis();
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        Duration window = settings.window();
        // counts are kept as far back as the baseline reaches, stories for one window and its grace
        this.counts = new TimeBucketStore<>(context.getStateStore(SurgeAlerts.NEW_STORIES_STORE), Serdes.String(), Serdes.Long(),
                window, window.multipliedBy(settings.baselineWindows() + 2L).plus(settings.grace()));
        this.stories = new TimeBucketStore<>(context.getStateStore(SurgeAlerts.WINDOW_STORIES_STORE), Serdes.String(),
                new JsonSerde<>(StorySize.class), window, window.multipliedBy(2).plus(settings.grace()));
        this.states = context.getStateStore(SurgeAlerts.SURGE_STATE_STORE);
        this.since = context.getStateStore(SurgeAlerts.SINCE_STORE);
    }

    @Override
    public void process(Record<String, StorySize> record) {
        long now = Math.max(context.currentStreamTimeMs(), record.timestamp());
        if (firstWindow == null) {
            firstWindow = since.get(SINCE_KEY);
            if (firstWindow == null) {
                firstWindow = windowStart(now);
                since.put(SINCE_KEY, firstWindow);
            }
        }
        judgeClosedWindows(now);

        String conflict = record.key();
        StorySize story = record.value();
        if (conflict == null || story == null || story.firstSeen() == null) {
            return;
        }
        long start = windowStart(story.firstSeen().toEpochMilli());
        if (start + window <= closedBoundary(now)) {
            return;
        }
        if (states.get(conflict) == null) {
            states.put(conflict, new SurgeState(closedBoundary(now), false));
        }
        String storyKey = storyKey(conflict, story.id());
        boolean known = stories.get(storyKey, start) != null;
        if (story.isNew() && !known) {
            Long count = counts.get(conflict, start);
            counts.put(conflict, start, count == null ? 1L : count + 1);
            stories.put(storyKey, start, story);
        } else if (known) {
            stories.put(storyKey, start, story);
        }
    }

    /** Judges, for every conflict of this task, the windows that stream time {@code now} has closed. */
    private void judgeClosedWindows(long now) {
        if (now < nextClose) {
            return;
        }
        long boundary = closedBoundary(now);
        List<KeyValue<String, SurgeState>> open = new ArrayList<>();
        try (KeyValueIterator<String, SurgeState> it = states.all()) {
            while (it.hasNext()) {
                KeyValue<String, SurgeState> next = it.next();
                if (next.value.closedUntil() < boundary) {
                    open.add(next);
                }
            }
        }
        for (KeyValue<String, SurgeState> conflict : open) {
            states.put(conflict.key, judge(conflict.key, conflict.value, boundary));
        }
        nextClose = boundary + window + grace;
    }

    /** Judges the conflict's windows from where it stood to {@code boundary}, writing an alert where a surge starts. */
    private SurgeState judge(String conflict, SurgeState state, long boundary) {
        boolean surging = state.surging();
        long expected = state.closedUntil();
        for (TimeBucketStore.Entry<String, Long> w : counted(conflict, state.closedUntil(), boundary - window)) {
            long start = w.bucket();
            if (start > expected) {
                surging = false;
            }
            Baseline baseline = baselineBefore(conflict, start);
            if (baseline.windows() >= settings.warmUpWindows() && w.value() >= baseline.threshold()) {
                if (!surging) {
                    alert(conflict, start, w.value(), baseline);
                }
                surging = true;
            } else {
                surging = false;
            }
            expected = start + window;
        }
        return new SurgeState(boundary, surging && expected >= boundary);
    }

    /** The windows before {@code start}, back to the baseline's reach but not before this task first saw a story. */
    private Baseline baselineBefore(String conflict, long start) {
        long from = Math.max(start - settings.baselineWindows() * window, firstWindow);
        int windows = (int) Math.max(0, (start - from) / window);
        long sum = 0;
        long squares = 0;
        if (windows > 0) {
            for (TimeBucketStore.Entry<String, Long> w : counted(conflict, from, start - window)) {
                long n = w.value();
                sum += n;
                squares += n * n;
            }
        }
        return Baseline.of(windows, sum, squares, settings);
    }

    private void alert(String conflict, long start, long count, Baseline baseline) {
        List<StorySize> ofWindow = new ArrayList<>();
        stories.range(storyKey(conflict, ""), storyKeyAfter(conflict), start).forEach(e -> ofWindow.add(e.value()));
        ofWindow.sort(StorySize.BIGGEST_FIRST);
        List<Alert.AlertStory> top = ofWindow.stream().limit(settings.topStories()).map(StorySize::toAlertStory).toList();
        Alert alert = new Alert(Alert.SCHEMA_VERSION, conflict, Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + window),
                (int) count, rounded(baseline.mean()), rounded(baseline.threshold()), top);
        context.forward(new Record<>(conflict, alert, start + window));
    }

    /** The conflict's counted windows starting in {@code [from, to]} and not expired, oldest first. */
    private List<TimeBucketStore.Entry<String, Long>> counted(String conflict, long from, long to) {
        long live = counts.earliestLive();
        return counts.fetch(conflict, from, to).stream().filter(w -> w.bucket() >= live).toList();
    }

    private long windowStart(long time) {
        return Math.floorDiv(time, window) * window;
    }

    /** The end of the last window that stream time {@code now} has closed. */
    private long closedBoundary(long now) {
        return windowStart(now - grace);
    }

    /** A conflict's stories sort together: {@code conflict/storyId}; slugs have no {@code /}. */
    static String storyKey(String conflict, String storyId) {
        return conflict + "/" + storyId;
    }

    /** The first key after all of a conflict's story keys ({@code 0} follows {@code /}). */
    private static String storyKeyAfter(String conflict) {
        return conflict + "0";
    }

    private static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
