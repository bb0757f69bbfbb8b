package org.frontwire.processors.classify;

import java.util.Properties;
import org.frontwire.processors.RuleFile;

/**
 * The numbers that turn matches into topic scores; the defaults live in {@code classify/scoring.properties}.
 *
 * @param titleFactor      multiplier for a term found in the title
 * @param leadFactor       multiplier for a term found in the summary or the body's lead
 * @param leadTokens       how many body tokens count as the lead
 * @param repeatFactor     share of the weight each repeat of a term adds
 * @param maxRepeats       repeats counted per term
 * @param fullContext      conflict-vocabulary score at which country and leader names count fully
 * @param weakFloor        share a country or leader name keeps with no conflict vocabulary at all
 * @param contextBase      share of a topic score kept with no conflict vocabulary at all
 * @param headlineBonus    added to the topic named first in the headline
 * @param threshold        score a topic needs to be listed
 * @param secondaryRatio   share of the best score another topic needs to be listed beside it
 * @param anchorWindow     tokens either side of a topic term within which conflict vocabulary anchors it
 * @param unanchoredShare  share of its weight a term keeps with no conflict vocabulary within the window
 * @param offTopicShare    share of every topic score kept when the title and lead speak more of elections,
 *                         courts, budgets, sport or markets than of the war
 * @param bystanderShare   share kept by a topic named only by countries and leaders (who acts) beside a topic
 *                         named by its places, groups or forces (where and what): Turkey in a Syria article
 */
public record ScoringRules(
        double titleFactor,
        double leadFactor,
        int leadTokens,
        double repeatFactor,
        int maxRepeats,
        double fullContext,
        double weakFloor,
        double contextBase,
        double headlineBonus,
        double threshold,
        double secondaryRatio,
        int anchorWindow,
        double unanchoredShare,
        double offTopicShare,
        double bystanderShare) {

    public static final String DEFAULT_RESOURCE = "/classify/scoring.properties";

    /** The rules in {@value #DEFAULT_RESOURCE}. */
    public static ScoringRules defaults() {
        return from(RuleFile.load("scoring rule", DEFAULT_RESOURCE));
    }

    public static ScoringRules from(Properties p) {
        return from(RuleFile.of("scoring rule", p));
    }

    private static ScoringRules from(RuleFile p) {
        return new ScoringRules(
                p.number("titleFactor"),
                p.number("leadFactor"),
                (int) p.number("leadTokens"),
                p.number("repeatFactor"),
                (int) p.number("maxRepeats"),
                p.number("fullContext"),
                p.number("weakFloor"),
                p.number("contextBase"),
                p.number("headlineBonus"),
                p.number("threshold"),
                p.number("secondaryRatio"),
                (int) p.number("anchorWindow"),
                p.number("unanchoredShare"),
                p.number("offTopicShare"),
                p.number("bystanderShare"));
    }

    double zoneFactor(Zone zone) {
        return switch (zone) {
            case TITLE -> titleFactor;
            case LEAD -> leadFactor;
            case BODY -> 1.0;
        };
    }
}
