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

    /** Whether an element that holds link text opens with a box heading. */
    static boolean opensBox(Element e, String tag) {
        if (!TAGS.contains(tag)) {
            return false;
        }
        String heading = firstText(e);
        return heading != null && BodyLineChooser.isBoxHeading(heading, TextNormalizer.fold(heading));
    }

    /** The first non-blank text of an element, within its first few nodes; null when none or too long for a heading. */
    private static String firstText(Element e) {
        Node n = e;
        for (int seen = 0; n != null && seen < HEAD_NODES; seen++) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return t.getWholeText().length() > MAX_HEADING_CHARS ? null : t.text().strip();
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
