package org.frontwire.processors.extract;

import java.util.List;
import java.util.Random;
import org.frontwire.processors.extract.TextPageGenerator.Article;
import org.frontwire.processors.extract.TextPageGenerator.GeneratedPage;
import org.frontwire.processors.extract.TextPageGenerator.Part;
import org.frontwire.processors.extract.TextPageGenerator.Role;
import org.jsoup.nodes.Entities;

/**
 * Writes a {@link GeneratedPage} as HTML the way news sites mark it up: the same article, chrome and positions as its
 * text rendering, in a site's {@link Markup} (semantic tags or div soup; descriptive, meaningless or no class names;
 * read-also boxes as {@code <aside>}, {@code <div class="related">} or a plain {@code <div>} inside the body; paragraphs
 * as {@code <p>} or text cut by {@code <br>}s; a title tag with or without the site's name).
 */
final class HtmlPageRenderer {
    /** How the read-also box inside the article is marked up. */
    enum ReadAlsoBox { ASIDE, CLASSED_DIV, PLAIN_DIV, LINKED_CARD }

    /** How class names are given. */
    enum ClassNames { DESCRIPTIVE, MEANINGLESS, NONE }

    /**
     * One site's HTML template.
     *
     * @param semantic     header, nav, main, article, aside and footer tags (else divs)
     * @param classes      class names
     * @param readAlso     the read-also box's markup
     * @param brParagraphs the body as text cut by {@code <br><br>} in one block (else {@code <p>}s)
     * @param titleStyle   0 "headline | site", 1 "site - headline", 2 the headline alone, 3 the site's name and tagline
     *                     (a template that never puts the headline in the title tag)
     * @param ogTitle      an og:title meta tag with the bare headline
     * @param description  a description meta tag holding the standfirst
     * @param wrappers     extra {@code <div>}s around the article's column
     * @param salt         makes meaningless class names differ between sites
     */
    record Markup(boolean semantic, ClassNames classes, ReadAlsoBox readAlso, boolean brParagraphs, int titleStyle,
                  boolean ogTitle, boolean description, int wrappers, int salt) {
        /** The groups a report puts the site in: tags, class names, read-also box, paragraphs. */
        List<String> labels() {
            return List.of("tags " + (semantic ? "semantic" : "div-soup"), "classes " + classes.name().toLowerCase(java.util.Locale.ROOT),
                    "read-also " + readAlso.name().toLowerCase(java.util.Locale.ROOT), "paragraphs " + (brParagraphs ? "br" : "p"));
        }
    }

    private final Markup m;
    private final StringBuilder out = new StringBuilder(8192);

    private HtmlPageRenderer(Markup m) {
        this.m = m;
    }

    static Markup markup(Random r) {
        return new Markup(r.nextBoolean(), ClassNames.values()[r.nextInt(3)], ReadAlsoBox.values()[r.nextInt(4)],
                r.nextInt(5) == 0, r.nextInt(4), r.nextBoolean(), r.nextBoolean(), r.nextInt(3), r.nextInt(1 << 20));
    }

    static String render(GeneratedPage page, Markup markup) {
        return new HtmlPageRenderer(markup).write(page);
    }

