package org.frontwire.processors.extract;

import org.jsoup.nodes.Element;

/** What one element holds: text and link text lengths, commas, and the Readability-style content score it gathered. */
final class BlockStats {
    final Element element;
    final int depth;
    /** Position in document order. */
    final int order;
    int textLen;
    int linkLen;
    int ownTextLen;
    int commas;
    double score;
    /** The paragraph score before the tag's, class's and link density's weights. */
    double paragraphScore;
    boolean scored;
    /** A link to somewhere: an {@code <a>} whose href is not a script ("javascript:..."); its text counts as link text. */
    boolean link;
    /** Hidden (attribute, aria or style) or marked collapsed by class, yet holding paragraphs: the rest of the article. */
    boolean collapsed;
    /** Collapsed by being hidden (attribute, aria or style), not by class alone. */
    boolean hidden;
    /** Marked as chrome by tag, role or class/id. */
    boolean chrome;
    /** Readers' comments by class/id, named after the article ("article-comments"): never its text. */
    boolean comments;
    /** Marked as a paywall or registration gate by class/id: a notice when short, the article's rest when long. */
    boolean gate;
    /** Holds a page-layout element (table, div, form, list): a table cell so is a frame, not a paragraph. */
    boolean holdsLayout;
    /** A picture's caption: a {@code <figcaption>}, or an element whose class or id says so. */
    boolean caption;
    /** The captions with text this element holds (itself included), and their characters. */
    int captions;
    int captionChars;
    /** Inside a chrome-marked element (a comment thread, a dialog, or a wrapper whose class names mislead). */
    boolean inChrome;
    /** Links on a line of their own (a headline's way) this element holds: a teaser list has one per item. */
    int headlines;
    /** Paragraph breaks made of two {@code <br>} between runs of text: paragraphs of a page without {@code <p>}. */
    int brBreaks;
    /** Where the runs of text and {@code <br>} stand: text since the last break, then one {@code <br>} after it. */
    byte brState;

    BlockStats(Element element, int depth, int order) {
        this.element = element;
        this.depth = depth;
        this.order = order;
    }

    double linkDensity() {
        return textLen == 0 ? 0 : (double) linkLen / textLen;
    }
}
