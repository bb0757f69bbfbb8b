package org.frontwire.processors.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwire.processors.stories.StoryFixtures.*;

import java.time.Duration;
import org.frontwire.records.Article;
import org.frontwire.records.Story;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private final StoryReplay replay = new StoryReplay(StorySettings.defaults());

    private String storyOf(Article a) {
        return replay.add(a).story().id();
    }

    @Test
    void aReprintUnderAnotherHeadlineJoinsTheStoryOfItsFirstReport() {
        String first = storyOf(FIRST_FLIGHT);
        assertThat(first).isEqualTo("s-" + FIRST_FLIGHT.id());
        assertThat(storyOf(FIRST_FLIGHT_REPRINT)).isEqualTo(first);
    }

    @Test
    void aReportInItsOwnWordsJoinsTheStory() {
        String first = storyOf(FIRST_FLIGHT);
        assertThat(storyOf(FIRST_FLIGHT_OWN_WORDS)).isEqualTo(first);
    }

    @Test
    void theSecondFlightIsNotTheFirstEvenInTheSameWireWords() {
        String first = storyOf(FIRST_FLIGHT);
        storyOf(FIRST_FLIGHT_REPRINT);
        assertThat(storyOf(SECOND_FLIGHT)).isNotEqualTo(first);
    }

    @Test
    void anAnalysisPieceAndARoundUpJoinNoStory() {
        String first = storyOf(FIRST_FLIGHT);
        assertThat(storyOf(FLIGHT_ANALYSIS)).isNotEqualTo(first);
        assertThat(storyOf(ROUND_UP)).isNotEqualTo(first);
        assertThat(storyOf(FIRST_FLIGHT_REPRINT)).isEqualTo(first);
    }

    @Test
    void twoAttacksInOneProvinceOnOneDayAreTwoStories() {
        assertThat(storyOf(DIYALA_ROADSIDE)).isNotEqualTo(storyOf(DIYALA_MARKET));
        assertThat(storyOf(AR_LAHJ_AMBUSH)).isNotEqualTo(storyOf(AR_LAHJ_SHELLING));
    }

    @Test
    void arabicSpellingVariantsAndEasternDigitsStillMatch() {
        String first = storyOf(AR_FIRST_FLIGHT);
        assertThat(storyOf(AR_FIRST_FLIGHT_REPRINT)).isEqualTo(first);
        assertThat(storyOf(AR_SECOND_FLIGHT)).isNotEqualTo(first);
    }

    @Test
    void theStoryCountsArticlesAndOutletsAndKeepsTheEarliestTitle() {
        storyOf(FIRST_FLIGHT);
        storyOf(FIRST_FLIGHT_REPRINT);
        Story s = replay.assign(FIRST_FLIGHT_OWN_WORDS).story();
        assertThat(s.articles()).isEqualTo(3);
        assertThat(s.outlets()).isEqualTo(3);
        assertThat(s.title()).isEqualTo(FIRST_FLIGHT.title());
        assertThat(s.firstSeen()).isEqualTo(T0);
        assertThat(s.lastSeen()).isEqualTo(T0.plusSeconds(7200));
        assertThat(s.urls()).hasSize(3).first().isEqualTo(FIRST_FLIGHT.url());
        assertThat(s.topics()).containsExactly("yemen");
        assertThat(s.terms()).contains("basalma");
    }

    @Test
    void aReprintOutsideTheWindowStartsANewStory() {
        String first = storyOf(FIRST_FLIGHT);
        Article late = en("en-late", "late.example", FIRST_FLIGHT_REPRINT.title(), FIRST_FLIGHT_REPRINT.text(),
                T0.plus(StorySettings.DEFAULT_WINDOW).plus(Duration.ofHours(2)));
        assertThat(storyOf(late)).isNotEqualTo(first);
    }

    @Test
    void storiesOlderThanTheRetentionAreDropped() {
        for (int day = 0; day < 30; day++) {
            replay.add(en("en-day-" + day, "wire.example", "Unrelated headline number " + day + " about topic " + (char) ('a' + day),
                    "Body text for day " + day + " with words alpha" + day + " beta" + day + " gamma" + day, T0.plus(Duration.ofDays(day))));
        }
        assertThat(replay.storiesKept()).isLessThanOrEqualTo((int) StorySettings.DEFAULT_WINDOW.multipliedBy(2).toDays() + 2);
    }

    @Test
    void twoAgenciesTollsOfOneBombingStillMakeOneStory() {
        assertThat(storyOf(MARKET_BOMBING_25)).isEqualTo(storyOf(MARKET_BOMBING_15));
        assertThat(storyOf(AR_MARKET_BOMBING_25)).isEqualTo(storyOf(AR_MARKET_BOMBING_15));
    }

    @Test
    void aReportWhoseFiguresAllDifferIsAnotherStoryEvenInTheSameWords() {
        assertThat(storyOf(INDEX_CLOSE_UP)).isNotEqualTo(storyOf(INDEX_CLOSE_DOWN));
    }

    @Test
    void aDifferentTollDoesNotLetANearMissIn() {
        String bombing = storyOf(MARKET_BOMBING_15);
        assertThat(storyOf(DIYALA_MARKET)).isNotEqualTo(bombing);
        assertThat(storyOf(DIYALA_ROADSIDE)).isNotEqualTo(storyOf(DIYALA_MARKET));
        String ar = storyOf(AR_MARKET_BOMBING_15);
        assertThat(storyOf(AR_LAHJ_SHELLING)).isNotEqualTo(ar);
        assertThat(storyOf(AR_LAHJ_AMBUSH)).isNotEqualTo(storyOf(AR_LAHJ_SHELLING));
    }

    @Test
    void twoKillingsUnderOneHeadlineWithOneFigureEachAreTwoStories() {
        assertThat(storyOf(AR_WEST_BANK_KILLING_2)).isNotEqualTo(storyOf(AR_WEST_BANK_KILLING_1));
    }

    @Test
    void theDayBeforeYesterdayNamesNoRankButTheFirstPlaneDoes() {
        Article statement = ar("ar-statement", "watan.example", "مقتل قيادي في غارة قرب سرمدا",
                "أعلنت وزارة الدفاع الأمريكية مساء أول من أمس مقتل القيادي في غارة جوية قرب سرمدا بشمال غرب سوريا.", T0);
        assertThat(Fingerprints.of(statement).ordinals()).isEmpty();
        assertThat(Fingerprints.of(AR_FIRST_FLIGHT).ordinals()).containsExactly(1);
    }

    @Test
    void aSingleLetterProcliticDoesNotHideAPlaceAndAThousandsSeparatorDoesNotSplitAFigure() {
        assertThat(MatchText.words("بعدن لعدن عدن")).containsExactly("عدن", "عدن", "عدن");
        assertThat(MatchText.words("بحث فرض")).containsExactly("بحث", "فرض");
        assertThat(MatchText.words("closed at 9,372.74 and ٣٦٣٬٣٧٨")).containsExactly("closed", "9372", "74", "363378");
    }
}