    private String write(GeneratedPage page) {
        String headline = page.article().headline();
        String title = switch (m.titleStyle) {
            case 0 -> headline + " | " + page.site();
            case 1 -> page.site() + " - " + headline;
            case 2 -> headline;
            default -> page.parts().stream().filter(p -> p.role() == Role.BANNER).findFirst().orElseThrow().lines().get(0);
        };
        out.append("<!DOCTYPE html>\n<html lang=\"").append(page.lang()).append('"')
                .append(page.lang().equals("ar") ? " dir=\"rtl\"" : "").append(">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n");
        if (m.ogTitle) {
            out.append("<meta property=\"og:title\" content=\"").append(esc(headline)).append("\">\n");
        }
        if (m.description) {
            out.append("<meta name=\"description\" content=\"").append(esc(page.article().standfirst())).append("\">\n");
        }
        out.append("<link rel=\"stylesheet\" href=\"/static/site.css\">\n<script>window.dataLayer=[];</script>\n</head>\n<body")
                .append(cls("page")).append(">\n");
        List<Part> parts = page.parts();
        int i = 0;
        open(m.semantic ? "header" : "div", "site-header");
        for (; i < parts.size() && isTop(parts.get(i).role()); i++) {
            top(parts.get(i));
        }
        close(m.semantic ? "header" : "div");
        open(m.semantic ? "main" : "div", "content");
        for (int w = 0; w < m.wrappers; w++) {
            open("div", w == 0 ? "container" : "col-main");
        }
        open(m.semantic ? "article" : "div", "article");
        open(m.semantic ? "header" : "div", "article-head");
        for (; i < parts.size() && isHead(parts.get(i).role()); i++) {
            head(parts.get(i));
        }
        close(m.semantic ? "header" : "div");
        open("div", "article-body");
        boolean inBr = false;
        for (; i < parts.size() && isBody(parts.get(i).role()); i++) {
            Part p = parts.get(i);
            if (p.role() == Role.PARAGRAPH && m.brParagraphs && !isSubheading(p.lines().get(0))) {
                if (inBr) {
                    out.append("<br>\n<br>\n");
                } else {
                    open("div", "text");
                    inBr = true;
                }
                out.append(esc(p.lines().get(0)));
                continue;
            }
            if (inBr) {
                close("div");
                inBr = false;
            }
            body(p);
        }
        if (inBr) {
            close("div");
        }
        close("div");
        close(m.semantic ? "article" : "div");
        for (; i < parts.size() && isAfterInColumn(parts.get(i).role()); i++) {
            after(parts.get(i));
        }
        for (int w = 0; w < m.wrappers; w++) {
            close("div");
        }
        close(m.semantic ? "main" : "div");
        open(m.semantic ? "footer" : "div", "site-footer");
        for (; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p.role() == Role.MOST_READ || p.role() == Role.RELATED_AFTER || p.role() == Role.COMMENTS) {
                after(p);
            } else {
                line(p.role() == Role.FOOTER ? "p" : "div", "footer-line", p.lines().get(0));
            }
        }
        close(m.semantic ? "footer" : "div");
        out.append("<script src=\"/static/app.js\"></script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static boolean isTop(Role r) {
        return r == Role.COOKIE || r == Role.BANNER || r == Role.DATE_BAR || r == Role.NAV || r == Role.TICKER || r == Role.BREADCRUMB;
    }

    private static boolean isHead(Role r) {
        return r == Role.TITLE_TWICE || r == Role.HEADLINE || r == Role.STANDFIRST || r == Role.BYLINE || r == Role.DATELINE
                || r == Role.SHARE_UNDER_TITLE;
    }

    private static boolean isBody(Role r) {
        return r == Role.PARAGRAPH || r == Role.SHARE || r == Role.COUNTER || r == Role.AD || r == Role.NEWSLETTER
                || r == Role.READ_ALSO_LINE || r == Role.READ_ALSO_BOX || r == Role.RELATED_LIST;
    }

    private static boolean isAfterInColumn(Role r) {
        return r == Role.SOURCE || r == Role.TAGS || r == Role.RELATED_AFTER || r == Role.COMMENTS;
    }

