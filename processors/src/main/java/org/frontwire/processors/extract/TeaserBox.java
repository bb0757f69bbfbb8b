package org.frontwire.processors.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A box of another article inside the article: a div, section or aside opening with a read-also or related heading
 * ("اقرأ أيضا", "Related", "Voir aussi"), holding its headline as a link and often paragraphs of it. Its class names
 * may say nothing (none, or meaningless ones), so the heading decides.
 */
final class TeaserBox {
    private static final Set<String> TAGS = Set.of("div", "section", "aside");
    /** Nodes looked at for the box's first text. */
    private static final int HEAD_NODES = 8;
    /** A longer first text is no heading (and is not folded). */
    private static final int MAX_HEADING_CHARS = 200;

    private TeaserBox() {}

    /** Text after a read-also line that makes its box a part of the article rather than a teaser. */
    private static final int MAX_TEXT_AFTER_LINE = 300;

    /**
     * Whether an element that holds link text opens with a box heading. A heading on one line with the linked
     * headline ("Read also: <a>…</a>") opens a box only when little text follows that line: after it come the
     * article's own paragraphs, in a part of the body that opens with a read-also line.
     */
    static boolean opensBox(Element e, String tag) {
        if (!TAGS.contains(tag)) {
            return false;
        }
        TextNode first = firstText(e);
        if (first == null) {
            return false;
        }
        String heading = first.text().strip();
        if (!BodyLineChooser.isBoxHeading(heading, TextNormalizer.fold(heading))) {
            return false;
        }
        Element line = lineOf(first, e);
        return line == e || line.selectFirst("a") == null || e.text().length() - line.text().length() <= MAX_TEXT_AFTER_LINE;
    }

    /** The innermost block element around a text node, up to the box. */
    private static Element lineOf(TextNode t, Element box) {
        Element p = t.parent() != null ? t.parent() : box;
        while (p != box && !HtmlTags.BLOCK.contains(p.normalName())) {
            p = p.parent();
        }
        return p;
    }

    /** The first non-blank text of an element, within its first few nodes; null when none or too long for a heading. */
    private static TextNode firstText(Element e) {
        Node n = e;
        for (int seen = 0; n != null && seen < HEAD_NODES; seen++) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return t.getWholeText().length() > MAX_HEADING_CHARS ? null : t;
            }
            if (n.childNodeSize() > 0) {
                n = n.childNode(0);
                continue;
            }
            while (n != e && n.nextSibling() == null) {
                n = n.parent();
            }
            n = n == e ? null : n.nextSibling();
        }
        return null;
    }
}
