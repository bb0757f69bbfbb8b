package org.frontwire.processors.extract;

import org.jsoup.nodes.Element;

/** The captioned pictures a box holds: a gallery or slideshow is a box of them, its captions most of its text. */
record PictureGroup(int captions, int captionChars) {

    /** The captions (figcaptions, and elements whose class or id says caption) the box holds, as the scan added them. */
    static PictureGroup of(Element box, HtmlPageScan scan) {
        BlockStats s = scan.stats(box);
        return s == null ? new PictureGroup(0, 0) : new PictureGroup(s.captions, s.captionChars);
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
