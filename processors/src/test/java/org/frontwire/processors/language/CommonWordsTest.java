package org.frontwire.processors.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommonWordsTest {

    private static final String FRENCH = "Les responsables ont déclaré que le convoi, parti de la capitale dimanche, avait été "
            + "arrêté à la frontière après l'échec des discussions sur son itinéraire. Selon les témoins, les soldats sont "
            + "restés dans la ville avec leurs véhicules pour une nuit.";
    private static final String GERMAN = "Die Regierung teilte am Montag mit, dass die Gespräche in der nächsten Woche "
            + "fortgesetzt werden und beide Seiten sich auf eine Verlängerung der Waffenruhe geeinigt haben. Nach Angaben "
            + "der Armee wurde die Stadt auch in der Nacht beschossen, aber niemand wurde verletzt.";

    private static final String PORTUGUESE = "O governo afirmou que não haverá novas negociações, e os soldados que foram "
            + "enviados pela capital ainda estão na fronteira. Segundo uma fonte, isso também vale para os voluntários que "
            + "chegaram após o ataque.";
    private static final String ITALIAN = "Il governo ha dichiarato che i colloqui sono stati rinviati dopo l'attacco della "
            + "notte scorsa. Secondo fonti della polizia, anche gli abitanti della zona hanno lasciato le loro case nella "
            + "serata, e questo è stato confermato dal sindaco.";

    private static final String SPANISH = "El gobierno dijo el lunes que las conversaciones continuarán la próxima semana, "
            + "pero los soldados siguen en la frontera. Según los testigos, hubo disparos hasta la madrugada y tras el "
            + "ataque muchos vecinos pasaron la noche fuera de sus casas.";
    private static final String POLISH = "Rząd poinformował w poniedziałek, że rozmowy będą kontynuowane w przyszłym "
            + "tygodniu, ale żołnierze wciąż są przy granicy. Według świadków strzelanina trwała przez całą noc, a kilka "
            + "rodzin zostało ewakuowanych. Sytuacja jest jednak spokojniejsza niż wczoraj, podała policja.";
    private static final String CZECH = "Vláda v pondělí uvedla, že jednání budou pokračovat příští týden, ale vojáci "
            + "jsou stále na hranici. Podle svědků byla střelba slyšet celou noc a několik rodin bylo evakuováno. "
            + "Situace je však klidnější než včera, uvedla policie, která na místě zůstane do neděle.";

    @Test
    void spanishPolishAndCzechNewsAreToldByTheirWords() {
        assertThat(CommonWords.decide(SPANISH)).isEqualTo("es");
        assertThat(CommonWords.decide(POLISH)).isEqualTo("pl");
        assertThat(CommonWords.decide(CZECH)).isEqualTo("cs");
    }

    @Test
    void frenchGermanPortugueseAndItalianNewsAreToldByTheirWords() {
        assertThat(CommonWords.decide(PORTUGUESE)).isEqualTo("pt");
        assertThat(CommonWords.decide(ITALIAN)).isEqualTo("it");
        assertThat(CommonWords.decide(FRENCH)).isEqualTo("fr");
        assertThat(CommonWords.decide(FRENCH.toUpperCase(java.util.Locale.ROOT))).isEqualTo("fr");
        assertThat(CommonWords.decide(GERMAN)).isEqualTo("de");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The government said on Monday that the talks would continue next week and that both sides had agreed to extend the ceasefire.",
        "De regering zei maandag dat de gesprekken volgende week worden voortgezet en dat beide partijen hebben ingestemd met een verlenging van het bestand, die er niet was.",
        "O governo disse na segunda-feira que as conversas das duas partes vão continuar na próxima semana e que mais soldados chegaram.",
        "Il governo ha dichiarato lunedì che i colloqui proseguiranno qui la prossima settimana e che le due parti hanno concordato.",
        "El govern va dir dilluns que les converses continuaran la setmana vinent i que les dues parts han acordat des de ahir.",
        "Regeringen sagde mandag, at forhandlingerne fortsætter i næste uge, og at der er enighed om at forlænge våbenhvilen med dem.",
        "O governo galego di que non haberá novas negociacións e que os soldados están tamén na fronteira, segundo unha fonte.",
        "Vláda v pondelok uviedla, že rokovania budú pokračovať budúci týždeň, no vojaci sú stále na hranici a podľa svedkov streľba trvala celú noc.",
        "Uràdi na h-Alba ag ràdh gun robh na còmhraidhean a' leantainn an ath sheachdain agus gun robh an dà thaobh ag aontachadh.",
        // a few French names in an English text, a quoted German title in a French one
        "Le Monde et Libération : une vue sur la guerre",
        "Le journal cite « Die Welt » et « Der Spiegel » sur la guerre, selon les rédactions, avec des photos.",
    })
    void otherLanguagesMixedAndShortTextsAreLeftToTheModel(String text) {
        assertThat(CommonWords.decide(text)).isNull();
    }

    @Test
    void theDetectorAnswersAsTheModelDid() {
        LanguageDetector detector = new LanguageDetector();
        assertThat(detector.detect(FRENCH)).isEqualTo("fr");
        assertThat(detector.detect(GERMAN)).isEqualTo("de");
        assertThat(detector.detect(PORTUGUESE)).isEqualTo("pt");
        assertThat(detector.detect(ITALIAN)).isEqualTo("it");
        assertThat(detector.detect(SPANISH)).isEqualTo("es");
        assertThat(detector.detect(POLISH)).isEqualTo("pl");
        assertThat(detector.detect(CZECH)).isEqualTo("cs");
    }
}
