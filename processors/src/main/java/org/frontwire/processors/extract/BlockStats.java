package org.frontwire.processors.extract;

import org.jsoup.nodes.Element;

/** What one element holds: text and link text lengths, commas, and the Readability-style content score it gathered. */
final class BlockStats {
    final Element element;
    final int depth;
    int textLen;
    int linkLen;
    int ownTextLen;
    int commas;
    double score;
    boolean scored;
    /** Marked as chrome by tag, role or class/id. */
    boolean chrome;

    BlockStats(Element element, int depth) {
        this.element = element;
        this.depth = depth;
    }

    double linkDensity() {
        return textLen == 0 ? 0 : (double) linkLen / textLen;
    }
}
