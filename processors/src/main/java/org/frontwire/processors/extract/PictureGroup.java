package org.frontwire.processors.extract;

import org.jsoup.nodes.Element;

/** The captioned pictures a box holds: a gallery or slideshow is a box of them, its captions most of its text. */
record PictureGroup(int captions, int captionChars) {

    static PictureGroup of(Element box, HtmlPageScan scan) {
        int captions = 0;
        int captionChars = 0;
        for (Element caption : box.getElementsByTag("figcaption")) {
            BlockStats cs = scan.stats(caption);
            if (cs != null && cs.textLen > 0) {
                captions++;
                captionChars += cs.textLen;
            }
        }
        return new PictureGroup(captions, captionChars);
    }

    /** The group in a box whose text is mostly its pictures' captions, with hardly any links; null for any other box. */
    static PictureGroup carrying(Element box, BlockStats s, HtmlPageScan scan) {
        if (s.textLen == 0 || s.linkLen * 4 > s.textLen) {
            return null;
        }
        PictureGroup g = of(box, scan);
        return g.captionChars * 2 >= s.textLen ? g : null;
    }

    /** A box of {@code minCaptions} captioned pictures or more, carrying its text: a gallery. */
    static boolean isGallery(Element box, BlockStats s, HtmlPageScan scan, int minCaptions) {
        PictureGroup g = carrying(box, s, scan);
        return g != null && g.captions >= minCaptions;
    }
}
