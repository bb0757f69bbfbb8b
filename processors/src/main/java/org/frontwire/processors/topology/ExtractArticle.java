package org.frontwire.processors.topology;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontwire.processors.errors.DeadLetters;
import org.frontwire.processors.extract.SiteMemory;
import org.frontwire.processors.metrics.PageTextLength;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;

/**
 * Extracts and classifies a page, reading and updating what was learned of its site's template in the
 * {@link ArticleFlow#SITE_MEMORY_STORE}. Every page of a site reaches the same task because the raw topic is
 * partitioned by site, at the producer or by the topology's own repartition.
 */
final class ExtractArticle implements FixedKeyProcessor<byte[], RawPage, Outcome> {
    private final ArticlePipeline pipeline;
    private FixedKeyProcessorContext<byte[], Outcome> context;
    private KeyValueStore<String, byte[]> memories;

    ExtractArticle(ArticlePipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], Outcome> context) {
        this.context = context;
        this.memories = context.getStateStore(ArticleFlow.SITE_MEMORY_STORE);
    }

    @Override
    public void process(FixedKeyRecord<byte[], RawPage> record) {
        RawPage page = record.value();
        try {
            String site = ArticlePipeline.siteKeyOf(page);
            byte[] stored = memories.get(site);
            SiteMemory memory = stored == null ? SiteMemory.empty() : SiteMemory.fromBytes(stored);
            ArticlePipeline.Measured measured = pipeline.processMeasured(page, memory, true);
            memories.put(site, memory.toBytes());
            PageTextLength.put(record.headers(), measured.pageTextLength());
            context.forward(record.withValue(new Outcome.Done(measured.article())));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            context.forward(record.withValue(new Outcome.Dead(DeadLetters.of(
                    page.url() == null ? null : page.url().getBytes(StandardCharsets.UTF_8),
                    Json.toBytes(page), "extract", e, context.recordMetadata().orElse(null)))));
        }
    }
}
