package org.frontwire.cli.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.frontwire.records.Hashes;
import org.frontwire.records.Json;
import org.frontwire.records.RawPage;

/**
 * A JSON-lines file of pages, one object a line: {@code url} and {@code text} or {@code body} required;
 * {@code id}, {@code title}, {@code fetchedAt}, {@code source} and {@code contentType} optional. A {@code text} is
 * plain text (its title, when given, is put above it as the headline); a {@code body} is read as {@code contentType}
 * (default HTML).
 */
public final class JsonLinesPages {

    /** One line: the page, or why it cannot be read. */
    public record Line(int number, String id, RawPage page, String error) {}

    private JsonLinesPages() {}

    public static boolean isJsonLines(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson");
    }

    /** Every non-blank line in file order; a line that is not a page carries its error instead. */
    public static List<Line> read(Path file, Instant now) throws IOException {
        List<Line> out = new ArrayList<>();
        var in = Files.newInputStream(file);
        var stream = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in) : in;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    out.add(parse(n, line, now));
                }
            }
        }
        return out;
    }

    static Line parse(int n, String line, Instant now) {
        JsonNode o;
        try {
            o = Json.MAPPER.readTree(line);
        } catch (IOException e) {
            return new Line(n, null, null, "line " + n + ": not a JSON object");
        }
        if (o == null || !o.isObject()) {
            return new Line(n, null, null, "line " + n + ": not a JSON object");
        }
        String id = text(o, "id");
        String url = text(o, "url");
        String title = text(o, "title");
        String text = text(o, "text");
        String body = text(o, "body");
        if (url == null || url.isBlank()) {
            return new Line(n, id, null, "line " + n + ": no url");
        }
        if ((text == null || text.isBlank()) && (body == null || body.isBlank())) {
            return new Line(n, id, null, "line " + n + ": neither text nor body");
        }
        Instant fetchedAt = now;
        String fetched = text(o, "fetchedAt");
        if (fetched != null) {
            try {
                fetchedAt = Instant.parse(fetched);
            } catch (DateTimeParseException e) {
                return new Line(n, id, null, "line " + n + ": fetchedAt is not an ISO-8601 instant: " + fetched);
            }
        }
        String contentType;
        String page;
        if (text != null && !text.isBlank()) {
            contentType = "text/plain";
            page = title == null || title.isBlank() ? text : title + "\n\n" + text;
        } else {
            contentType = text(o, "contentType") != null ? text(o, "contentType") : "text/html";
            page = body;
        }
        RawPage raw = new RawPage(RawPage.SCHEMA_VERSION, url, url, text(o, "source"), fetchedAt, 200, contentType, "UTF-8", page,
                title, null, null, Hashes.sha256(page));
        return new Line(n, id, raw, null);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
