package org.frontwire.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatinLettersTest {

    /** Two captions of a gallery: too few of Polish's common words for {@link CommonWords}. */
    private static final String POLISH_CAPTIONS = "Pierwsze ciężarówki na moście w Płocku o świcie\n"
            + "Wstęgę przecięli marszałek województwa i burmistrz Wyszogrodu";
    private static final String CZECH_BRIEF = "Nová lávka přes řeku v Přerově bude hotová v září, řekl náměstek hejtmana.\n"
            + "Stavba stála devět milionů korun.";

    @Test
    void shortPolishAndCzechAreToldByTheirOwnLetters() {
        assertThat(CommonWords.decide(POLISH_CAPTIONS)).isNull();
        assertThat(CommonWords.decide(CZECH_BRIEF)).isNull();
        assertThat(LatinLetters.decide(POLISH_CAPTIONS)).isEqualTo("pl");
        assertThat(LatinLetters.decide(CZECH_BRIEF)).isEqualTo("cs");
    }

    @Test
    void aForeignNameInsidePolishTextLeavesItPolish() {
        assertThat(LatinLetters.decide("Trener Jürgen Müller przyjechał do Łodzi, żeby obejrzeć mecz Widzewa ze Śląskiem. "
                + "Po spotkaniu powiedział, że zespół gra coraz lepiej i że jest zadowolony z postępów młodych piłkarzy."))
                .isEqualTo("pl");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Slovak: Czech's á č š ž, none of ř ě ů
        "Vláda v pondelok uviedla, že rokovania budú pokračovať budúci týždeň, no vojaci sú stále na hranici.",
        // Lithuanian: ą ę next to ė į ų ū č š ž
        "Vyriausybė pirmadienį pranešė, kad derybos bus tęsiamos kitą savaitę, tačiau kariai vis dar prie sienos.",
        // Croatian: ć next to č š ž đ, no ą ę ł
        "Vlada je u ponedjeljak priopćila da će se pregovori nastaviti sljedeći tjedan, ali vojnici su još na granici uz kuće.",
        // Upper Sorbian: ł ć ń next to ř ě č š ž
        "Knježerstwo je póndźelu zdźěliło, zo so rozmołwy přichodny tydźeń pokročuja, ale wojacy su hišće na měznje.",
        // too few letters to say anything
        "Łódź, Kraków",
    })
    void whatTheLettersDoNotSettleIsLeftToTheModel(String sample) {
        assertThat(LatinLetters.decide(sample)).isNull();
    }

    @Test
    void theDetectorTakesTheLettersAnswer() {
        LanguageDetector detector = new LanguageDetector();
        assertThat(detector.detect(POLISH_CAPTIONS)).isEqualTo("pl");
        assertThat(detector.detect(CZECH_BRIEF)).isEqualTo("cs");
    }
}
