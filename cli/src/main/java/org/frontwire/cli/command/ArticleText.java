package org.frontwire.cli.command;

import org.frontwire.records.Article;

/** {@code tail}'s text format of an article: what is missing is said in words, never printed as "null". */
final class ArticleText {
    private static final int TEXT_CHARS = 300;

    private ArticleText() {}

    static String format(String key, Article a) {
        return "[%s] %s%n  %s | %s | %s%n  %s%n".formatted(key,
                orElse(a.title(), "(untitled)"),
                orElse(a.site(), orElse(a.url(), "site unknown")),
                orElse(a.language(), "language unknown"),
                a.publishedAt() == null ? "date unknown" : a.publishedAt(),
                abbreviate(a.text()));
    }

    private static String orElse(String value, String missing) {
        return value == null || value.isBlank() ? missing : value;
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= TEXT_CHARS ? flat : flat.substring(0, TEXT_CHARS) + "…";
    }
}
