package org.frontwire.processors.dashboard;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontwire.processors.state.TimeBucketStore;
import org.frontwire.records.Json;
import org.frontwire.processors.metrics.PageTextLength;
import org.frontwire.processors.metrics.PipelineMetrics;
import org.frontwire.records.Article;

/**
 * Counts a finished article in its topic's minute, keeps it among its topic's latest, records its metrics, and
 * passes it on unchanged (less the page-length header).
 */
public final class RecordArticle implements FixedKeyProcessor<byte[], Article, Article> {
    private FixedKeyProcessorContext<byte[], Article> context;
    private TimeBucketStore<String, Long> perMinute;
    private KeyValueStore<String, byte[]> latest;
    private PipelineMetrics metrics;

    @Override
    public void init(FixedKeyProcessorContext<byte[], Article> context) {
        this.context = context;
        this.perMinute = DashboardStores.perMinute(context.getStateStore(DashboardStores.ARTICLES_PER_MINUTE));
        this.latest = context.getStateStore(DashboardStores.LATEST_ARTICLES);
        this.metrics = PipelineMetrics.from(context.appConfigs());
    }

    @Override
    public void process(FixedKeyRecord<byte[], Article> record) {
        Integer pageTextLength = PageTextLength.take(record.headers());
        Article article = record.value();
        String topic = article.aboutConflict() ? article.topic() : Article.NO_TOPIC;
        Instant now = Instant.now();

        long windowStart = record.timestamp() - Math.floorMod(record.timestamp(), DashboardStores.WINDOW.toMillis());
        Long count = perMinute.get(topic, windowStart);
        perMinute.put(topic, windowStart, count == null ? 1L : count + 1);
        latest.put(topic, Json.toBytes(LatestArticle.prepend(LatestArticle.listFrom(latest.get(topic)),
                LatestArticle.of(article, topic, now), DashboardStores.LATEST_PER_TOPIC)));

        Instant fetched = article.fetchedAt() != null ? article.fetchedAt() : Instant.ofEpochMilli(record.timestamp());
        metrics.article(topic, Duration.between(fetched, now), pageTextLength,
                article.text() == null ? 0 : article.text().strip().length());
        context.forward(record);
    }
}
