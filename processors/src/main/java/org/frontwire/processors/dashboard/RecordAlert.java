package org.frontwire.processors.dashboard;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.frontwire.records.Alert;
import org.frontwire.records.Json;

/** Keeps each conflict's latest alerts, newest window first. */
final class RecordAlert implements Processor<String, Alert, Void, Void> {
    private static final TypeReference<List<Alert>> LIST = new TypeReference<>() {};
    static final Comparator<Alert> NEWEST_FIRST = Comparator.comparing(Alert::windowStart, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Alert::topic, Comparator.nullsLast(Comparator.naturalOrder()));

    private KeyValueStore<String, byte[]> latest;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.latest = context.getStateStore(DashboardStoryStores.LATEST_ALERTS);
    }

    @Override
    public void process(Record<String, Alert> record) {
        Alert alert = record.value();
        if (alert == null || alert.topic() == null) {
            return;
        }
        List<Alert> alerts = listFrom(latest.get(alert.topic()));
        alerts.removeIf(a -> a.windowStart() != null && a.windowStart().equals(alert.windowStart()));
        alerts.add(alert);
        alerts.sort(NEWEST_FIRST);
        latest.put(alert.topic(), Json.toBytes(alerts.subList(0, Math.min(alerts.size(), DashboardStoryStores.ALERTS_PER_TOPIC))));
    }

    static List<Alert> listFrom(byte[] json) {
        return Json.listFrom(json, LIST);
    }
}
