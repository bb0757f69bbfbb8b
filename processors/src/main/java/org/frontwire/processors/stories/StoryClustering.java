package org.frontwire.processors.stories;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.frontwire.processors.state.TimeBucketStore;
import org.frontwire.records.Article;
import org.frontwire.records.JsonSerde;
import org.frontwire.records.Story;

/**
 * Story clustering in the stream: classified articles are repartitioned by their clustering group (language, or
 * conflict topic with {@code stories.by-topic}), so that every report that could belong to a story reaches the
 * task that holds it, with its fingerprint already read by the task that extracted it (in Smile, binary JSON: only
 * this processor reads that topic); each task clusters its articles with {@link StoryClusterer} over three changelogged
 * key-value stores filed by the story's anchor time ({@link TimeBucketStore}), which drop whole buckets once older than the
 * retention (twice the story window) behind the latest anchor: nothing grows without bound, and a replay keeps and
 * drops the same stories.
 *
 * <pre>
 * classified ─▶ group-key ─▶ fingerprint ─▶ [articles-by-story-group repartition] ─▶ cluster-story ─┬─▶ articles with story (key = topic)
 *                                                                                  (story-index-kv, │
 *                                                                                  story-states-kv, └─▶ story updates (key = story id)
 *                                                                                  story-members-kv)
 *                                                                                                         ├─▶ stories topic (compacted)
 *                                                                                                         └─▶ returned for alerts
 * </pre>
 */
public final class StoryClustering {
    /** Key to the stories posted under it, by anchor time ({@link TimeBucketStore}, buckets one window wide). */
    public static final String INDEX_STORE = "story-index-kv";
    /** Story id to its state, by anchor time ({@link TimeBucketStore}, buckets one window wide). */
    public static final String STATES_STORE = "story-states-kv";
    /** Story id to its member fingerprints, by anchor time: written only when a member is added (the first few reports). */
    public static final String MEMBERS_STORE = "story-members-kv";
    public static final String BY_GROUP_REPARTITION = "articles-by-story-group";

    private StoryClustering() {}

    public static StoryStreams addTo(StreamsBuilder builder, StorySettings settings, KStream<String, Article> classified) {
        builder.addStateStore(TimeBucketStore.builder(INDEX_STORE));
        builder.addStateStore(TimeBucketStore.builder(STATES_STORE));
        builder.addStateStore(TimeBucketStore.builder(MEMBERS_STORE));
        KStream<String, Clustered> clustered = classified
                .selectKey((key, article) -> StoryClusterer.groupOf(article, settings), Named.as("story-group-key"))
                .mapValues(ReportToCluster::of, Named.as("story-fingerprint"))
                .repartition(Repartitioned.with(Serdes.String(), new ReportSerde()).withName(BY_GROUP_REPARTITION))
                .process(() -> new ClusterStory(settings), Named.as("cluster-story"), INDEX_STORE, STATES_STORE, MEMBERS_STORE);
        KStream<String, Article> articles = clustered.map(
                (group, c) -> KeyValue.pair(c.article().topic() == null ? Article.NO_TOPIC : c.article().topic(), c.article()),
                Named.as("article-with-story"));
        KStream<String, Story> stories = clustered
                .filter((group, c) -> c.story() != null, Named.as("clustered-with-story"))
                .map((group, c) -> KeyValue.pair(c.story().id(), c.story()), Named.as("story-update"));
        stories.to(settings.storiesTopic(), Produced.with(Serdes.String(), new JsonSerde<>(Story.class)).withName("stories-sink"));
        return new StoryStreams(articles, stories);
    }

    /** How long stories and their postings are kept: twice the window, behind the latest anchor seen. */
    static Duration retention(StorySettings settings) {
        return settings.window().multipliedBy(2);
    }
}