    private void top(Part p) {
        String text = p.lines().get(0);
        switch (p.role()) {
            case COOKIE -> {
                open("div", "cookie-notice");
                line("p", null, text);
                out.append("<button>OK</button>\n");
                close("div");
            }
            case BANNER -> {
                int bar = text.indexOf(" | ");
                open("div", "logo");
                out.append("<a href=\"/\">").append(esc(text.substring(0, bar))).append("</a>");
                out.append(" | <span").append(cls("tagline")).append('>').append(esc(text.substring(bar + 3))).append("</span>\n");
                close("div");
            }
            case DATE_BAR -> line("div", "date-bar", text);
            case NAV -> {
                open(m.semantic ? "nav" : "div", "main-menu");
                out.append("<ul>");
                List<String> items = p.lines().size() > 1 ? p.lines() : List.of(text.split(text.contains(" | ") ? " \\| " : " "));
                for (String item : items) {
                    out.append("<li><a href=\"/section/").append(Math.abs(item.hashCode() % 97)).append("\">").append(esc(item))
                            .append("</a></li>");
                }
                out.append("</ul>\n");
                close(m.semantic ? "nav" : "div");
            }
            case TICKER -> {
                open("div", "breaking-ticker");
                out.append("<span>").append(esc(p.label())).append("</span>: <a href=\"/news/").append(slug(p.foreign()))
                        .append("\">").append(esc(p.foreign().headline())).append("</a>\n");
                close("div");
            }
            case BREADCRUMB -> {
                open("div", "breadcrumb");
                String[] crumbs = text.split(" » ");
                for (int c = 0; c < crumbs.length; c++) {
                    out.append(c > 0 ? " » " : "").append("<a href=\"/c").append(c).append("\">").append(esc(crumbs[c])).append("</a>");
                }
                out.append('\n');
                close("div");
            }
            default -> throw new IllegalStateException(p.role().name());
        }
    }

    private void head(Part p) {
        String text = p.lines().get(0);
        switch (p.role()) {
            case TITLE_TWICE -> line("div", "kicker", text);
            case HEADLINE -> line("h1", "headline", text);
            case STANDFIRST -> line(m.salt % 3 == 0 ? "h2" : "p", "lead", text);
            case BYLINE -> {
                open("div", "author");
                out.append(esc(p.label())).append(" <a href=\"/author/1\">").append(esc(text.substring(p.label().length() + 1)))
                        .append("</a>\n");
                close("div");
            }
            case DATELINE -> out.append("<time datetime=\"2024-03-12T10:45:00Z\"").append(cls("date")).append('>').append(esc(text))
                    .append("</time>\n");
            case SHARE_UNDER_TITLE -> share(text);
            default -> throw new IllegalStateException(p.role().name());
        }
    }

    private void body(Part p) {
        String text = p.lines().get(0);
        switch (p.role()) {
            case PARAGRAPH -> line(isSubheading(text) ? "h2" : "p", null, text);
            case SHARE -> share(text);
            case COUNTER -> line("div", "views", text);
            case AD -> {
                open("div", "ad-slot");
                line("span", null, text);
                out.append("<div id=\"gpt-ad-").append(m.salt).append("\"></div>\n");
                close("div");
            }
            case NEWSLETTER -> {
                open("div", "newsletter");
                line("p", null, text);
                out.append("<form action=\"/subscribe\"><input type=\"email\"><button>OK</button></form>\n");
                close("div");
            }
            case READ_ALSO_LINE -> {
                out.append("<p").append(cls("read-also")).append("><strong>").append(esc(p.label())).append(":</strong> <a href=\"/news/")
                        .append(slug(p.foreign())).append("\">").append(esc(p.foreign().headline())).append("</a></p>\n");
            }
            case READ_ALSO_BOX -> readAlsoBox(p);
            case RELATED_LIST -> linkList("related-links", p, "h4");
            default -> throw new IllegalStateException(p.role().name());
        }
    }

    private void readAlsoBox(Part p) {
        if (m.readAlso == ReadAlsoBox.LINKED_CARD) {
            open("div", "card");
            line("span", "card-label", p.label());
            out.append("<a href=\"/news/").append(slug(p.foreign())).append("\">\n");
            line("h3", null, p.foreign().headline());
            for (String para : p.lines().subList(2, p.lines().size())) {
                line("p", null, para);
            }
            out.append("</a>\n");
            close("div");
            return;
        }
        String tag = switch (m.readAlso) {
            case ASIDE -> m.semantic ? "aside" : "div";
            default -> "div";
        };
        if (m.readAlso == ReadAlsoBox.PLAIN_DIV) {
            out.append("<div>\n");
        } else {
            open(tag, "read-also");
        }
        line(m.readAlso == ReadAlsoBox.PLAIN_DIV ? "div" : "h4", "box-title", p.label());
        Article a = p.foreign();
        out.append("<h3><a href=\"/news/").append(slug(a)).append("\">").append(esc(a.headline())).append("</a></h3>\n");
        for (String para : p.lines().subList(2, p.lines().size())) {
            line("p", null, para);
        }
        close(m.readAlso == ReadAlsoBox.PLAIN_DIV ? "div" : tag);
    }

