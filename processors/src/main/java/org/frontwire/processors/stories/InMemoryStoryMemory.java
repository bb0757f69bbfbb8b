package org.frontwire.processors.stories;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link StoryMemory} in maps, for {@code extract} and replays: entries are dropped once their anchor is older than
 * the retention behind the latest anchor seen, in hourly segments, as the stream's window stores do.
 */
public final class InMemoryStoryMemory implements StoryMemory {
    private static final long SEGMENT = Duration.ofHours(1).toMillis();

    private final long retention;
    /** Index keys a replay of a few dozen articles posts, before the tables first grow. */
    private static final int INITIAL_KEYS = 1 << 12;

    private final Map<String, List<Posting>> postings = new HashMap<>(INITIAL_KEYS);
    private final Map<String, StoryState> stories = new HashMap<>();
    /** The keys posted to in each segment, once per posting: a key read twice at expiry finds nothing more to drop. */
    private final TreeMap<Long, List<String>> postingKeysBySegment = new TreeMap<>();
    private final TreeMap<Long, Set<String>> storiesBySegment = new TreeMap<>();
    private long streamTime = Long.MIN_VALUE;
    /** The segment posted to last and its keys (a story posts its keys under one anchor in a row). */
    private long lastSegment;
    private List<String> lastSegmentKeys;

    public InMemoryStoryMemory(Duration retention) {
        this.retention = retention.toMillis();
    }

    @Override
    public List<Posting> postings(String key, long from, long to, int limit) {
        List<Posting> all = postings.get(key);
        if (all == null) {
            return List.of();
        }
        List<Posting> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Posting p = all.get(i);
            if (p.anchor() >= from && p.anchor() <= to) {
                out.add(p);
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }

    @Override
    public void post(String key, Posting posting) {
        if (expired(posting.anchor())) {
            return;
        }
        List<Posting> list = postings.get(key);
        if (list == null) {
            list = new ArrayList<>(2);
            postings.put(key, list);
        }
        list.add(posting);
        long segment = posting.anchor() / SEGMENT;
        if (lastSegmentKeys == null || segment != lastSegment) {
            lastSegment = segment;
            lastSegmentKeys = postingKeysBySegment.computeIfAbsent(segment, s -> new ArrayList<>(INITIAL_KEYS / 4));
        }
        lastSegmentKeys.add(key);
        advance(posting.anchor());
    }

    @Override
    public StoryState story(String storyId, long anchor) {
        StoryState s = stories.get(storyId);
        return s != null && s.anchor() == anchor ? s : null;
    }

    @Override
    public void save(StoryState state) {
        if (expired(state.anchor())) {
            return;
        }
        stories.put(state.story().id(), state);
        storiesBySegment.computeIfAbsent(state.anchor() / SEGMENT, s -> new HashSet<>()).add(state.story().id());
        advance(state.anchor());
    }

    /** Stories kept now (for tests and the replay harness). */
    public int storyCount() {
        return stories.size();
    }

    private boolean expired(long anchor) {
        return streamTime != Long.MIN_VALUE && anchor < streamTime - retention;
    }

    private void advance(long time) {
        if (time <= streamTime) {
            return;
        }
        streamTime = time;
        long oldestKept = (streamTime - retention) / SEGMENT;
        while (!storiesBySegment.isEmpty() && storiesBySegment.firstKey() < oldestKept) {
            storiesBySegment.pollFirstEntry().getValue().forEach(stories::remove);
        }
        long cutoff = oldestKept * SEGMENT;
        while (!postingKeysBySegment.isEmpty() && postingKeysBySegment.firstKey() < oldestKept) {
            lastSegmentKeys = null;
            for (String key : postingKeysBySegment.pollFirstEntry().getValue()) {
                List<Posting> list = postings.get(key);
                if (list != null) {
                    list.removeIf(p -> p.anchor() < cutoff);
                    if (list.isEmpty()) {
                        postings.remove(key);
                    }
                }
            }
        }
    }
}
