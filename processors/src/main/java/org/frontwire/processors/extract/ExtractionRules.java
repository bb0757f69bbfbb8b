package org.frontwire.processors.extract;

import java.util.Properties;
import org.frontwire.processors.RuleFile;

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
 * @param teaserListItemChars         a block with three teaser headlines or more (links on their own line, a summary under each) and fewer characters than this per headline is a teaser list
 * @param teaserListDamping           factor on a teaser list's score
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
        int leadParagraphChars,
        int teaserListItemChars,
        double teaserListDamping) {

    static final String DEFAULT_RESOURCE = "/extract/extraction.properties";
    private static final ExtractionRules DEFAULTS = load();

    /** The rules in {@value #DEFAULT_RESOURCE}, read once. */
    static ExtractionRules defaults() {
        return DEFAULTS;
    }

    private static ExtractionRules load() {
        return from(RuleFile.load("extraction rule", DEFAULT_RESOURCE));
    }

    static ExtractionRules from(Properties p) {
        return from(RuleFile.of("extraction rule", p));
    }

    private static ExtractionRules from(RuleFile p) {
        return new ExtractionRules(
                p.number("attributeWeight"),
                p.number("articleTagBonus"),
                p.number("articleBodyBonus"),
                p.whole("rivalsConsidered"),
                p.number("rivalShare"),
                p.whole("rivalsToWiden"),
                p.number("climbStopDivisor"),
                p.number("siblingShare"),
                p.number("siblingMinScore"),
                p.number("sameClassSiblingBonus"),
                p.whole("siblingParagraphChars"),
                p.number("siblingParagraphLinkDensity"),
                p.whole("twinMinChars"),
                p.number("twinMinShare"),
                p.number("twinMaxLinkDensity"),
                p.number("chromeParagraphDamping"),
                p.whole("minBodyChars"),
                p.whole("gateNoticeChars"),
                p.number("sectionStopCutShare"),
                p.whole("noticeMaxChars"),
                p.whole("galleryMinCaptions"),
                p.number("galleryCaptionShare"),
                p.whole("leadParagraphChars"),
                p.whole("teaserListItemChars"),
                p.number("teaserListDamping"));
    }
}
