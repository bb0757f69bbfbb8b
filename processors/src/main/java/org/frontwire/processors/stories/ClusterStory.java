package org.frontwire.processors.stories;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.frontwire.records.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The stream's step: each report through {@link StoryClusterer} over the task's time-bucket stores. */
final class ClusterStory implements Processor<String, ReportToCluster, String, Clustered> {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterStory.class);

    private final StorySettings settings;
    private ProcessorContext<String, Clustered> context;
    private StoryClusterer clusterer;

    ClusterStory(StorySettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, Clustered> context) {
        this.context = context;
        this.clusterer = new StoryClusterer(settings,
                new StoreMemory(context.getStateStore(StoryClustering.INDEX_STORE), context.getStateStore(StoryClustering.STATES_STORE),
                        context.getStateStore(StoryClustering.MEMBERS_STORE), settings));
    }

    @Override
    public void process(Record<String, ReportToCluster> record) {
        ReportToCluster report = record.value();
        if (report == null || report.article() == null) {
            return;
        }
        Article article = report.article();
        try {
            Instant time = StoryClusterer.eventTime(article, Instant.ofEpochMilli(record.timestamp()));
            StoryClusterer.Assignment a = clusterer.assign(article, report.fingerprint(), time);
            context.forward(record.withValue(new Clustered(article.withStory(a.ref()), a.story())));
        } catch (RuntimeException e) {
            // an article is never lost to clustering: it goes on without a story
            LOG.warn("article {} left without a story: {}", article.id(), e.toString());
            context.forward(record.withValue(new Clustered(article, null)));
        }
    }
}
