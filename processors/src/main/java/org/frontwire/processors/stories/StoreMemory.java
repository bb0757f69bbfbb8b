package org.frontwire.processors.stories;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * {@link StoryMemory} in two window stores filed by anchor time, so that segments older than the retention are
 * dropped by the stores themselves: the index (key to story ids, duplicates kept) and the story states.
 */
final class StoreMemory implements StoryMemory {
    private final WindowStore<String, String> index;
    private final WindowStore<String, StoryState> states;

    StoreMemory(WindowStore<String, String> index, WindowStore<String, StoryState> states) {
        this.index = index;
        this.states = states;
    }

    @Override
    public List<Posting> postings(String key, long from, long to, int limit) {
        List<Posting> out = new ArrayList<>();
        try (WindowStoreIterator<String> it = index.fetch(key, Math.max(0, from), to)) {
            while (it.hasNext() && out.size() < limit) {
                KeyValue<Long, String> kv = it.next();
                out.add(new Posting(kv.value, kv.key));
            }
        }
        return out;
    }

    @Override
    public void post(String key, Posting posting) {
        index.put(key, posting.storyId(), posting.anchor());
    }

    @Override
    public StoryState story(String storyId, long anchor) {
        return states.fetch(storyId, anchor);
    }

    @Override
    public void save(StoryState state) {
        states.put(state.story().id(), state, state.anchor());
    }
}
