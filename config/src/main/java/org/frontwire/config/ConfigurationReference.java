package org.frontwire.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration reference ({@code docs/configuration.md}) and the README's topic table, generated from
 * {@code frontwire.properties} and {@link FrontwireTopic}: a key's documentation is the comment block above it,
 * sections are the {@code # --- Name ---} lines, comments not followed by a key are notes.
 */
public final class ConfigurationReference {
    private static final Pattern SECTION = Pattern.compile("^#\\s*---\\s*(.+?)\\s*-*\\s*$");
    private static final Pattern KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9._-]*)\\s*=\\s*(.*)$");

    private ConfigurationReference() {}

    /** The text of the defaults file on the classpath. */
    public static String defaultsFile() {
        try (InputStream in = ConfigurationReference.class.getResourceAsStream(ConfigValues.DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ConfigValues.DEFAULTS_RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** docs/configuration.md. */
    public static String markdown() {
        return markdown(defaultsFile());
    }

    static String markdown(String properties) {
        StringBuilder out = new StringBuilder();
        out.append("# Configuration reference\n\n");
        out.append("<!-- Generated from config/src/main/resources/frontwire.properties by `./frontwire config --markdown`;\n");
        out.append("     ConfigurationReferenceTest fails when this file and the properties file differ. -->\n\n");
        List<String> comment = new ArrayList<>();
        boolean commentUsed = false;
        boolean inTable = false;
        for (String raw : properties.split("\n", -1)) {
            String line = raw.strip();
            Matcher section = SECTION.matcher(line);
            Matcher key = KEY.matcher(line);
            if (key.matches()) {
                if (!inTable) {
                    out.append("| Key | Default | Meaning |\n|---|---|---|\n");
                    inTable = true;
                }
                String value = key.group(2).strip();
                out.append("| `").append(key.group(1)).append("` | ")
                        .append(value.isEmpty() ? "*(empty)*" : "`" + escape(value) + "`").append(" | ")
                        .append(escape(String.join(" ", comment))).append(" |\n");
                commentUsed = true;
            } else if (line.startsWith("#") && !section.matches()) {
                if (commentUsed) {
                    comment.clear();
                    commentUsed = false;
                }
                comment.add(line.replaceFirst("^#\\s?", ""));
            } else {
                if (!comment.isEmpty() && !commentUsed) {
                    out.append(inTable ? "\n" : "").append(String.join(" ", comment)).append("\n\n");
                    inTable = false;
                }
                comment.clear();
                commentUsed = false;
                if (section.matches()) {
                    out.append(inTable ? "\n" : "").append("## ").append(section.group(1)).append("\n\n");
                    inTable = false;
                }
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    /** The README's table of topics: every {@link FrontwireTopic} with its default name. */
    public static String topicTable() {
        StringBuilder out = new StringBuilder("| Topic (default name) | Setting | Record | Written by | What it holds |\n|---|---|---|---|---|\n");
        for (FrontwireTopic t : FrontwireTopic.values()) {
            out.append("| `").append(ConfigValues.defaults().get(t.nameKey())).append("` | `").append(t.nameKey())
                    .append("` | ").append(t.record()).append(" | ").append(t.writer()).append(" | ")
                    .append(escape(t.purpose())).append(t.compacted() ? " (compacted)" : "").append(" |\n");
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
