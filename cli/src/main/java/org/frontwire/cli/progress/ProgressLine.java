package org.frontwire.cli.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders one progress line from the counters, for example
 * {@code 00:01:05  pages in 120 · out 115/120: 112 articles (armenia-azerbaijan 80, none 30, +1 more) · 3 dead letters · 2 errors · 4.2 articles/s (avg 1.7)}.
 * The busiest {@code maxTopics} topics are named, the rest counted, so the line stays short enough to redraw in place.
 */
public final class ProgressLine {
    private final int maxTopics;

    public ProgressLine(int maxTopics) {
        this.maxTopics = maxTopics;
    }

    /**
     * @param now         the counters now
     * @param elapsed     since the run started
     * @param before      the counters at the previous line (for the current rate)
     * @param sinceBefore time since the previous line
     */
    public String render(ProgressCounts now, Duration elapsed, ProgressCounts before, Duration sinceBefore) {
        StringBuilder line = new StringBuilder();
        long s = elapsed.toSeconds();
        line.append(String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60));
        line.append("  pages in ").append(now.pagesIn());
        line.append(" · ");
        if (now.expected() >= 0) {
            line.append("out ").append(now.processed()).append('/').append(now.expected()).append(": ");
        }
        line.append(now.articles()).append(now.articles() == 1 ? " article" : " articles");
        if (!now.perTopic().isEmpty()) {
            line.append(" (").append(topics(now.perTopic())).append(')');
        }
        line.append(" · ").append(now.deadLetters()).append(now.deadLetters() == 1 ? " dead letter" : " dead letters");
        line.append(" · ").append(now.errors()).append(now.errors() == 1 ? " error" : " errors");
        line.append(" · ").append(rate(now.articles() - before.articles(), sinceBefore)).append(" articles/s");
        line.append(" (avg ").append(rate(now.articles(), elapsed)).append(')');
        return line.toString();
    }

    private String topics(Map<String, Integer> perTopic) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(perTopic.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size() && i < maxTopics; i++) {
            parts.add(sorted.get(i).getKey() + " " + sorted.get(i).getValue());
        }
        if (sorted.size() > maxTopics) {
            parts.add("+" + (sorted.size() - maxTopics) + " more");
        }
        return String.join(", ", parts);
    }

    static String rate(long count, Duration over) {
        double seconds = over.toNanos() / 1e9;
        double r = seconds <= 0 ? 0 : Math.max(0, count) / seconds;
        return String.format(Locale.ROOT, r >= 100 ? "%.0f" : "%.1f", r);
    }
}
