package org.frontwire.processors.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/** The article object of a page's schema.org JSON-LD (NewsArticle, Article, BlogPosting, ...), if any. */
final class JsonLd {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();
    private static final int MAX_SCRIPT = 500_000;

    String headline;
    String description;
    String articleBody;
    String datePublished;
    String author;
    String publisher;
    String url;
    final List<String> keywords = new ArrayList<>();

    boolean found() {
        return headline != null || articleBody != null || datePublished != null;
    }

    /** Reads one ld+json script, keeping the first article-like object's fields. */
    void read(String script) {
        if (script == null || script.length() > MAX_SCRIPT) {
            return;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(script.strip());
        } catch (Exception e) {
            return;
        }
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root);
        int visited = 0;
        while (!todo.isEmpty() && visited++ < 2000) {
            JsonNode n = todo.pop();
            if (n.isArray()) {
                n.forEach(todo::addLast);
            } else if (n.isObject()) {
                if (isArticle(n.get("@type"))) {
                    take(n);
                }
                JsonNode graph = n.get("@graph");
                if (graph != null) {
                    todo.addLast(graph);
                }
                JsonNode main = n.get("mainEntity");
                if (main != null) {
                    todo.addLast(main);
                }
            }
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText("").toLowerCase(Locale.ROOT);
        return t.contains("article") || t.equals("blogposting") || t.equals("reportage") || t.equals("liveblogposting")
                || t.equals("socialmediaposting");
    }

    private void take(JsonNode n) {
        if (headline == null) {
            headline = text(n.get("headline"));
            if (headline == null) {
                headline = text(n.get("name"));
            }
        }
        if (description == null) {
            description = text(n.get("description"));
        }
        if (articleBody == null) {
            articleBody = text(n.get("articleBody"));
        }
        if (datePublished == null) {
            datePublished = text(n.get("datePublished"));
            if (datePublished == null) {
                datePublished = text(n.get("dateCreated"));
            }
        }
        if (author == null) {
            author = name(n.get("author"));
        }
        if (publisher == null) {
            publisher = name(n.get("publisher"));
        }
        if (url == null) {
            url = text(n.get("url"));
        }
        if (keywords.isEmpty()) {
            JsonNode k = n.get("keywords");
            if (k != null && k.isArray()) {
                k.forEach(x -> addKeyword(x.asText("")));
            } else if (k != null && k.isTextual()) {
                for (String s : k.asText().split("[,،;]")) {
                    addKeyword(s);
                }
            }
        }
    }

    private void addKeyword(String s) {
        s = s.strip();
        if (!s.isEmpty() && s.length() < 80 && keywords.size() < 50) {
            keywords.add(s);
        }
    }

    private static String text(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return text(n.get("@value"));
        }
        String s = n.asText("").strip();
        return s.isEmpty() ? null : s;
    }

    private static String name(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode x : n) {
                String s = name(x);
                if (s != null && names.size() < 5) {
                    names.add(s);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (n.isObject()) {
            return text(n.get("name"));
        }
        String s = text(n);
        return s == null || s.startsWith("http") ? null : s;
    }
}
