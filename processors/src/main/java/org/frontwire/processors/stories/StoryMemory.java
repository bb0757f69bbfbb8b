package org.frontwire.processors.stories;

import java.util.List;

/**
 * Where the clustering keeps stories and its index of them: time-bounded state stores in the stream
 * ({@link StoreMemory}), bounded maps offline ({@link InMemoryStoryMemory}). Everything is filed under the story's
 * anchor time and is dropped once older than the window, so what is kept stays bounded by the stories of one window.
 */
public interface StoryMemory {

    /** A story posted under an index key. */
    record Posting(String storyId, long anchor) {}

    /** Stories posted under {@code key} with anchors in {@code [from, to]}, at most {@code limit} of them. */
    List<Posting> postings(String key, long from, long to, int limit);

    void post(String key, Posting posting);

    /** The story filed at {@code anchor}, or null when unknown or expired. */
    StoryState story(String storyId, long anchor);

    void save(StoryState state);
}
