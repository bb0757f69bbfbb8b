package org.frontwire.processors.language;

import java.util.List;
import java.util.Set;

/**
 * French, German, Portuguese and Italian told by their commonest words, before the model, the way {@link EnglishWords}
 * tells English: a Latin-script sample in which words only that language writes this often make at least
 * {@value #MIN_SHARE} of the words, {@value #MIN_WORDS} of them at least, is that language, provided no other
 * language's words are half as frequent.
 * Words neighbouring languages also write often are left out: French {@code les}, {@code des}, {@code qui},
 * {@code mais}, {@code et}, {@code au}, {@code pas}, {@code ses} (Catalan, Italian, Portuguese, German, Danish,
 * Romanian); German {@code die}, {@code der}, {@code den}, {@code dem}, {@code das}, {@code mit}, {@code er},
 * {@code es}, {@code wie}, {@code hat} (Dutch, Afrikaans, the Scandinavian languages, Portuguese, Spanish, Hungarian);
 * Portuguese {@code das}, {@code dos}, {@code com}, {@code mais}, {@code ao}, {@code seu}, {@code sua}, {@code está}
 * (German, Spanish, Catalan, French, Galician, Italian); Italian {@code il}, {@code per}, {@code una}, {@code del},
 * {@code che}, {@code non} (French, Catalan, Spanish, Romansh).
 */
final class CommonWords {
    static final double MIN_SHARE = 0.08;
    static final int MIN_WORDS = 5;
    private static final List<String> LANGUAGES = List.of("fr", "de", "pt", "it");
    private static final List<Set<String>> WORDS = List.of(
            Set.of("dans", "pour", "avec", "une", "cette", "sont", "aux", "leur", "leurs", "ils", "elle", "elles", "nous",
                    "vous", "était", "avait", "selon", "après", "été", "ont", "sur", "ces", "comme", "contre", "sous", "être",
                    "avoir", "lors", "depuis", "également", "seront", "sera", "deux", "trois", "aussi", "ainsi", "encore",
                    "déjà", "toujours", "dont", "très", "pendant"),
            Set.of("und", "ist", "nicht", "sich", "auch", "auf", "für", "eine", "einer", "einen", "eines", "ein", "wurde",
                    "wurden", "werden", "wird", "sind", "nach", "bei", "von", "zum", "zur", "über", "noch", "aber", "oder",
                    "wenn", "hatte", "haben", "ihre", "seine", "dass", "sagte", "ohne", "unter", "durch", "gegen", "sowie",
                    "bereits", "jedoch", "nur", "schon", "mehr", "seit", "ihres", "ihrer", "ihren", "seiner", "seinen", "vom",
                    "kann", "können", "könne", "sollen", "soll", "müssen", "zwei", "drei"),
            Set.of("não", "uma", "também", "pelo", "pela", "pelos", "pelas", "são", "isso", "ainda", "após", "estão",
                    "foram", "você", "essa", "esse", "então", "numa", "muito", "até", "quem"),
            Set.of("della", "delle", "degli", "dello", "nella", "nelle", "negli", "sono", "anche", "questo", "questa",
                    "queste", "questi", "gli", "stato", "essere", "hanno", "più", "dopo", "alla", "alle", "allo", "sulla",
                    "dal", "dalla", "nel", "loro"));

    private CommonWords() {}

    /** The language the sample is by its words ("fr", "de", "pt" or "it"), else {@code null}: the model decides. */
    static String decide(CharSequence sample) {
        int[] counts = new int[LANGUAGES.size()];
        int words = SampleWords.scan(sample, (text, from, to, ascii) -> {
            int length = to - from;
            if (length >= 3 && length <= 9) {
                String word = SampleWords.lower(text, from, to);
                for (int l = 0; l < counts.length; l++) {
                    counts[l] += WORDS.get(l).contains(word) ? 1 : 0;
                }
            }
        });
        int best = 0;
        for (int l = 1; l < counts.length; l++) {
            if (counts[l] > counts[best]) {
                best = l;
            }
        }
        if (counts[best] < MIN_WORDS || counts[best] < MIN_SHARE * words) {
            return null;
        }
        for (int l = 0; l < counts.length; l++) {
            if (l != best && counts[l] * 2 >= counts[best]) {
                return null;
            }
        }
        return LANGUAGES.get(best);
    }
}
