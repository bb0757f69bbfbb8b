package org.frontwire.processors.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.frontwire.processors.classify.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

    private static final Term KYIV = new Term("russia-ukraine", TermKind.COUNTRY, 2, "ar", "كييف", List.of("كييف"));
    private static final Term CRIMEA = new Term("russia-ukraine", TermKind.NAME, 4, "ar", "القرم", List.of("القرم"));
    private static final Term TRIPOLI = new Term("libya", TermKind.COUNTRY, 2, "ar", "طرابلس", List.of("طرابلس"));
    private static final Term KARABAKH = new Term("armenia-azerbaijan", TermKind.NAME, 4, "ar", "قره باغ",
            List.of("قره باغ", "كاراباخ", "ناغورنو كاراباخ"));
    private static final Term ISRAELI = new Term("israel-palestine", TermKind.COUNTRY, 2, "en", "israel", List.of("israel*"));
    private static final Term HOUTHI_YEMEN = new Term("yemen", TermKind.GROUP, 3, "ar", "الحوثي", List.of("الحوثي"));
    private static final Term HOUTHI_SEA = new Term("red-sea-houthis", TermKind.GROUP, 3, "ar", "الحوثي", List.of("الحوثي"));

    private final TermMatcher matcher = new TermMatcher(List.of(KYIV, CRIMEA, TRIPOLI, KARABAKH, ISRAELI, HOUTHI_YEMEN, HOUTHI_SEA));

    private List<String> matched(String text) {
        List<Match> out = new ArrayList<>();
        matcher.match(TextAnalyzer.tokens(text), Zone.BODY, 0, true, out);
        return out.stream().map(m -> m.term().topic() + ":" + m.spelling()).toList();
    }

    @Test
    void matchesWholeWordsNeverSubstrings() {
        assertThat(matched("أصلح فني التكييف في المكتب")).isEmpty();          // تكييف: air conditioning
        assertThat(matched("مزرعة في القرملة")).isEmpty();                    // a village, not Crimea
        assertThat(matched("قال اللاعب محمد الطرابلسي")).isEmpty();          // a surname, not Tripoli
    }

    @Test
    void matchesThroughArticleAndClitics() {
        assertThat(matched("وصل الوفد إلى كييف")).containsExactly("russia-ukraine:كييف");
        assertThat(matched("قصف بكييف ولكييف")).containsExactly("russia-ukraine:كييف", "russia-ukraine:كييف");
        assertThat(matched("وبالقرم وفي القرم")).containsExactly("russia-ukraine:القرم", "russia-ukraine:القرم");
    }

    @Test
    void matchesPhrasesAndSpellingVariants() {
        assertThat(matched("اشتباكات في قرة باغ وناغورنو كاراباخ")).containsExactly(
                "armenia-azerbaijan:قره باغ", "armenia-azerbaijan:ناغورنو كاراباخ");
        assertThat(matched("الباغ وحده ليس قره")).isEmpty();
    }

    @Test
    void openSpellingTakesEndingsOnly() {
        assertThat(matched("Israeli troops and Israelis")).hasSize(2);
        assertThat(matched("Disraeli wrote")).isEmpty();
    }

    @Test
    void oneSpellingCanServeSeveralTopics() {
        assertThat(matched("جماعة الحوثي")).containsExactlyInAnyOrder("yemen:الحوثي", "red-sea-houthis:الحوثي");
    }
}
