package org.frontwire.cli.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/** Random, reproducible damage to a page: the kinds of breakage real crawls and hostile servers produce. */
public final class PageMutator {

    /** One way of breaking a page. */
    public enum Kind {
        FLIP_CHARACTERS, TRUNCATE, DELETE_RANGE, REPEAT_RANGE, UNBALANCED_TAGS, NESTING_BOMB, UNCLOSED_CONSTRUCT,
        SHUFFLE_LINES, STRIP_TAGS, INVISIBLE_CHARACTERS, WRONG_CONTENT_TYPE, MOJIBAKE, HUGE_ATTRIBUTES, BREAK_ANGLE_BRACKETS
    }

    public record Mutant(String contentType, String body, List<Kind> kinds) {}

    private static final String[] TAGS = {"div", "p", "article", "table", "tr", "td", "ul", "li", "a", "span", "main",
            "section", "nav", "footer", "header", "aside", "h1", "h2", "script", "style", "form", "iframe", "svg", "math"};
    private static final String[] UNCLOSED = {"<!--", "<script>", "<style>", "<![CDATA[", "<textarea>", "<title>",
            "<noscript>", "<plaintext>", "<xmp>", "<template>", "<a href=\"", "<div class='"};
    private static final String INVISIBLE = "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
            + "\uFEFF\u0640\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u00AD\u0000\u0007\u001B\uFFFD\uD800\uDFFF";
    private static final Charset[] WRONG_CHARSETS = {Charset.forName("windows-1256"), Charset.forName("ISO-8859-6"),
            StandardCharsets.ISO_8859_1, Charset.forName("windows-1251"), StandardCharsets.UTF_16LE};
    /** Upper bound of what a mutation may add, so the run measures pages, not the fuzzer's memory. */
    private static final int MAX_GROWTH_CHARS = 4_000_000;

    private final Random random;

    public PageMutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to three mutations of the page. */
    public Mutant mutate(String contentType, String body) {
        int count = 1 + random.nextInt(3);
        List<Kind> kinds = new ArrayList<>(count);
        String type = contentType;
        String text = body;
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            kinds.add(kind);
            if (kind == Kind.WRONG_CONTENT_TYPE) {
                type = pick(new String[] {"text/plain", "text/html", "application/xhtml+xml", null, "text/html; charset=utf-8"});
            } else {
                text = apply(kind, text);
            }
        }
        return new Mutant(type, text, kinds);
    }

    private String apply(Kind kind, String s) {
        BiFunction<String, Random, String> f = switch (kind) {
            case FLIP_CHARACTERS -> PageMutator::flipCharacters;
            case TRUNCATE -> (t, r) -> t.substring(0, r.nextInt(t.length() + 1));
            case DELETE_RANGE -> PageMutator::deleteRange;
            case REPEAT_RANGE -> PageMutator::repeatRange;
            case UNBALANCED_TAGS -> PageMutator::unbalancedTags;
            case NESTING_BOMB -> (t, r) -> insert(t, r, ("<" + TAGS[r.nextInt(TAGS.length)] + ">").repeat(1000 + r.nextInt(50_000)));
            case UNCLOSED_CONSTRUCT -> (t, r) -> insert(t, r, UNCLOSED[r.nextInt(UNCLOSED.length)]);
            case SHUFFLE_LINES -> PageMutator::shuffleLines;
            case STRIP_TAGS -> (t, r) -> t.replaceAll("<[^>]{0,200}>", " ");
            case INVISIBLE_CHARACTERS -> PageMutator::invisibleCharacters;
            case MOJIBAKE -> (t, r) -> new String(t.getBytes(StandardCharsets.UTF_8), WRONG_CHARSETS[r.nextInt(WRONG_CHARSETS.length)]);
            case HUGE_ATTRIBUTES -> PageMutator::hugeAttributes;
            case BREAK_ANGLE_BRACKETS -> (t, r) -> r.nextBoolean() ? t.replace(">", "") : t.replace("<", "&lt");
            case WRONG_CONTENT_TYPE -> (t, r) -> t;
        };
        return f.apply(s, random);
    }

    private static String flipCharacters(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        int flips = 1 + r.nextInt(Math.max(1, s.length() / 50));
        for (int i = 0; i < flips; i++) {
            b.setCharAt(r.nextInt(b.length()), (char) r.nextInt(0x10000));
        }
        return b.toString();
    }

    private static String deleteRange(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int from = r.nextInt(s.length());
        int to = Math.min(s.length(), from + r.nextInt(s.length() - from + 1));
        return s.substring(0, from) + s.substring(to);
    }

    private static String repeatRange(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int from = r.nextInt(s.length());
        int to = Math.min(s.length(), from + 1 + r.nextInt(2000));
        String range = s.substring(from, to);
        int times = Math.min(1 + r.nextInt(5000), MAX_GROWTH_CHARS / range.length());
        return s.substring(0, to) + range.repeat(times) + s.substring(to);
    }

    private static String unbalancedTags(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        int n = 1 + r.nextInt(200);
        for (int i = 0; i < n; i++) {
            String tag = TAGS[r.nextInt(TAGS.length)];
            b.insert(r.nextInt(b.length() + 1), r.nextBoolean() ? "<" + tag + ">" : "</" + tag + ">");
        }
        return b.toString();
    }

    private static String shuffleLines(String s, Random r) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        Collections.shuffle(lines, r);
        return String.join("\n", lines);
    }

    private static String invisibleCharacters(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        int n = 1 + r.nextInt(Math.max(1, s.length() / 20));
        for (int i = 0; i < n; i++) {
            b.insert(r.nextInt(b.length() + 1), INVISIBLE.charAt(r.nextInt(INVISIBLE.length())));
        }
        return b.toString();
    }

    private static String hugeAttributes(String s, Random r) {
        StringBuilder attributes = new StringBuilder();
        int n = 1 + r.nextInt(2000);
        for (int i = 0; i < n; i++) {
            attributes.append(" data-a").append(i).append("=\"").append("x".repeat(r.nextInt(500))).append('"');
        }
        attributes.append(" class=\"").append("nav comment share article content ".repeat(1 + r.nextInt(200))).append('"');
        return insert(s, r, "<div" + attributes + ">");
    }

    private static String insert(String s, Random r, String what) {
        int at = r.nextInt(s.length() + 1);
        return s.substring(0, at) + what + s.substring(at);
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }
}
