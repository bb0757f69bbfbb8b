package org.frontwire.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Configuration values by key, read with the key in every error message. {@link #defaults()} are the values of
 * {@code frontwire.properties}; the command line layers a file, the environment and flags over them, tests
 * override single keys with {@link #with}.
 */
public final class ConfigValues {
    /** The defaults file on the classpath: every key with its default and its documentation. */
    public static final String DEFAULTS_RESOURCE = "/frontwire.properties";
    private static final ConfigValues DEFAULTS = new ConfigValues(readDefaults());

    private final Map<String, String> values;

    private ConfigValues(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static ConfigValues defaults() {
        return DEFAULTS;
    }

    public static ConfigValues of(Map<String, String> values) {
        return new ConfigValues(values);
    }

    /** These values with {@code key} set to {@code value}; the key must be a known key or a Kafka client key. */
    public ConfigValues with(String key, String value) {
        return with(Map.of(key, value));
    }

    public ConfigValues with(Map<String, String> overrides) {
        Map<String, String> copy = new TreeMap<>(values);
        overrides.forEach((key, value) -> {
            if (!values.containsKey(key) && !key.startsWith(ConfigKeys.KAFKA_CLIENT_PREFIX)) {
                throw new IllegalArgumentException("unknown configuration key " + key);
            }
            copy.put(key, value.strip());
        });
        return new ConfigValues(copy);
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

    public long getLong(String key) {
        try {
            return Long.parseLong(get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + get(key) + "'");
        }
    }

    public boolean getBoolean(String key) {
        String v = get(key);
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(key + " must be true or false, not '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }

    /** A comma-separated list; empty when the value is blank. */
    public List<String> getList(String key) {
        String v = get(key);
        return v.isBlank() ? List.of() : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public double getDouble(String key) {
        try {
            return Double.parseDouble(get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not '" + get(key) + "'");
        }
    }

    /** A key ending in {@code -ms}. */
    public Duration getMillis(String key) {
        return Duration.ofMillis(getLong(key));
    }

    /** A key ending in {@code -seconds}. */
    public Duration getSeconds(String key) {
        return Duration.ofSeconds(getLong(key));
    }

    /** Every key that starts with {@code prefix}, without the prefix. */
    public Map<String, Object> withoutPrefix(String prefix) {
        Map<String, Object> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    public Map<String, String> asMap() {
        return values;
    }

    private static Map<String, String> readDefaults() {
        Properties p = new Properties();
        try (InputStream in = ConfigValues.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in defaults " + DEFAULTS_RESOURCE + " are missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in defaults " + DEFAULTS_RESOURCE, e);
        }
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put(k.toString(), v.toString().strip()));
        return out;
    }
}
