package org.frontwire.processors.classify;

/**
 * The numbers that turn matches into topic scores.
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
        double secondaryRatio) {

    public static ScoringRules defaults() {
        return new ScoringRules(2.0, 1.5, 60, 0.3, 4, 5.0, 0.15, 0.5, 3.0, 4.0, 0.4);
    }

    double zoneFactor(Zone zone) {
        return switch (zone) {
            case TITLE -> titleFactor;
            case LEAD -> leadFactor;
            case BODY -> 1.0;
        };
    }
}
