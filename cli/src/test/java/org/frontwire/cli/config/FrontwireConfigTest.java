package org.frontwire.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.frontwire.config.FrontwireTopic;
import org.frontwire.records.Topics;
import org.frontwire.processors.alerts.AlertSettings;
import org.frontwire.processors.conflicttopics.ConflictTopicSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontwireConfigTest {

    @Test
    void defaultsComeFromTheOneDefaultsFile() {
        FrontwireConfig config = FrontwireConfig.defaults();
        assertThat(config.get("topics.articles")).isEqualTo("frontwire.articles");
        assertThat(config.bootstrapServers()).isEmpty();
        assertThat(config.describe().get("topics.partitions")[1]).isEqualTo("default");
    }

    @Test
    void fileThenEnvironmentThenFlagsOverride(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("frontwire.properties");
        Files.writeString(file, "topics.partitions=8\nprocessor.threads=3\ntopics.articles=from-file\n");
        FrontwireConfig config = FrontwireConfig.load(file,
                Map.of("FRONTWIRE_PROCESSOR_THREADS", "5", "FRONTWIRE_TOPICS_ARTICLES", "from-env", "PATH", "/bin"),
                Map.of("topics.articles", "from-flag"));
        assertThat(config.getInt("topics.partitions")).isEqualTo(8);
        assertThat(config.getInt("processor.threads")).isEqualTo(5);
        assertThat(config.get("topics.articles")).isEqualTo("from-flag");
        assertThat(config.describe().get("processor.threads")[1]).isEqualTo("env FRONTWIRE_PROCESSOR_THREADS");
    }

    @Test
    void alertAndConflictTopicDefaultsAreTheRecordsDefaults() {
        FrontwireConfig config = FrontwireConfig.defaults();
        assertThat(config.alertSettings()).isEqualTo(AlertSettings.defaults());
        assertThat(config.conflictTopicSettings()).isEqualTo(ConflictTopicSettings.defaults());
        FrontwireConfig bad = FrontwireConfig.load(null, Map.of(), Map.of("alerts.factor", "lots", "alerts.min-stories", "0"));
        assertThatThrownBy(bad::alertSettings).hasMessageContaining("alerts.factor must be a number");
        FrontwireConfig floorless = FrontwireConfig.load(null, Map.of(), Map.of("alerts.min-stories", "0"));
        assertThatThrownBy(floorless::alertSettings).hasMessageContaining("alerts.min-stories must be at least 1");
    }

    @Test
    void kafkaClientSettingsPassThroughAndSecretsAreMasked() {
        FrontwireConfig config = FrontwireConfig.load(null,
                Map.of("FRONTWIRE_KAFKA_CLIENT_SECURITY_PROTOCOL", "SASL_SSL"),
                Map.of("kafka.client.sasl.jaas.config", "secret"));
        assertThat(config.clientPassThrough()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.jaas.config", "secret");
        assertThat(config.describe().get("kafka.client.sasl.jaas.config")[0]).isEqualTo("******");
    }

    @Test
    void wrongValuesAndMissingFilesAreClearErrors() {
        FrontwireConfig config = FrontwireConfig.load(null, Map.of(), Map.of("topics.partitions", "many"));
        assertThatThrownBy(() -> config.getInt("topics.partitions")).hasMessageContaining("topics.partitions must be a whole number");
        assertThatThrownBy(() -> FrontwireConfig.load(Path.of("/no/such.properties"), Map.of(), Map.of()))
                .hasMessageContaining("cannot read the configuration file /no/such.properties");
    }

    @Test
    void everySettingInDockerComposeIsAKnownKey() throws Exception {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "docker-compose.yml").toFile());
        assertThat(compose.get("services").fieldNames()).toIterable().contains("kafka", "processor", "ingest");
        Map<String, String> env = new HashMap<>();
        for (String service : new String[] {"processor", "ingest"}) {
            compose.get("services").get(service).get("environment").fields()
                    .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        Map<String, String[]> known = FrontwireConfig.defaults().describe();
        Map<String, String[]> effective = FrontwireConfig.load(null, env, Map.of()).describe();
        assertThat(effective.keySet()).isEqualTo(known.keySet());
        assertThat(effective.get("kafka.bootstrap.servers")[0]).isEqualTo("kafka:19092");
        assertThat(effective.get("http.bind-address")[0]).as("the containers serve their ports to other hosts").isEqualTo("0.0.0.0");
    }

    @Test
    void typedSettingsReadTheEffectiveValues() {
        FrontwireSettings settings = FrontwireConfig.load(null,
                Map.of("FRONTWIRE_HTTP_BIND_ADDRESS", "0.0.0.0", "FRONTWIRE_TOPICS_PARTITIONS", "6"),
                Map.of("topics.articles", "mine", "ingest.fetch-threads", "3")).settings();
        assertThat(settings.topics().partitions()).isEqualTo(6);
        assertThat(settings.processor().articlesTopic()).isEqualTo("mine");
        assertThat(settings.processor().httpBindAddress()).isEqualTo("0.0.0.0");
        assertThat(settings.ingest().httpBindAddress()).isEqualTo("0.0.0.0");
        assertThat(settings.ingest().fetchThreads()).isEqualTo(3);
        assertThat(settings.kafka().embedded()).isTrue();
        assertThat(FrontwireConfig.defaults().settings().processor().httpBindAddress())
                .as("servers without authentication serve this machine only by default").isEqualTo("127.0.0.1");
    }

    @Test
    void theTopicNameConstantsOfTheRecordsAreTheDefaults() {
        FrontwireSettings defaults = FrontwireConfig.defaults().settings();
        assertThat(defaults.topics().name(FrontwireTopic.RAW_PAGES)).isEqualTo(Topics.RAW_PAGES);
        assertThat(defaults.topics().name(FrontwireTopic.ARTICLES)).isEqualTo(Topics.ARTICLES);
        assertThat(defaults.topics().name(FrontwireTopic.ARTICLES_OTHER)).isEqualTo(Topics.ARTICLES_OTHER);
        assertThat(defaults.topics().name(FrontwireTopic.DEAD_LETTER)).isEqualTo(Topics.DEAD_LETTER);
    }
}
