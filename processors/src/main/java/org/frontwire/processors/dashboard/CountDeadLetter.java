package org.frontwire.processors.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontwire.processors.metrics.PipelineMetrics;
import org.frontwire.records.Json;

/**
 * Counts the records of the dead-letter topic by stage, whoever wrote them (the topology or an exception handler).
 * It reads raw bytes and never throws: a failure here must not make a dead letter of its own.
 */
public final class CountDeadLetter implements Processor<byte[], byte[], Void, Void> {
    private KeyValueStore<String, Long> counts;
    private PipelineMetrics metrics;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.counts = context.getStateStore(DashboardStores.DEAD_LETTERS);
        this.metrics = PipelineMetrics.from(context.appConfigs());
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        String stage = stageOf(record.value());
        Long count = counts.get(stage);
        counts.put(stage, count == null ? 1L : count + 1);
        metrics.deadLetter(stage);
    }

    static String stageOf(byte[] value) {
        try {
            JsonNode stage = value == null ? null : Json.MAPPER.readTree(value).get("stage");
            return stage == null || !stage.isTextual() || stage.asText().isBlank() ? "unknown" : stage.asText();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
