package org.frontwire.processors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.frontwire.processors.pipeline.ArticlePipeline;
import org.frontwire.processors.topology.ProcessorSettings;
import org.frontwire.processors.topology.StreamsSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readiness says so when a stream thread dies (the service is built, not started: no broker is needed). */
class ProcessorServiceReadinessTest {
    @TempDir
    Path dir;

    @Test
    void aDeadStreamThreadMakesTheServiceNotReadyAndAnErrorStopsTheInstance() {
        ProcessorSettings topics = ProcessorSettings.defaults();
        try (ProcessorService service = new ProcessorService(topics, ArticlePipeline.createDefault(),
                StreamsSettings.streamsConfig(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9"),
                        org.frontwire.processors.topology.TopologyDrivers.forTest(topics, "readiness-test"), dir), 0)) {
            assertThat(service.readiness().detail()).doesNotContain("died");

            assertThat(service.streamThreadFailed(new IllegalStateException("boom")))
                    .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
            assertThat(service.readiness().ready()).isFalse();
            assertThat(service.readiness().detail()).contains("a stream thread died").contains("boom");

            assertThat(service.streamThreadFailed(new OutOfMemoryError("Java heap space")))
                    .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
            assertThat(service.readiness().detail()).contains("Java heap space");
        }
    }
}
