package org.frontwire.ingest.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many page URLs one poll of a source may still take, shared by a sitemap index and its children. Items are taken
 * newest first (undated ones last, in document order), so a capped poll keeps the news.
 */
public final class ItemBudget {
    private static final Comparator<DiscoveredUrl> NEWEST_FIRST = Comparator.comparing(DiscoveredUrl::publishedAt,
            Comparator.nullsLast(Comparator.<Instant>reverseOrder()));

    private final int max;
    private final AtomicInteger left;

    public ItemBudget(int max) {
        this.max = max;
        this.left = new AtomicInteger(max);
    }

    public int max() {
        return max;
    }

    /** The newest items that fit in what is left; the list is returned as is when all fit. */
    public List<DiscoveredUrl> take(List<DiscoveredUrl> items) {
        int granted = grant(items.size());
        if (granted == items.size()) {
            return items;
        }
        List<DiscoveredUrl> sorted = new ArrayList<>(items);
        sorted.sort(NEWEST_FIRST); // stable: undated items keep their order
        return List.copyOf(sorted.subList(0, granted));
    }

    private int grant(int wanted) {
        while (true) {
            int now = left.get();
            int granted = Math.min(now, wanted);
            if (left.compareAndSet(now, now - granted)) {
                return granted;
            }
        }
    }
}
