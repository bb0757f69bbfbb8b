package org.frontwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compose file as Compose reads it ({@code docker-compose config}, which needs no Docker engine; skipped where the
 * tool is not installed, .ci/run installs it): valid, and shaped so that {@code --scale processor=3} works.
 */
class ComposeFileTest {
    static JsonNode compose;

    @BeforeAll
    static void readWithCompose() throws Exception {
        Path file = Path.of("..", "docker-compose.yml").toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of("docker-compose", "-f", file.toString(), "config"));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            Assumptions.abort("docker-compose is not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        compose = new ObjectMapper(new YAMLFactory()).readTree(out);
    }

    @Test
    void everyProcessorReplicaHasItsOwnStateDirectory() {
        JsonNode processor = compose.path("services").path("processor");
        for (JsonNode volume : processor.path("volumes")) {
            String text = volume.isTextual() ? volume.asText() : volume.path("type").asText() + ":" + volume.path("source").asText();
            assertThat(volume.isTextual() ? text.contains(":") : volume.path("type").asText().equals("volume")
                    && !volume.path("source").asText().isEmpty())
                    .as("a named volume or bind mount is shared by every replica: " + text).isFalse();
        }
    }

    @Test
    void everyServiceThatCreatesTopicsAsksForTheSamePartitionsOnTheSameCluster() {
        for (String key : new String[] {"FRONTWIRE_TOPICS_PARTITIONS", "FRONTWIRE_KAFKA_BOOTSTRAP_SERVERS"}) {
            String processor = compose.path("services").path("processor").path("environment").path(key).asText();
            String ingest = compose.path("services").path("ingest").path("environment").path(key).asText();
            assertThat(processor).as(key).isNotEmpty().isEqualTo(ingest);
        }
    }

    @Test
    void theImageIsBuiltOnceAndSharedByName() {
        JsonNode services = compose.path("services");
        long builds = 0;
        for (JsonNode service : services) {
            builds += service.has("build") ? 1 : 0;
        }
        assertThat(builds).isEqualTo(1);
        assertThat(services.path("ingest").path("image").asText()).isEqualTo(services.path("processor").path("image").asText());
    }
}
