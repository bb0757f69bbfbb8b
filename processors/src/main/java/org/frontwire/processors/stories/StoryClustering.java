package org.frontwire.processors.stories;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.frontwire.records.Article;
import org.frontwire.records.JsonSerde;
import org.frontwire.records.Story;

/**
 * Story clustering in the stream: classified articles are repartitioned by their clustering group (language, or
 * conflict topic with {@code stories.by-topic}), so that every report that could belong to a story reaches the
 * task that holds it; each task clusters its articles with {@link StoryClusterer} over two changelogged window
 * stores filed by the story's anchor time, which drop whole segments once older than the retention (twice the
 * story window): nothing grows without bound and no clean-up loop runs.
 *
 * <pre>
 * classified ─▶ group-key ─▶ [articles-by-story-group repartition] ─▶ cluster-story ─┬─▶ articles with story (key = topic)
 *                                                                   (story-index,    │
 *                                                                    story-states)   └─▶ story updates (key = story id)
 *                                                                                          ├─▶ stories topic (compacted)
 *                                                                                          └─▶ returned for alerts
 * </pre>
 */
public final class StoryClustering {
    public static final String INDEX_STORE = "story-index";
    public static final String STATES_STORE = "story-states";
    public static final String BY_GROUP_REPARTITION = "articles-by-story-group";

    private StoryClustering() {}

    public static StoryStreams addTo(StreamsBuilder builder, StorySettings settings, KStream<String, Article> classified) {
        Duration retention = settings.window().multipliedBy(2);
        builder.addStateStore(indexStore(retention));
        builder.addStateStore(statesStore(retention));
        KStream<String, Clustered> clustered = classified
                .selectKey((key, article) -> StoryClusterer.groupOf(article, settings), Named.as("story-group-key"))
                .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(Article.class)).withName(BY_GROUP_REPARTITION))
                .process(() -> new ClusterStory(settings), Named.as("cluster-story"), INDEX_STORE, STATES_STORE);
        KStream<String, Article> articles = clustered.map(
                (group, c) -> KeyValue.pair(c.article().topic() == null ? Article.NO_TOPIC : c.article().topic(), c.article()),
                Named.as("article-with-story"));
        KStream<String, Story> stories = clustered
                .filter((group, c) -> c.story() != null, Named.as("clustered-with-story"))
                .map((group, c) -> KeyValue.pair(c.story().id(), c.story()), Named.as("story-update"));
        stories.to(settings.storiesTopic(), Produced.with(Serdes.String(), new JsonSerde<>(Story.class)).withName("stories-sink"));
        return new StoryStreams(articles, stories);
    }

    private static StoreBuilder<WindowStore<String, String>> indexStore(Duration retention) {
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(INDEX_STORE, retention, Duration.ofMillis(1), true),
                Serdes.String(), Serdes.String());
    }

    private static StoreBuilder<WindowStore<String, StoryState>> statesStore(Duration retention) {
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(STATES_STORE, retention, Duration.ofMillis(1), false),
                Serdes.String(), new JsonSerde<>(StoryState.class));
    }
}
