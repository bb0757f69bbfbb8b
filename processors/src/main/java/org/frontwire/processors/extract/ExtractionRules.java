package org.frontwire.processors.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The numbers the HTML extractor decides on; the defaults, each explained, live in {@code extract/extraction.properties}.
 *
 * @param attributeWeight             score a class/id token naming the article adds (naming chrome: subtracts)
 * @param articleTagBonus             score added to an {@code <article>} element
 * @param articleBodyBonus            score added to an element marked {@code itemprop="articleBody"}
 * @param rivalsConsidered            candidates after the best one looked at as its rivals
 * @param rivalShare                  share of the best score a rival needs
 * @param rivalsToWiden               rivals a common ancestor must hold to replace the best candidate
 * @param climbStopDivisor            climbing stops at a parent scoring below the child's score divided by this
 * @param siblingShare                share of the chosen block's score a sibling needs to join it
 * @param siblingMinScore             the least score a joining sibling needs
 * @param sameClassSiblingBonus       share of the block's score given to a sibling with the block's class
 * @param siblingParagraphChars       a {@code <p>} sibling longer than this joins on low link density alone
 * @param siblingParagraphLinkDensity link density such a {@code <p>} must stay below
 * @param twinMinChars                characters a same-tag, same-class block elsewhere needs to join
 * @param twinMinShare                or this share of the chosen block's characters, when larger
 * @param twinMaxLinkDensity          link density such a block may have at most
 * @param chromeParagraphDamping      factor on the score of a paragraph inside chrome
 * @param minBodyChars                below this, a looser write and the JSON-LD body are tried
 * @param gateNoticeChars             a paywall-marked block shorter than this is a notice
 * @param sectionStopCutShare         a section stop ends the body when in this last share of the text
 * @param noticeMaxChars              a block with a notice phrase (cookie consent...) shorter than this is no article
 * @param galleryMinCaptions          figure captions an article needs for them to count as its text
 * @param galleryCaptionShare         share of the article's characters its captions need for that
 * @param leadParagraphChars          a paragraph in the article's (chrome) header this long and ending a sentence is its lead
 */
record ExtractionRules(
        double attributeWeight,
        double articleTagBonus,
        double articleBodyBonus,
        int rivalsConsidered,
        double rivalShare,
        int rivalsToWiden,
        double climbStopDivisor,
        double siblingShare,
        double siblingMinScore,
        double sameClassSiblingBonus,
        int siblingParagraphChars,
        double siblingParagraphLinkDensity,
        int twinMinChars,
        double twinMinShare,
        double twinMaxLinkDensity,
        double chromeParagraphDamping,
        int minBodyChars,
        int gateNoticeChars,
        double sectionStopCutShare,
        int noticeMaxChars,
        int galleryMinCaptions,
        double galleryCaptionShare,
        int leadParagraphChars) {

    static final String DEFAULT_RESOURCE = "/extract/extraction.properties";
    private static final ExtractionRules DEFAULTS = load();

    /** The rules in {@value #DEFAULT_RESOURCE}, read once. */
    static ExtractionRules defaults() {
        return DEFAULTS;
    }

    private static ExtractionRules load() {
        try (InputStream in = ExtractionRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return from(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExtractionRules from(Properties p) {
        return new ExtractionRules(
                number(p, "attributeWeight"),
                number(p, "articleTagBonus"),
                number(p, "articleBodyBonus"),
                whole(p, "rivalsConsidered"),
                number(p, "rivalShare"),
                whole(p, "rivalsToWiden"),
                number(p, "climbStopDivisor"),
                number(p, "siblingShare"),
                number(p, "siblingMinScore"),
                number(p, "sameClassSiblingBonus"),
                whole(p, "siblingParagraphChars"),
                number(p, "siblingParagraphLinkDensity"),
                whole(p, "twinMinChars"),
                number(p, "twinMinShare"),
                number(p, "twinMaxLinkDensity"),
                number(p, "chromeParagraphDamping"),
                whole(p, "minBodyChars"),
                whole(p, "gateNoticeChars"),
                number(p, "sectionStopCutShare"),
                whole(p, "noticeMaxChars"),
                whole(p, "galleryMinCaptions"),
                number(p, "galleryCaptionShare"),
                whole(p, "leadParagraphChars"));
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("extraction rule missing: " + key);
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("extraction rule " + key + " is not a number: " + v.trim());
        }
    }

    private static int whole(Properties p, String key) {
        double d = number(p, key);
        if (d != Math.rint(d)) {
            throw new IllegalArgumentException("extraction rule " + key + " must be a whole number: " + d);
        }
        return (int) d;
    }
}
