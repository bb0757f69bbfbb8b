package org.frontwire.processors.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Tag sets the HTML path decides on. */
final class HtmlTags {
    private HtmlTags() {}

    /** Removed before anything else: never article text. */
    static final Set<String> JUNK = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
            "embed", "input", "button", "select", "textarea", "option", "link", "meta", "video", "audio", "map",
            "math", "dialog", "label");

    /** Chrome by their very tag. */
    static final Set<String> CHROME = Set.of("nav", "footer", "aside", "header", "menu", "head", "figure", "figcaption");

    static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "dialog",
            "alertdialog", "menu", "menubar", "search", "toolbar");

    static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
            "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr", "address", "center",
            "form", "fieldset", "details", "summary", "body", "html", "picture", "legend", "hgroup", "menu");

    /** Elements whose class, id or role is checked for chrome (others are inline or hold no text). */
    static final Set<String> MAY_BE_CHROME = Set.of("div", "section", "article", "header", "footer", "aside", "nav", "ul",
            "ol", "li", "dl", "table", "p", "span", "blockquote", "form", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
            "center", "font", "ins", "details", "menu", "main", "tr", "td");

    /** Elements that lay a page out: a table cell holding one is a frame of the layout, not a paragraph. */
    static final Set<String> LAYOUT = Set.of("table", "div", "form", "ul", "ol", "section", "nav", "aside");

    /** Elements whose text counts as a paragraph for scoring. */
    static final Set<String> PARAGRAPH = Set.of("p", "pre", "blockquote", "td");

    /** Elements that are a paragraph when they hold enough text of their own. */
    static final Set<String> LOOSE_PARAGRAPH = Set.of("div", "section", "article", "span", "font", "center", "main", "dd");

    /**
     * Whether the element is a paragraph when it holds enough text of its own: the loose paragraph tags and custom
     * elements, whose names hold a hyphen ({@code <founder-content>}, {@code <rich-text>}).
     */
    static boolean isLooseParagraph(String tag) {
        return LOOSE_PARAGRAPH.contains(tag) || tag.indexOf('-') > 0;
    }

    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Whether one of the element's children is a block: otherwise it holds inline text alone. */
    static boolean holdsBlock(Element e) {
        for (Element child : e.children()) {
            if (BLOCK.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }
}
