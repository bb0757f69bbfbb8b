package org.frontwire.processors.topology;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.frontwire.processors.errors.DeadLetters;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontwire.processors.extract.SiteMemory;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;

/**
 * Extracts and classifies a page of one host (the record key), reading and updating what was learned of that
 * host's template in the {@link ProcessorTopology#SITE_MEMORY_STORE}.
 */
final class ExtractArticle implements FixedKeyProcessor<String, Outcome, Outcome> {
    private final ArticlePipeline pipeline;
    private FixedKeyProcessorContext<String, Outcome> context;
    private KeyValueStore<String, byte[]> memories;

    ExtractArticle(ArticlePipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Outcome> context) {
        this.context = context;
        this.memories = context.getStateStore(ProcessorTopology.SITE_MEMORY_STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, Outcome> record) {
        RawPage page = record.value().page();
        try {
            byte[] stored = memories.get(record.key());
            SiteMemory memory = stored == null ? SiteMemory.empty() : SiteMemory.fromBytes(stored);
            Outcome outcome = Outcome.article(pipeline.process(page, memory, true));
            memories.put(record.key(), memory.toBytes());
            context.forward(record.withValue(outcome));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            byte[] original = Json.toBytes(page);
            context.forward(record.withValue(Outcome.dead(DeadLetters.of(
                    page.url() == null ? null : page.url().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    original, "extract", e, context.recordMetadata().orElse(null)))));
        }
    }
}