    private void after(Part p) {
        switch (p.role()) {
            case SOURCE, TAGS -> {
                open("div", p.role() == Role.SOURCE ? "source" : "tags");
                String text = p.lines().get(0);
                String value = text.substring(p.label().length() + 2);
                out.append("<span>").append(esc(p.label())).append(":</span> ");
                if (p.role() == Role.TAGS) {
                    for (String tagWord : value.split("،? |, ")) {
                        out.append("<a href=\"/tag/").append(Math.abs(tagWord.hashCode() % 97)).append("\">").append(esc(tagWord))
                                .append("</a> ");
                    }
                } else {
                    out.append(esc(value));
                }
                out.append('\n');
                close("div");
            }
            case RELATED_AFTER -> {
                open(m.semantic ? "section" : "div", "related-posts");
                linkList(null, p, "h3");
                close(m.semantic ? "section" : "div");
            }
            case MOST_READ -> {
                open(m.semantic ? "aside" : "div", "most-read");
                linkList(null, p, "h3");
                close(m.semantic ? "aside" : "div");
            }
            case COMMENTS -> {
                open(m.semantic ? "section" : "div", "comments");
                List<String> l = p.lines();
                line("h3", null, l.get(0));
                for (int c = 1; c + 2 < l.size(); c += 3) {
                    open("div", "comment");
                    line("span", "comment-author", l.get(c));
                    line("span", "comment-date", l.get(c + 1));
                    line("p", null, l.get(c + 2));
                    close("div");
                }
                close(m.semantic ? "section" : "div");
            }
            default -> throw new IllegalStateException(p.role().name());
        }
    }

    /** A heading and a list of linked headlines. */
    private void linkList(String cssClass, Part p, String headingTag) {
        if (cssClass != null) {
            open("div", cssClass);
        }
        line(headingTag, null, p.lines().get(0));
        out.append("<ul>\n");
        for (String h : p.lines().subList(1, p.lines().size())) {
            String headline = h.startsWith("• ") ? h.substring(2) : h;
            out.append("<li><a href=\"/news/").append(Math.abs(headline.hashCode() % 9973)).append("\">").append(esc(headline))
                    .append("</a></li>\n");
        }
        out.append("</ul>\n");
        if (cssClass != null) {
            close("div");
        }
    }

    private void share(String text) {
        open("div", "share-buttons");
        if (m.salt % 2 == 0) {
            out.append("<span>").append(esc(text)).append("</span>\n");
        } else {
            out.append("<a href=\"https://facebook.example/share\">").append(esc(text)).append("</a>\n");
        }
        close("div");
    }

    /** A body line printed without an ending stop: a subheading. */
    private static boolean isSubheading(String line) {
        return !line.matches("(?s).*[.!?؟»\"”:)]\\s*$") && line.split("\\s+").length <= 10;
    }

    private void line(String tag, String role, String text) {
        out.append('<').append(tag).append(role == null ? "" : cls(role)).append('>').append(esc(text)).append("</").append(tag)
                .append(">\n");
    }

    private void open(String tag, String role) {
        out.append('<').append(tag).append(cls(role)).append(">\n");
    }

    private void close(String tag) {
        out.append("</").append(tag).append(">\n");
    }

    /** The class attribute a site gives an element of this role (none on sites without class names). */
    private String cls(String role) {
        return switch (m.classes) {
            case DESCRIPTIVE -> " class=\"" + role + "\"";
            case MEANINGLESS -> " class=\"c" + Integer.toString(Math.abs((role + m.salt).hashCode()) % 46_656, 36) + "\"";
            case NONE -> "";
        };
    }

    private static String slug(Article a) {
        return Integer.toString(Math.abs(a.headline().hashCode() % 99_991));
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }
}
