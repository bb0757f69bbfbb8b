package org.frontwire.processors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A documented properties file of tuning numbers shipped on the classpath ({@code scoring.properties},
 * {@code extraction.properties}), and the one way their values are read: a missing or malformed number names its key.
 */
public final class RuleFile {
    private final String kind;
    private final Properties values;

    private RuleFile(String kind, Properties values) {
        this.kind = kind;
        this.values = values;
    }

    /** @param kind what the file holds, for messages ("scoring rule") */
    public static RuleFile of(String kind, Properties values) {
        return new RuleFile(kind, values);
    }

    /** The classpath resource {@code resource}; a missing one is a broken build, not bad input. */
    public static RuleFile load(String kind, String resource) {
        try (InputStream in = RuleFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return of(kind, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public double number(String key) {
        String v = values.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException(kind + " missing: " + key);
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(kind + " " + key + " is not a number: " + v.trim());
        }
    }

    public int whole(String key) {
        double d = number(key);
        if (d != Math.rint(d)) {
            throw new IllegalArgumentException(kind + " " + key + " must be a whole number: " + d);
        }
        return (int) d;
    }
}
