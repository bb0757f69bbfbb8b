package org.frontwire.processors.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontwire.processors.state.TimeBucketStore;
import org.frontwire.records.SmileSerde;

/**
 * {@link StoryMemory} in three {@link TimeBucketStore}s filed by anchor time in buckets one window wide, so that
 * buckets older than the retention are dropped as the stores' stream time moves on: the index (key to the stories
 * posted under it, in anchor order, duplicates kept), the story states, and the states' member fingerprints apart
 * from them. A story is rewritten by every report that joins it, its members only by the first
 * {@value StoryState#MAX_MEMBERS}: kept in the state, they were three quarters of every rewrite of a grown story.
 * A state stored with its members inside (by an earlier version) is read with them.
 * <p>
 * The states this task read or saved last are also kept decoded ({@value #DECODED_STATES} at most, least recently
 * used dropped): a report reads up to {@code stories.max-candidates} states, and decoding their JSON was a third of
 * the clustering's cost in the stream. The task is the stores' only writer and every save goes through here, so a
 * kept state is the stored one; whether it is still live is asked of the store, as a read of it would.
 */
final class StoreMemory implements StoryMemory {
    static final int DECODED_STATES = 512;
    /** How story states are stored: only this task reads them back. */
    static final Serde<StoryState> STATE_SERDE = new SmileSerde<>(StoryState.class);
    static final Serde<Members> MEMBERS_SERDE = new SmileSerde<>(Members.class);

    private final TimeBucketStore<String, Postings> index;
    private final TimeBucketStore<String, StoryState> states;
    private final TimeBucketStore<String, Members> members;
    private final Map<String, StoryState> decoded = new LinkedHashMap<>(DECODED_STATES * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryState> eldest) {
            return size() > DECODED_STATES;
        }
    };

    /** The stories posted under one key in one bucket, by anchor (then by posting order). */
    record Postings(List<Posting> postings) {}

    /** A story's member fingerprints. */
    record Members(List<Fingerprint> fingerprints) {}

    StoreMemory(KeyValueStore<Bytes, byte[]> index, KeyValueStore<Bytes, byte[]> states, KeyValueStore<Bytes, byte[]> members,
                StorySettings settings) {
        this.index = new TimeBucketStore<>(index, Serdes.String(), new PostingsSerde(),
                settings.window(), StoryClustering.retention(settings));
        this.states = new TimeBucketStore<>(states, Serdes.String(), STATE_SERDE,
                settings.window(), StoryClustering.retention(settings));
        this.members = new TimeBucketStore<>(members, Serdes.String(), MEMBERS_SERDE,
                settings.window(), StoryClustering.retention(settings));
    }

    @Override
    public List<Posting> postings(String key, long from, long to, int limit) {
        long start = Math.max(Math.max(0, from), index.earliestLive());
        List<Posting> out = new ArrayList<>();
        for (TimeBucketStore.Entry<String, Postings> bucket : index.fetch(key, start, to)) {
            for (Posting p : bucket.value().postings()) {
                if (out.size() >= limit) {
                    return out;
                }
                if (p.anchor() >= start && p.anchor() <= to) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    @Override
    public void post(String key, Posting posting) {
        Postings kept = index.get(key, posting.anchor());
        List<Posting> list = kept == null ? new ArrayList<>(1) : new ArrayList<>(kept.postings());
        int at = list.size();
        while (at > 0 && list.get(at - 1).anchor() > posting.anchor()) {
            at--;
        }
        list.add(at, posting);
        index.put(key, posting.anchor(), new Postings(list));
    }

    @Override
    public StoryState story(String storyId, long anchor) {
        if (anchor < states.earliestLive()) {
            return null;
        }
        StoryState kept = decoded.get(storyId);
        if (kept != null && kept.anchor() == anchor) {
            return kept;
        }
        StoryState state = states.get(storyId, anchor);
        if (state == null || state.anchor() != anchor) {
            return null;
        }
        if (!state.members().isEmpty()) {
            return state; // stored by an earlier version with its members: not kept, so that its next save stores them apart
        }
        Members stored = members.get(storyId, anchor);
        state = state.withMembers(stored == null ? List.of() : stored.fingerprints());
        decoded.put(storyId, state);
        return state;
    }

    @Override
    public void save(StoryState state) {
        String id = state.story().id();
        StoryState before = decoded.get(id);
        boolean sameMembers = before != null && before.anchor() == state.anchor() && before.members().equals(state.members());
        if (states.put(id, state.anchor(), state.withMembers(List.of()))) {
            if (!sameMembers) {
                members.put(id, state.anchor(), new Members(state.members()));
            }
            decoded.put(id, state);
        } else {
            decoded.remove(id);
        }
    }
}
