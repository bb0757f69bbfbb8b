package org.frontwire.processors.classify.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    @Test
    void foldsHamzaAndAlefVariants() {
        assertThat(TextAnalyzer.tokens("إسرائيل أسرائيل اسرائيل آسرائيل"))
                .containsOnly(TextAnalyzer.tokens("اسرائيل").get(0));
    }

    @Test
    void foldsTaaMarbutaAndAlefMaqsura() {
        assertThat(TextAnalyzer.tokens("قرة")).isEqualTo(TextAnalyzer.tokens("قره"));
        assertThat(TextAnalyzer.tokens("على")).isEqualTo(TextAnalyzer.tokens("علي"));
    }

    @Test
    void dropsDiacriticsAndTatweel() {
        assertThat(TextAnalyzer.tokens("غَزَّةُ")).isEqualTo(TextAnalyzer.tokens("غزة"));
        assertThat(TextAnalyzer.tokens("غـــزة")).isEqualTo(TextAnalyzer.tokens("غزة"));
    }

    @Test
    void readsEasternArabicAndPersianDigits() {
        assertThat(TextAnalyzer.tokens("٢٣ ۲۳")).containsExactly("23", "23");
    }

    @Test
    void appliesNfkcToPresentationForms() {
        // ﻏﺰﺓ: Gaza in Arabic presentation forms, as some PDFs and old pages carry it
        assertThat(TextAnalyzer.tokens("\uFECF\uFEB0\uFE93")).isEqualTo(TextAnalyzer.tokens("غزة"));
    }

    @Test
    void foldsPersianAndUrduLetterForms() {
        assertThat(TextAnalyzer.tokens("کابل")).isEqualTo(TextAnalyzer.tokens("كابل"));
        assertThat(TextAnalyzer.tokens("ایران")).isEqualTo(TextAnalyzer.tokens("ايران"));
    }

    @Test
    void stripsArticleAndCliticsWithLucenesStemmer() {
        String gaza = TextAnalyzer.tokens("غزة").get(0);
        assertThat(TextAnalyzer.tokens("الغزة وغزة")).containsOnly(gaza);
        assertThat(TextAnalyzer.tokens("بالقرم والقرم للقرم")).containsOnly(TextAnalyzer.tokens("قرم").get(0));
    }

    @Test
    void keepsSuffixesSoNamesDoNotCollapse() {
        assertThat(TextAnalyzer.tokens("طرابلسي")).isNotEqualTo(TextAnalyzer.tokens("طرابلس"));
        assertThat(TextAnalyzer.tokens("مالية")).isNotEqualTo(TextAnalyzer.tokens("مالي"));
    }

    @Test
    void keepsShortWordsWhole() {
        // ب + ال + ما would leave two letters: بالما (Palma) stays a word
        assertThat(TextAnalyzer.tokens("بالما")).containsExactly("بالما");
    }

    @Test
    void splitsOnPunctuationHyphensAndZeroWidthNonJoiner() {
        assertThat(TextAnalyzer.tokens("ناغورنو-كراباخ")).hasSize(2);
        assertThat(TextAnalyzer.tokens("قره\u200Cباغ")).isEqualTo(TextAnalyzer.tokens("قره باغ"));
        assertThat(TextAnalyzer.tokens("Nagorno-Karabakh, Armenia's")).containsExactly("nagorno", "karabakh", "armenia", "s");
    }

    @Test
    void lowerCasesLatinAndCyrillic() {
        assertThat(TextAnalyzer.tokens("KYIV Ёлка Карабах")).containsExactly("kyiv", "елка", "карабах");
    }
}
