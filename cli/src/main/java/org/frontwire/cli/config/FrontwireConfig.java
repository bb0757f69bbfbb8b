package org.frontwire.cli.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.frontwire.config.ConfigKeys;
import org.frontwire.config.ConfigValues;
import org.frontwire.ingest.IngestSettings;
import org.frontwire.processors.alerts.AlertSettings;
import org.frontwire.processors.conflicttopics.ConflictTopicSettings;
import org.frontwire.processors.topology.ProcessorSettings;

/**
 * The effective configuration: defaults from {@code frontwire.properties} on the classpath, then a file, then
 * environment variables ({@code FRONTWIRE_TOPICS_PARTITIONS}), then flags; read as typed {@link #settings()}.
 */
public final class FrontwireConfig {
    public static final String ENV_PREFIX = "FRONTWIRE_";

    private final ConfigValues values;
    private final Map<String, String> origins;

    private FrontwireConfig(ConfigValues values, Map<String, String> origins) {
        this.values = values;
        this.origins = origins;
    }

    public static FrontwireConfig load(Path file, Map<String, String> env, Map<String, String> flags) {
        Map<String, String> values = new TreeMap<>();
        Map<String, String> origins = new HashMap<>();
        ConfigValues.defaults().asMap().forEach((k, v) -> put(values, origins, k, v, "default"));
        if (file != null) {
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("cannot read the configuration file " + file);
            }
            Properties fromFile = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                fromFile.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the configuration file " + file + ": " + e.getMessage(), e);
            }
            fromFile.forEach((k, v) -> put(values, origins, k.toString(), v.toString(), file.toString()));
        }
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX)) {
                String key = keyForEnv(name.substring(ENV_PREFIX.length()), values);
                put(values, origins, key, value, "env " + name);
            }
        });
        flags.forEach((k, v) -> {
            if (v != null) {
                put(values, origins, k, v, "flag");
            }
        });
        return new FrontwireConfig(ConfigValues.of(values), origins);
    }

    public static FrontwireConfig defaults() {
        return load(null, Map.of(), Map.of());
    }

    private static void put(Map<String, String> values, Map<String, String> origins, String key, String value, String origin) {
        values.put(key, value.strip());
        origins.put(key, origin);
    }

    /** FRONTWIRE_TOPICS_RAW_PAGES matches the known key topics.raw-pages; unknown names map to dotted lower case. */
    private static String keyForEnv(String env, Map<String, String> known) {
        String normalized = env.toLowerCase(Locale.ROOT);
        for (String key : known.keySet()) {
            if (key.replace('.', '_').replace('-', '_').equals(normalized)) {
                return key;
            }
        }
        String clientPrefix = ConfigKeys.KAFKA_CLIENT_PREFIX.replace('.', '_');
        if (normalized.startsWith(clientPrefix)) {
            return ConfigKeys.KAFKA_CLIENT_PREFIX + normalized.substring(clientPrefix.length()).replace('_', '.');
        }
        return normalized.replace('_', '.');
    }

    /** The effective values by key. */
    public ConfigValues values() {
        return values;
    }

    /** Every setting, typed. */
    public FrontwireSettings settings() {
        return FrontwireSettings.from(values);
    }

    public ProcessorSettings processorSettings() {
        return ProcessorSettings.from(values);
    }

    public IngestSettings ingestSettings() {
        return IngestSettings.from(values);
    }

    public KafkaSettings kafkaSettings() {
        return KafkaSettings.from(values);
    }

    public String get(String key) {
        return values.get(key);
    }

    public int getInt(String key) {
        return values.getInt(key);
    }

    public long getLong(String key) {
        return values.getLong(key);
    }

    public double getDouble(String key) {
        try {
            return Double.parseDouble(get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not '" + get(key) + "'");
        }
    }

    public boolean getBoolean(String key) {
        return values.getBoolean(key);
    }

    public List<String> getList(String key) {
        return values.getList(key);
    }

    public Path dataDir() {
        return Path.of(get(ConfigKeys.DATA_DIR));
    }

    public String bootstrapServers() {
        return get(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS);
    }

    /** Settings passed to every Kafka client (kafka.client.* without the prefix). */
    public Map<String, Object> clientPassThrough() {
        return values.withoutPrefix(ConfigKeys.KAFKA_CLIENT_PREFIX);
    }

    public AlertSettings alertSettings() {
        return AlertSettings.from(values);
    }

    public ConflictTopicSettings conflictTopicSettings() {
        return ConflictTopicSettings.from(values);
    }

    /** Every key, its effective value and where the value came from. */
    public Map<String, String[]> describe() {
        Map<String, String[]> out = new TreeMap<>();
        values.asMap().forEach((k, v) -> out.put(k, new String[] {
                k.contains("password") || k.contains("sasl.jaas") ? "******" : v, origins.get(k)}));
        return out;
    }
}
