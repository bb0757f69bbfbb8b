package org.frontwire.cli.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.frontwire.ingest.IngestSettings;
import org.frontwire.processors.stories.StorySettings;
import org.frontwire.processors.topology.ProcessorSettings;

/**
 * The effective configuration: defaults from {@code frontwire.properties} on the classpath, then a file, then
 * environment variables ({@code FRONTWIRE_TOPICS_PARTITIONS}), then flags.
 */
public final class FrontwireConfig {
    public static final String DEFAULTS = "/frontwire.properties";
    public static final String ENV_PREFIX = "FRONTWIRE_";
    public static final String CLIENT_PREFIX = "kafka.client.";

    private final Map<String, String> values;
    private final Map<String, String> origins;

    private FrontwireConfig(Map<String, String> values, Map<String, String> origins) {
        this.values = values;
        this.origins = origins;
    }

    public static FrontwireConfig load(Path file, Map<String, String> env, Map<String, String> flags) {
        Map<String, String> values = new TreeMap<>();
        Map<String, String> origins = new HashMap<>();
        Properties defaults = new Properties();
        try (InputStream in = FrontwireConfig.class.getResourceAsStream(DEFAULTS)) {
            defaults.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the built-in defaults " + DEFAULTS + " are missing from the classpath", e);
        }
        defaults.forEach((k, v) -> put(values, origins, k.toString(), v.toString(), "default"));
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
        return new FrontwireConfig(values, origins);
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
        if (normalized.startsWith("kafka_client_")) {
            return CLIENT_PREFIX + normalized.substring("kafka_client_".length()).replace('_', '.');
        }
        return normalized.replace('_', '.');
    }

    public String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("unknown configuration key " + key);
        }
        return v;
    }

    public int getInt(String key) {
        try {
            return Integer.parseInt(get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + get(key) + "'");
        }
    }

    public double getDouble(String key) {
        try {
            return Double.parseDouble(get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not '" + get(key) + "'");
        }
    }

    public long getLong(String key) {
        try {
            return Long.parseLong(get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + get(key) + "'");
        }
    }

    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key));
    }

    public List<String> getList(String key) {
        String v = get(key);
        return v.isBlank() ? List.of() : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Path dataDir() {
        return Path.of(get("data.dir"));
    }

    public String bootstrapServers() {
        return get("kafka.bootstrap.servers");
    }

    /** Settings passed to every Kafka client (kafka.client.* without the prefix). */
    public Map<String, Object> clientPassThrough() {
        Map<String, Object> client = new HashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(CLIENT_PREFIX)) {
                client.put(k.substring(CLIENT_PREFIX.length()), v);
            }
        });
        return client;
    }

    public ProcessorSettings processorSettings() {
        return new ProcessorSettings(get("topics.raw-pages"), get("topics.articles"), get("topics.articles-other"),
                get("topics.dead-letter"), getBoolean("processor.repartition-by-site"));
    }

    public StorySettings storySettings() {
        Duration window;
        try {
            window = Duration.parse(get("stories.window"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("stories.window: not an ISO-8601 duration such as P3D or PT36H: " + get("stories.window"));
        }
        return new StorySettings(getBoolean("stories.enabled"), get("topics.stories"), window,
                getDouble("stories.join-similarity"), getDouble("stories.lead-similarity"),
                getDouble("stories.reprint-similarity"), getInt("stories.max-candidates"),
                getInt("stories.postings-cap"), getInt("stories.max-urls"), getBoolean("stories.by-topic"));
    }

    public IngestSettings ingestSettings() {
        return new IngestSettings(get("topics.raw-pages"), get("ingest.user-agent"),
                Duration.ofMillis(getLong("ingest.connect-timeout-ms")), Duration.ofMillis(getLong("ingest.read-timeout-ms")),
                getLong("ingest.max-body-bytes"), getBoolean("ingest.allow-private-addresses"))
                .withPolitenessDelay(Duration.ofMillis(getLong("ingest.politeness-delay-ms")))
                .withMaxRedirects(getInt("ingest.max-redirects"))
                .withRetries(getInt("ingest.max-retries"), Duration.ofMillis(getLong("ingest.retry-backoff-ms")))
                .withFetchThreads(getInt("ingest.fetch-threads"))
                .withPollInterval(Duration.ofSeconds(getLong("ingest.poll-interval-seconds")), Map.of())
                .withTopics(get("ingest.seen-topic"), get("ingest.frontier-topic"), get("ingest.consumer-group"))
                .withObeyRobots(getBoolean("ingest.obey-robots"));
    }

    /** Every key, its effective value and where the value came from. */
    public Map<String, String[]> describe() {
        Map<String, String[]> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, new String[] {
                k.contains("password") || k.contains("sasl.jaas") ? "******" : v, origins.get(k)}));
        return out;
    }
}
