package org.frontwire.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishWordsTest {

    @Test
    void englishNewsIsEnglishByItsWords() {
        assertThat(EnglishWords.decide("The government said on Monday that the talks would continue next week and "
                + "that both sides had agreed to extend the ceasefire along the border.")).isTrue();
        assertThat(EnglishWords.decide("THE GOVERNMENT SAID THAT THE TALKS WOULD CONTINUE AND THAT THE SIDES HAVE AGREED.")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Le gouvernement a annoncé lundi que les négociations se poursuivraient la semaine prochaine et que les deux parties avaient accepté de prolonger la trêve.",
        "Die Regierung sagte am Montag, dass die Gespräche nächste Woche fortgesetzt werden und beide Seiten einer Verlängerung der Waffenruhe zugestimmt haben. Er will es, was er hat.",
        "De regering zei maandag dat de gesprekken volgende week worden voortgezet en dat beide partijen hebben ingestemd met een verlenging van het bestand, of is het niet zo was.",
        "Rząd poinformował w poniedziałek, że rozmowy będą kontynuowane w przyszłym tygodniu, a to jest to, co on na to.",
        "El gobierno dijo el lunes que las conversaciones continuarán la próxima semana y que las dos partes acordaron prolongar la tregua.",
        // English names and a quoted title in another language's text
        "Le Monde cite « The Day After » : les forces de l'ONU ont quitté la ville après les combats, selon The Guardian et la BBC.",
        // too few words to say
        "The war and the peace",
    })
    void otherLanguagesAndShortTextsAreLeftToTheModel(String text) {
        assertThat(EnglishWords.decide(text)).isFalse();
    }

    @Test
    void theDetectorAnswersEnglishWithoutTheModelAndOtherLanguagesAsBefore() {
        LanguageDetector detector = new LanguageDetector();
        assertThat(detector.detect("Officials said that the convoy, which had left the capital on Sunday, was stopped at the "
                + "border after the two sides failed to agree on its route.")).isEqualTo("en");
        assertThat(detector.detect("Les responsables ont déclaré que le convoi, parti de la capitale dimanche, avait été arrêté "
                + "à la frontière après l'échec des discussions sur son itinéraire.")).isEqualTo("fr");
    }
}
